"""ApiClient against a tiny loopback HTTP server that misbehaves on purpose."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest

from workstation.protocol.v1 import PROTOCOL_HEADER
from workstation.sync.client import ApiClient
from workstation.sync.errors import AuthExpired, Rejected4xx, ServerUnavailable, UpdateRequired


class Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Any]] = {}
    seen: ClassVar[list[dict[str, str]]] = []
    uploaded: ClassVar[bytearray] = bytearray()

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: bytes, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        Handler.seen.append(dict(self.headers))
        size = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(size) if size else b""
        path = self.path.split("?")[0].removeprefix("/api/v1")
        route = Handler.routes.get(path)
        if route is None:
            self._reply(404, b'{"code":"not_found","message":"no such thing"}')
            return
        route(self, body)

    do_GET = do_POST = do_PATCH = _handle  # noqa: N815


@pytest.fixture
def server() -> Iterator[str]:
    Handler.routes = {}
    Handler.seen = []
    Handler.uploaded = bytearray()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _error(status: int, code: str) -> Any:
    body = json.dumps({"code": code, "message": f"{code} happened"}).encode()
    return lambda h, _b: h._reply(status, body)


PULL = {"changes": [], "cursor": 0, "has_more": False, "epoch": "E"}


@pytest.mark.parametrize(
    ("status", "code", "exc"),
    [
        (426, "update_required", UpdateRequired),
        (401, "token_expired", AuthExpired),
        (403, "wrong_center", Rejected4xx),
        (500, "boom", ServerUnavailable),
        (503, "maintenance", ServerUnavailable),
    ],
)
def test_error_bodies_map_to_exceptions(
    server: str, status: int, code: str, exc: type[Exception]
) -> None:
    Handler.routes["/sync/pull"] = _error(status, code)
    with pytest.raises(exc) as info:
        ApiClient(server).pull(0)
    assert info.value.code == code  # type: ignore[attr-defined]
    assert f"{code} happened" in str(info.value)


def test_every_request_carries_the_protocol_header(server: str) -> None:
    Handler.routes["/sync/pull"] = lambda h, _b: h._reply(200, json.dumps(PULL).encode())
    client = ApiClient(server)
    client.access_token = "secret-token"
    page = client.pull(5)
    assert page.epoch == "E"
    assert Handler.seen[0][PROTOCOL_HEADER] == "1"
    assert Handler.seen[0]["Authorization"] == "Bearer secret-token"


@pytest.mark.parametrize(
    "reply",
    [
        lambda h, _b: h._reply(200, b"{not json"),
        lambda h, _b: h._reply(200, b'{"changes": []}'),  # valid JSON, wrong shape
        lambda h, _b: h._reply(200, b'{"changes": [], "cur', length=200),  # cut short
        lambda h, _b: h._reply(502, b"<html>bad gateway</html>"),
    ],
    ids=["garbage", "wrong-shape", "truncated", "html-5xx"],
)
def test_unreadable_answers_are_server_unavailable(server: str, reply: Any) -> None:
    Handler.routes["/sync/pull"] = reply
    with pytest.raises(ServerUnavailable):
        ApiClient(server, timeout=(2, 2)).pull(0)


def test_slow_answer_times_out(server: str) -> None:
    def slow(h: Handler, _b: bytes) -> None:
        time.sleep(1.5)
        h._reply(200, json.dumps(PULL).encode())

    Handler.routes["/sync/pull"] = slow
    with pytest.raises(ServerUnavailable, match="Timeout"):
        ApiClient(server, timeout=(1, 0.3)).pull(0)


def test_connection_refused_is_server_unavailable() -> None:
    with pytest.raises(ServerUnavailable, match="could not be reached"):
        ApiClient("http://127.0.0.1:9", timeout=(1, 1)).pull(0)


def test_upload_resumes_from_the_servers_offset(server: str) -> None:
    data = bytes(range(256)) * 40
    digest = hashlib.sha256(data).hexdigest()
    Handler.uploaded = bytearray(data[:1000])  # a previous upload was cut here

    def status(h: Handler, _b: bytes) -> None:
        got = len(Handler.uploaded)
        body = {"sha256": digest, "size": len(data), "received": got, "complete": got == len(data)}
        h._reply(200, json.dumps(body).encode())

    def patch(h: Handler, body: bytes) -> None:
        if int(h.headers["Upload-Offset"]) != len(Handler.uploaded):
            h._reply(
                409,
                json.dumps(
                    {
                        "code": "offset_mismatch",
                        "message": "x",
                        "details": {"offset": len(Handler.uploaded)},
                    }
                ).encode(),
            )
            return
        Handler.uploaded += body
        status(h, b"")

    Handler.routes[f"/attachments/{digest}/status"] = status
    Handler.routes[f"/attachments/{digest}"] = patch
    result = ApiClient(server).upload_attachment(digest, data, chunk_size=3000)
    assert result.complete
    assert bytes(Handler.uploaded) == data
    patches = [h for h in Handler.seen if "Upload-Offset" in h]
    assert [int(h["Upload-Offset"]) for h in patches] == [1000, 4000, 7000, 10000]


def test_unknown_attachment_status_is_none(server: str) -> None:
    Handler.routes["/attachments/abc/status"] = _error(404, "attachment_unknown")
    assert ApiClient(server).attachment_status("abc") is None
