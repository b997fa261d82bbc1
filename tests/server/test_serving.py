"""The server's HTTP stack: uvicorn with its C HTTP parser and the uvloop event loop (part
of the server's dependencies), not the pure-Python h11 parser and asyncio's loop."""

from __future__ import annotations

import sys

import pytest
from uvicorn.config import Config
from uvicorn.protocols.http.auto import AutoHTTPProtocol

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
