"""The fault proxy does what each of its modes says, against a local echo server."""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.integration.echo_server import EchoServer
from tests.integration.faultproxy import FaultProxy

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def echo() -> Iterator[EchoServer]:
    server = EchoServer().start()
    yield server
    server.stop()


@pytest.fixture
def proxy(echo: EchoServer) -> Iterator[FaultProxy]:
    with FaultProxy(echo.port, io_timeout=10) as running:
        yield running


def _conn(proxy: FaultProxy, timeout: float = 5) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=timeout)


def _post(conn: http.client.HTTPConnection, path: str, body: bytes) -> dict[str, Any]:
    conn.request("POST", path, body=body, headers={"Content-Type": "text/plain"})
    response = conn.getresponse()
    assert response.status == 200
    return json.loads(response.read())  # type: ignore[no-any-return]


def test_binds_loopback_only(proxy: FaultProxy) -> None:
    assert proxy.url.startswith("http://127.0.0.1:")


def test_passthrough_keeps_one_connection_alive(proxy: FaultProxy, echo: EchoServer) -> None:
    conn = _conn(proxy)
    answers = [_post(conn, f"/p{i}", f"body {i}".encode()) for i in range(5)]
    conn.close()
    assert [a["path"] for a in answers] == [f"/p{i}" for i in range(5)]
    assert [a["body"] for a in answers] == [f"body {i}" for i in range(5)]
    assert [s.path for s in echo.seen] == [f"/p{i}" for i in range(5)]
    counters = proxy.snapshot()
    assert counters["connections"] == 1
    assert counters["requests"] == counters["forwarded"] == counters["passed"] == 5


def test_passthrough_frames_chunked_close_and_head(proxy: FaultProxy) -> None:
    conn = _conn(proxy)
    assert _post(conn, "/chunked", b"abc")["body"] == "abc"
    conn.request("HEAD", "/big?size=5000")
    head = conn.getresponse()
    assert head.status == 200
    assert head.read() == b""
    conn.request("GET", "/big?size=300000")
    assert len(conn.getresponse().read()) == 300_000
    assert _post(conn, "/close", b"last")["body"] == "last"
    conn.close()
    with requests.Session() as session:
        for i in range(3):
            assert session.get(f"{proxy.url}/s{i}", timeout=5).json()["path"] == f"/s{i}"
    assert proxy.snapshot()["passed"] == 7


