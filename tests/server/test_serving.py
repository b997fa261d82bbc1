"""The server's HTTP stack: uvicorn with its C HTTP parser and the uvloop event loop (part
of the server's dependencies), not the pure-Python h11 parser and asyncio's loop."""

from __future__ import annotations

import sys

import anyio
import anyio.to_thread
import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.auto import AutoHTTPProtocol

from tests.server.harness import Harness
from workstation.server.app import REQUEST_THREADS
from workstation.server.serve import FACTORY


def test_uvicorn_parses_http_with_httptools() -> None:
    assert AutoHTTPProtocol.__name__ == "HttpToolsProtocol"


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop has no Windows build")
def test_uvicorn_runs_on_uvloop() -> None:
    factory = Config(FACTORY, factory=True).get_loop_factory()
    assert factory is not None
    loop = factory()
    try:
        assert type(loop).__module__.startswith("uvloop")
    finally:
        loop.close()


def test_a_server_process_runs_a_few_requests_at_once_on_its_threads(server: Harness) -> None:
    """Requests wait their turn for one of `REQUEST_THREADS` worker threads (anyio's
    default is 40: 25 pushes at once took the GIL in turn, the one holding the counters'
    lock among them)."""

    async def inside() -> int:
        async with server.app.router.lifespan_context(server.app):
            return int(anyio.to_thread.current_default_thread_limiter().total_tokens)

    assert anyio.run(inside) == REQUEST_THREADS < 40
