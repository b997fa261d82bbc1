"""The server keeps an idle connection longer than uvicorn's 5 s default: a workstation's
next request on its pooled connection is answered, not reset (issue 7's fleet of 50
saw "connection reset by peer" when a request met the server closing the connection)."""

from __future__ import annotations

import http.client
import time
from pathlib import Path

from tests.integration.processes import ServerProcess, sqlite_url


def _health(connection: http.client.HTTPConnection) -> int:
    connection.request("GET", "/health")
    response = connection.getresponse()
    response.read()
    return response.status


def test_an_idle_connection_outlives_a_pause_between_sync_rounds(tmp_path: Path) -> None:
    server = ServerProcess(sqlite_url(tmp_path / "server.sqlite3"), tmp_path / "logs")
    server.start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        assert _health(connection) == 200
        time.sleep(7)  # longer than uvicorn's default keep-alive
        assert _health(connection) == 200  # the same connection: no reset, no reconnect
        connection.close()
    finally:
        server.stop()