def test_drop_next_n_closes_without_answer(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.drop(count=2)
    for _ in range(2):
        with pytest.raises(requests.ConnectionError):
            requests.post(f"{proxy.url}/x", data=b"1", timeout=5)
    assert requests.post(f"{proxy.url}/x", data=b"2", timeout=5).json()["body"] == "2"
    assert [s.body for s in echo.seen] == [b"2"]  # the dropped ones never reached it
    assert proxy.snapshot()["dropped"] == 2


def test_drop_after_forward_server_handles_client_hears_nothing(
    proxy: FaultProxy, echo: EchoServer
) -> None:
    proxy.drop(count=1, after_forward=True)
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/commit", data=b"once", timeout=5)
    assert [s.body for s in echo.seen] == [b"once"]
    assert proxy.snapshot()["dropped_after_forward"] == 1


def test_drop_a_share_is_random_but_seeded(echo: EchoServer) -> None:
    with FaultProxy(echo.port, seed=7) as proxy:
        proxy.drop(probability=0.5)
        outcomes = []
        for _ in range(40):
            try:
                requests.get(f"{proxy.url}/r", timeout=5)
                outcomes.append(True)
            except requests.ConnectionError:
                outcomes.append(False)
    dropped = outcomes.count(False)
    assert 8 <= dropped <= 32
    assert proxy.snapshot()["dropped"] == dropped
    assert len(echo.seen) == 40 - dropped


def test_drop_only_matching_path_and_method(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.drop(path="/api/v1/sync/push", method="POST")
    assert requests.get(f"{proxy.url}/api/v1/sync/push", timeout=5).status_code == 200
    assert requests.post(f"{proxy.url}/api/v1/sync/pull", timeout=5).status_code == 200
    with pytest.raises(requests.ConnectionError):
        requests.post(f"{proxy.url}/api/v1/sync/push", data=b"m", timeout=5)
    assert len(echo.seen) == 2


def test_delay_request_and_response(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.delay(request=0.3, response=0.3, count=1)
    started = time.monotonic()
    seen_before_answer: list[int] = []

    def watch() -> None:
        time.sleep(0.45)
        seen_before_answer.append(len(echo.seen))

    watcher = threading.Thread(target=watch)
    watcher.start()
    assert requests.get(f"{proxy.url}/slow", timeout=5).status_code == 200
    elapsed = time.monotonic() - started
    watcher.join()
    assert elapsed >= 0.6
    assert seen_before_answer == [1]  # the server had it while the answer was being held
    started = time.monotonic()
    requests.get(f"{proxy.url}/fast", timeout=5)
    assert time.monotonic() - started < 0.3  # count used up
    assert proxy.snapshot()["delayed"] == 1


def test_delay_with_jitter_stays_in_bounds(proxy: FaultProxy) -> None:
    proxy.delay(request=0.05, jitter=0.1)
    for _ in range(3):
        started = time.monotonic()
        requests.get(f"{proxy.url}/j", timeout=5)
        assert 0.05 <= time.monotonic() - started < 1.0


def test_delay_makes_a_client_timeout(proxy: FaultProxy) -> None:
    proxy.delay(response=2.0, count=1)
    with pytest.raises(requests.ReadTimeout):
        requests.get(f"{proxy.url}/t", timeout=0.5)


@pytest.mark.parametrize("answer", ["first", "last"])
def test_duplicate_sends_twice_answers_once(
    proxy: FaultProxy, echo: EchoServer, answer: str
) -> None:
    proxy.duplicate(count=1, answer=answer)  # type: ignore[arg-type]
    conn = _conn(proxy)
    got = _post(conn, "/api/v1/sync/push", b'{"mutations": []}')
    after = _post(conn, "/next", b"n")  # the client connection is still in step
    conn.close()
    assert [s.body for s in echo.seen] == [b'{"mutations": []}'] * 2 + [b"n"]
    assert got["n"] == (1 if answer == "first" else 2)
    assert after["n"] == 3
    counters = proxy.snapshot()
    assert counters["duplicated"] == 1
    assert counters["forwarded"] == 3


def test_duplicate_in_parallel(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.duplicate(count=1, times=3, parallel=True)
    assert requests.post(f"{proxy.url}/race", data=b"r", timeout=5).status_code == 200
    assert [s.body for s in echo.seen] == [b"r"] * 3


def test_truncate_body_after_k_bytes(proxy: FaultProxy) -> None:
    proxy.truncate(after_bytes=10, count=1)
    conn = _conn(proxy)
    conn.request("GET", "/big?size=1000")
    response = conn.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Length") == "1000"
    with pytest.raises(http.client.IncompleteRead) as cut:
        response.read()
    assert cut.value.partial == b"x" * 10
    conn.close()
    assert len(requests.get(f"{proxy.url}/big?size=1000", timeout=5).content) == 1000
    proxy.truncate(after_bytes=100, count=1)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(f"{proxy.url}/big?size=1000", timeout=5)
    assert proxy.snapshot()["truncated"] == 2


def test_truncate_from_start_cuts_the_head(proxy: FaultProxy) -> None:
    proxy.truncate(after_bytes=5, count_from="start")
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=5) as sock:
        sock.sendall(b"GET /x HTTP/1.1\r\nHost: a\r\n\r\n")
        data = b""
        while chunk := sock.recv(1024):
            data += chunk
    assert data == b"HTTP/"


def test_error_5xx_for_a_period_then_recovers(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.error_5xx(seconds=0.6)
    statuses = []
    started = time.monotonic()
    while time.monotonic() - started < 1.2:
        statuses.append(requests.get(f"{proxy.url}/e", timeout=5).status_code)
        time.sleep(0.05)
    assert statuses[0] == 503
    assert statuses[-1] == 200
    first_ok = statuses.index(200)
    assert set(statuses[:first_ok]) == {503}
    assert set(statuses[first_ok:]) == {200}
    assert len(echo.seen) == len(statuses) - first_ok  # a 503 never reached the server
    body = requests.get(f"{proxy.url}/e", timeout=5)
    assert body.status_code == 200
    proxy.error_5xx(count=1, status=502)
    bad = requests.get(f"{proxy.url}/e", timeout=5)
    assert bad.status_code == 502
    assert bad.json()["code"] == "unavailable"


def test_blackhole_makes_the_client_time_out(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.blackhole(count=1)
    started = time.monotonic()
    with pytest.raises(requests.ReadTimeout):
        requests.get(f"{proxy.url}/void", timeout=0.5)
    assert time.monotonic() - started < 3
    assert echo.seen == []
    assert requests.get(f"{proxy.url}/after", timeout=5).status_code == 200
    assert proxy.snapshot()["blackholed"] == 1


def test_passthrough_clears_faults(proxy: FaultProxy) -> None:
    proxy.error_5xx()
    assert requests.get(f"{proxy.url}/a", timeout=5).status_code == 503
    proxy.passthrough()
    assert requests.get(f"{proxy.url}/a", timeout=5).status_code == 200


def test_rules_apply_in_order(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.error_5xx(count=1)
    proxy.drop(count=1)
    assert requests.get(f"{proxy.url}/1", timeout=5).status_code == 503
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{proxy.url}/2", timeout=5)
    assert requests.get(f"{proxy.url}/3", timeout=5).status_code == 200
    assert [(e.path, e.action) for e in proxy.log] == [
        ("/1", "error"),
        ("/2", "drop"),
        ("/3", "pass"),
    ]


def test_server_gone_closes_the_client_and_retarget_recovers(echo: EchoServer) -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        dead_port = spare.getsockname()[1]
    with FaultProxy(dead_port, io_timeout=5) as proxy:
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{proxy.url}/nobody", timeout=5)
        assert proxy.snapshot()["upstream_failures"] == 1
        proxy.retarget(echo.port)
        assert requests.get(f"{proxy.url}/back", timeout=5).status_code == 200


def test_upstream_restart_on_a_kept_alive_connection(echo: EchoServer) -> None:
    """The server closing an idle kept-alive connection is retried once on a new one."""
    with FaultProxy(echo.port, io_timeout=5) as proxy:
        conn = _conn(proxy)
        _post(conn, "/close", b"a")  # the server closes after this answer
        conn.close()
        conn = _conn(proxy)
        assert _post(conn, "/again", b"b")["body"] == "b"
        conn.close()


def test_stop_ends_held_connections(echo: EchoServer) -> None:
    proxy = FaultProxy(echo.port).start()
    proxy.blackhole()
    errors: list[BaseException] = []

    def call() -> None:
        try:
            requests.get(f"{proxy.url}/held", timeout=20)
        except requests.RequestException as exc:
            errors.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    assert proxy.wait_for("blackholed", 1, timeout=5)
    started = time.monotonic()
    proxy.stop()
    caller.join(10)
    assert not caller.is_alive()
    assert time.monotonic() - started < 6
    assert len(errors) == 1


def test_pass_through_lets_the_first_ones_by(proxy: FaultProxy, echo: EchoServer) -> None:
    proxy.pass_through(2, path="/push")
    held = proxy.delay(response=0.2, count=1, path="/push")
    for _ in range(3):
        assert requests.post(f"{proxy.url}/push", data=b"p", timeout=5).status_code == 200
    assert held.taken == held.answered == 1
    assert [e.action for e in proxy.log] == ["pass", "pass", "delay"]


def test_rule_knows_when_the_server_has_answered(proxy: FaultProxy) -> None:
    held = proxy.delay(response=1.0, count=1)
    caller = threading.Thread(target=lambda: requests.get(f"{proxy.url}/h", timeout=5))
    caller.start()
    deadline = time.monotonic() + 5
    while held.answered == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert held.answered == 1
    assert caller.is_alive()  # the server is done, the client still waits
    caller.join(5)
