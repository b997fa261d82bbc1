"""A listening socket of its own for each server worker process, all on one port
(``SO_REUSEPORT``), so that the kernel spreads new connections over the workers.

With one socket shared by every worker (uvicorn's way), whichever worker wakes first
accepts all the connections waiting, and a workstation's connection then stays with
that worker for as long as it is kept alive: in the 50-workstation fleet of issue 7, one
worker of two served 172 requests and the other 28, so one queued while the other idled.
With a socket per worker, each new connection goes to one of them by a hash of its
addresses: about as many to each.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

SPREADS = sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")
"""Whether the kernel spreads connections over sockets sharing a port (Linux does; on
other systems the last socket bound may take them all, so workers share one socket)."""


def bind(host: str, port: int) -> socket.socket:
    """A new TCP socket bound to (`host`, `port`) with ``SO_REUSEPORT``, not listening yet
    (uvicorn listens on it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class PortPerWorker(socket.socket):
    """The port the workers serve on, held (bound, never listening) by the supervisor.
    Given to a worker process (pickled, as uvicorn's supervisor gives its socket), it
    arrives there as a new socket of that worker's own on the same port (`bind`), not as
    a copy of this one."""

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        host, port = self.getsockname()[:2]
        return bind, (str(host), int(port))


def hold(host: str, port: int) -> PortPerWorker:
    """The port for the workers (`PortPerWorker`); an ``OSError`` now when it is taken."""
    sock = bind(host, port)
    return PortPerWorker(sock.family, sock.type, sock.proto, fileno=sock.detach())
