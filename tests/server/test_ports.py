"""Each server worker listens on a socket of its own on the one port (``SO_REUSEPORT``),
so that the kernel spreads new connections over the workers; with one socket shared by
all, one worker took most of the 50-workstation fleet's connections (issue 7)."""

from __future__ import annotations

import multiprocessing.reduction
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workstation.server import ports

pytestmark = pytest.mark.skipif(not ports.SPREADS, reason="SO_REUSEPORT spreads on Linux")


def _as_a_worker_gets_it(held: socket.socket) -> socket.socket:
    """What a worker process receives: the held port pickled as uvicorn's supervisor
    pickles its sockets for a new process."""
    received = multiprocessing.reduction.ForkingPickler.loads(
        bytes(multiprocessing.reduction.ForkingPickler.dumps(held))
    )
    assert isinstance(received, socket.socket)
    return received


def test_each_worker_gets_a_socket_of_its_own_on_the_port() -> None:
    held = ports.hold("127.0.0.1", 0)
    first, second = _as_a_worker_gets_it(held), _as_a_worker_gets_it(held)
    try:
        port = held.getsockname()[1]
        assert first.getsockname()[1] == second.getsockname()[1] == port
        assert first.fileno() != second.fileno() != held.fileno()
        assert first.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT)
    finally:
        for sock in (held, first, second):
            sock.close()


def test_new_connections_are_spread_over_the_workers_sockets() -> None:
    held = ports.hold("127.0.0.1", 0)
    workers = [_as_a_worker_gets_it(held) for _ in range(2)]
    clients: list[socket.socket] = []
    try:
        for sock in workers:
            sock.listen(64)
            sock.setblocking(False)
        port = held.getsockname()[1]
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(60)]
        accepted = []
        for sock in workers:
            count = 0
            while True:
                try:
                    conn, _ = sock.accept()
                except BlockingIOError:
                    break
                conn.close()
                count += 1
            accepted.append(count)
        # by a hash of each connection's addresses: 30 each on average; fewer than 10 on
        # one side has a chance below one in a million
        assert sum(accepted) == 60
        assert min(accepted) >= 10, accepted
    finally:
        for sock in [held, *workers, *clients]:
            sock.close()


def test_a_taken_port_is_refused_when_the_server_starts() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(OSError, match="in use"):
            ports.hold("127.0.0.1", taken.getsockname()[1])


def _established_by_process(pids: list[int], port: int) -> dict[int, int]:
    """How many established connections to `port` each process holds (from /proc)."""
    inodes: set[str] = set()
    with open("/proc/net/tcp", encoding="ascii") as table:
        for line in list(table)[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == "01":  # ESTABLISHED
                inodes.add(fields[9])
    counts = {}
    for pid in pids:
        fds = Path(f"/proc/{pid}/fd")
        links = [os.readlink(fd) for fd in fds.iterdir()]
        counts[pid] = sum(link[len("socket:[") : -1] in inodes for link in links)
    return counts


def _children(pid: int) -> list[int]:
    return [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit()
        and (entry / "stat").exists()
        and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid
    ]


def test_the_server_spreads_its_connections_over_its_workers(tmp_path: Path) -> None:
    """`workstation server --workers 2`: each worker listens on a socket of its own (not
    one socket shared by both), and both hold some of 40 kept-alive connections."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "workstation", "server", "--database", url]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    clients: list[socket.socket] = []
    try:
        deadline = time.monotonic() + 60
        while True:  # both workers up: each answers on its own socket
            sockets = {pid: _listening(pid, port) for pid in _children(server.pid)}
            workers = [pid for pid, held in sockets.items() if held]
            if len(workers) == 2 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert len(workers) == 2
        assert sockets[workers[0]].isdisjoint(sockets[workers[1]]), sockets
        for _ in range(40):
            client = socket.create_connection(("127.0.0.1", port), timeout=10)
            client.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert client.recv(4096).startswith(b"HTTP/1.1 200")
            clients.append(client)
        counts = _established_by_process(workers, port)
        assert sum(counts.values()) == 40
        assert min(counts.values()) >= 5, counts
    finally:
        for client in clients:
            client.close()
        server.terminate()
        server.wait(30)


def _listening(pid: int, port: int) -> set[str]:
    """The sockets listening on `port` that process `pid` holds (their inodes)."""
    listening: set[str] = set()
    with open("/proc/net/tcp", encoding="ascii") as table:
        for line in list(table)[1:]:
            fields = line.split()
            if int(fields[1].rsplit(":", 1)[1], 16) == port and fields[3] == "0A":  # LISTEN
                listening.add(fields[9])
    try:
        links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
    except OSError:
        return set()
    return {link[len("socket:[") : -1] for link in links} & listening
