"""The workstation survives garbage from the server. A tiny hostile HTTP server on
loopback answers every request with bad JSON, the wrong types, a huge body (announced or
not), a slow drip, or a connection reset; `SyncEngine.sync_once` (a real store with
outbox entries, the real `ApiClient`) ends with a clear error within its timeouts, and
the local store is unchanged: the same export and the same outbox."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

import pytest

from tests.store.store_factory import make_application, make_person
from workstation.domain.interchange import dumps
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.pushstate import pending_mutations
from workstation.sync import credentials as credentials_module
from workstation.sync.client import ApiClient
from workstation.sync.credentials import Credentials
from workstation.sync.engine import SyncEngine
from workstation.sync.errors import ServerUnavailable

ACTOR = Actor("aliyev", "WS-1")
MB = 1024 * 1024
Handler = Callable[[socket.socket], None]


def _head(status: int = 200, length: int | None = None, extra: str = "") -> bytes:
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", "Connection: close"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode()


def _body(status: int, body: bytes) -> Handler:
    return lambda conn: conn.sendall(_head(status, len(body)) + body)


def _huge_announced(conn: socket.socket) -> None:
    conn.sendall(_head(200, 50 * MB))
    with suppress(OSError):
        for _ in range(50):
            conn.sendall(b" " * MB)


def _huge_unannounced(conn: socket.socket) -> None:
    conn.sendall(_head(200))  # no length: the body ends when the connection does
    with suppress(OSError):
        conn.sendall(b'{"results": [' + b'{"mutation_id": "x"},' * (50 * MB // 20))


def _drip(conn: socket.socket) -> None:
    body = b'{"results": []}'
    conn.sendall(_head(200, len(body)))
    with suppress(OSError):
        for byte in body:
            conn.sendall(bytes([byte]))
            time.sleep(1.0)


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _reset_mid_body(conn: socket.socket) -> None:
    conn.sendall(_head(200, 1000) + b'{"results": [')
    _reset(conn)


HOSTILE: dict[str, Handler] = {
    "bad JSON": _body(200, b'{"results": [{"mutation_id": '),
    "not JSON at all": _body(200, b"<html>\x00\xff\xfe</html>"),
    "wrong types": _body(200, b'{"results": "all applied", "changes": 7, "cursor": "x"}'),
    "results of other mutations": _body(
        200, b'{"results": [{"mutation_id": "someone-else", "status": "applied", "version": 1}]}'
    ),
    "error body of the wrong shape": _body(500, b'{"code": 5, "message": null}'),
    "huge body announced": _huge_announced,
    "huge body unannounced": _huge_unannounced,
    "slow drip": _drip,
    "connection reset": _reset,
    "reset in the middle of the body": _reset_mid_body,
}


@contextmanager
def hostile_server(handler: Handler) -> Iterator[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stop = threading.Event()
    seen: list[bytes] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                with suppress(OSError):
                    seen.append(conn.recv(65536))  # the request (small: headers + body)
                    handler(conn)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop.set()
        thread.join(10)
        listener.close()


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataDir(tmp_path_factory.mktemp("data")), create=True)
    with opened.unit_of_work(ACTOR) as uow:
        for i in range(3):
            person = make_person()
            uow.add_person(person)
            uow.add_application(make_application(person, i + 1))
    try:
        yield opened
    finally:
        opened.close()


def _snapshot(store: Store) -> tuple[bytes, list[tuple[str, int]]]:
    with store.read() as repos:
        snapshot = repos.all_for_export()
        exported = dumps(snapshot.persons, snapshot.applications)
        outbox = [(m.mutation_id, m.client_seq) for m in pending_mutations(repos.session, 1000)]
    return exported, outbox


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_sync_survives_a_hostile_server(store: Store, name: str) -> None:
    credentials_module._memory.clear()
    creds = Credentials("http://127.0.0.1:1", "WS-1", "aliyev")
    creds.keep_in_memory("r" * 32)
    before = _snapshot(store)
    assert len(before[1]) == 6
    with hostile_server(HOSTILE[name]) as url:
        api = ApiClient(url, timeout=(2, 2), body_timeout=3, max_response_bytes=4 * MB)
        api.access_token = "a" * 20  # logged in: the round starts with the push
        engine = SyncEngine(store, api, creds, ACTOR, application_reserve=0)
        started = time.monotonic()
        report = engine.sync_once()
        took = time.monotonic() - started
    credentials_module._memory.clear()
    assert not report.ok
    assert report.errors, report
    assert (report.applied, report.pulled) == (0, 0)
    assert took < 20, took  # bounded by the timeouts, not by the server's patience
    assert _snapshot(store) == before


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("huge body announced", "response_too_large"),
        ("huge body unannounced", "response_too_large"),
        ("slow drip", "response_too_slow"),
        ("connection reset", "unreachable"),
        ("bad JSON", "bad_response"),
        ("wrong types", "bad_response"),
    ],
)
def test_each_hostile_answer_has_its_own_clear_error(name: str, code: str) -> None:
    with hostile_server(HOSTILE[name]) as url:
        api = ApiClient(url, timeout=(2, 2), body_timeout=3, max_response_bytes=4 * MB)
        api.access_token = "a" * 20
        with pytest.raises(ServerUnavailable) as caught:
            api.pull(0)
    assert caught.value.code == code
