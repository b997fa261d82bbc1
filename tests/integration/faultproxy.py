"""A loopback HTTP fault proxy: sits between a client and a server and misbehaves on cue.

    with FaultProxy(upstream_port) as proxy:
        client_url = proxy.url
        proxy.drop(count=2)                      # close the next 2 requests unanswered
        proxy.drop(count=1, after_forward=True)  # server handles it, the client never hears
        proxy.duplicate(path="/api/v1/sync/push")
        proxy.truncate(after_bytes=100, path="/api/v1/sync/pull")
        proxy.error_5xx(seconds=2)
        proxy.blackhole()
        proxy.passthrough()                      # forget every fault

Faults are rules, consulted in the order they were added; the first that matches a
request (method, path prefix, still has count left, not past its deadline, wins its coin
toss) is applied to it and uses up one of its count. Requests no rule takes are
forwarded as they are. `counters` says what the proxy did, `log` has one entry a request.

It frames HTTP/1.1 (Content-Length and chunked bodies, keep-alive on both sides: one
upstream connection per client connection, re-opened when the server dropped it), binds
127.0.0.1 only, and every wait is bounded by a socket timeout or an event, so `stop()`
always ends it.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Literal

from tests.integration.httpframe import (
    FrameError,
    Message,
    PeerClosed,
    Reader,
    read_request,
    read_response,
    simple_response,
)

HOST = "127.0.0.1"
IO_TIMEOUT = 60.0  # upper bound on any single wait for a peer
ACCEPT_POLL = 0.1

Action = Literal["pass", "drop", "delay", "duplicate", "truncate", "error", "blackhole"]


@dataclass
class Rule:
    action: Action
    count: int | None = None  # requests left; None: no limit
    probability: float = 1.0
    until: float | None = None  # time.monotonic() deadline
    path: str = ""  # prefix of the request path
    method: str = ""
    # action parameters
    after_forward: bool = False  # drop: let the server handle it first
    request_delay: float = 0.0
    response_delay: float = 0.0
    jitter: float = 0.0
    times: int = 2  # duplicate: how many times the server gets the request
    parallel: bool = False  # duplicate: all copies at once, each on its own connection
    answer: Literal["first", "last"] = "last"  # duplicate: which answer the client gets
    after_bytes: int = 0  # truncate
    count_from: Literal["body", "start"] = "body"
    status: int = 503  # error
    hold: float | None = None  # blackhole: seconds to hold (None: until client/proxy ends)
    # what the rule did so far (read them from the test)
    taken: int = 0  # requests it took
    answered: int = 0  # server answers it got for them (e.g. a held answer: the server is done)

    def matches(self, request: Message, now: float, rng: random.Random) -> bool:
        if self.until is not None and now >= self.until:
            return False
        if self.count is not None and self.count <= 0:
            return False
        if self.method and request.method.upper() != self.method.upper():
            return False
        if self.path and not request.path.startswith(self.path):
            return False
        return self.probability >= 1.0 or rng.random() < self.probability


@dataclass
class Counters:
    connections: int = 0
    requests: int = 0
    forwarded: int = 0  # requests sent upstream (a duplicate counts each time)
    passed: int = 0  # requests no rule took
    dropped: int = 0
    dropped_after_forward: int = 0
    delayed: int = 0
    duplicated: int = 0
    truncated: int = 0
    errors_5xx: int = 0
    blackholed: int = 0
    upstream_failures: int = 0  # could not reach or lost the server: client closed unanswered
    bad_requests: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class LogEntry:
    method: str
    path: str
    action: str  # "pass" or a rule's action, or "upstream_failure"
    status: int | None  # what the client got; None when it got nothing whole


@dataclass(eq=False)
class _Conn:
    client: socket.socket
    upstream: socket.socket | None = None
    upstream_reader: Reader | None = None
    extra: list[socket.socket] = field(default_factory=list)


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        upstream_host: str = HOST,
        *,
        port: int = 0,
        seed: int = 0,
        io_timeout: float = IO_TIMEOUT,
    ) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.io_timeout = io_timeout
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._rules: list[Rule] = []
        self.counters = Counters()
        self.log: list[LogEntry] = []
        self._stop = threading.Event()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind((HOST, port))
        self._listener.listen(128)
        self._listener.settimeout(ACCEPT_POLL)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._conns: set[_Conn] = set()
        self._acceptor: threading.Thread | None = None

    # --- life cycle -------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> FaultProxy:
        self._acceptor = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)
        self._acceptor.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            self._close_conn(conn)
        if self._acceptor is not None:
            self._acceptor.join(timeout)
        with suppress(OSError):
            self._listener.close()
        deadline = time.monotonic() + timeout
        for thread in list(self._threads):
            thread.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def retarget(self, upstream_port: int, upstream_host: str = HOST) -> None:
        """Send new connections to another server (e.g. one restarted on a new port)."""
        with self._lock:
            self.upstream = (upstream_host, upstream_port)

    # --- faults -----------------------------------------------------------------------

    def add(self, rule: Rule) -> Rule:
        with self._lock:
            self._rules.append(rule)
        return rule

    def passthrough(self) -> None:
        """Forget every rule: forward everything as it is."""
        with self._lock:
            self._rules.clear()

    def pass_through(self, count: int, *, path: str = "", method: str = "") -> Rule:
        """Let the next ``count`` matching requests through untouched (so that the rules
        after this one hit a later request, e.g. the second push)."""
        return self.add(Rule("pass", count=count, path=path, method=method))

    def drop(
        self,
        count: int | None = None,
        *,
        probability: float = 1.0,
        after_forward: bool = False,
        path: str = "",
        method: str = "",
        seconds: float | None = None,
    ) -> Rule:
        """Close the client's connection without an answer. ``after_forward``: the server
        gets the request and answers, the answer is thrown away."""
        return self.add(
            Rule(
                "drop",
                count=count,
                probability=probability,
                after_forward=after_forward,
                path=path,
                method=method,
                until=_deadline(seconds),
            )
        )

    def delay(
        self,
        request: float = 0.0,
        response: float = 0.0,
        *,
        jitter: float = 0.0,
        count: int | None = None,
        probability: float = 1.0,
        path: str = "",
        method: str = "",
        seconds: float | None = None,
    ) -> Rule:
        """Hold the request before forwarding and/or the answer before returning it, by
        the given seconds plus a uniform 0..``jitter``."""
        return self.add(
            Rule(
                "delay",
                count=count,
                probability=probability,
                request_delay=request,
                response_delay=response,
                jitter=jitter,
                path=path,
                method=method,
                until=_deadline(seconds),
            )
        )

    def duplicate(
        self,
        count: int | None = None,
        *,
        times: int = 2,
        answer: Literal["first", "last"] = "last",
        parallel: bool = False,
        probability: float = 1.0,
        path: str = "",
        method: str = "",
    ) -> Rule:
        """Send the same request bytes ``times`` times to the server, one after the other
        on the client's upstream connection (``parallel``: all at once, each on a
        connection of its own, racing), and give the client one of the answers."""
        return self.add(
            Rule(
                "duplicate",
                count=count,
                times=times,
                answer=answer,
                parallel=parallel,
                probability=probability,
                path=path,
                method=method,
            )
        )

    def truncate(
        self,
        after_bytes: int,
        count: int | None = None,
        *,
        count_from: Literal["body", "start"] = "body",
        probability: float = 1.0,
        path: str = "",
        method: str = "",
    ) -> Rule:
        """Forward the request, then give the client only the first ``after_bytes`` of the
        answer (of its body by default, the head is whole) and close."""
        return self.add(
            Rule(
                "truncate",
                count=count,
                after_bytes=after_bytes,
                count_from=count_from,
                probability=probability,
                path=path,
                method=method,
            )
        )

    def error_5xx(
        self,
        seconds: float | None = None,
        *,
        status: int = 503,
        count: int | None = None,
        path: str = "",
        method: str = "",
    ) -> Rule:
        """Answer ``status`` without asking the server, for ``seconds`` (or ``count``
        requests, or until `passthrough`)."""
        return self.add(
            Rule(
                "error",
                count=count,
                status=status,
                path=path,
                method=method,
                until=_deadline(seconds),
            )
        )

    def blackhole(
        self,
        count: int | None = None,
        *,
        hold: float | None = None,
        path: str = "",
        method: str = "",
        seconds: float | None = None,
    ) -> Rule:
        """Read the request and never answer: hold the connection open for ``hold`` seconds
        (default: until the client gives up or the proxy stops), then close it."""
        return self.add(
            Rule(
                "blackhole",
                count=count,
                hold=hold,
                path=path,
                method=method,
                until=_deadline(seconds),
            )
        )

    def expire(self, rule: Rule, seconds: float = 0.0) -> None:
        """Ends ``rule`` ``seconds`` from now (0: at once)."""
        with self._lock:
            rule.until = time.monotonic() + seconds

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return self.counters.as_dict()

    def wait_for(self, predicate_key: str, at_least: int, timeout: float = 30.0) -> bool:
        """Waits until counter ``predicate_key`` reaches ``at_least``; False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.snapshot()[predicate_key] >= at_least:
                return True
            time.sleep(0.02)
        return False

    # --- internals --------------------------------------------------------------------

    def _count(self, name: str, by: int = 1) -> None:
        with self._lock:
            setattr(self.counters, name, getattr(self.counters, name) + by)

    def _log(self, request: Message, action: str, status: int | None) -> None:
        with self._lock:
            self.log.append(LogEntry(request.method, request.path, action, status))

    def _pick(self, request: Message) -> Rule | None:
        with self._lock:
            now = time.monotonic()
            for rule in self._rules:
                if rule.matches(request, now, self._rng):
                    if rule.count is not None:
                        rule.count -= 1
                    rule.taken += 1
                    return rule
            return None

    def _jitter(self, rule: Rule) -> float:
        with self._lock:
            return self._rng.uniform(0.0, rule.jitter) if rule.jitter > 0 else 0.0

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(self.io_timeout)
            conn = _Conn(client)
            with self._lock:
                self.counters.connections += 1
                self._conns.add(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _close_conn(self, conn: _Conn) -> None:
        for sock in [conn.client, conn.upstream, *conn.extra]:
            if sock is None:
                continue
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with suppress(OSError):
                sock.close()

    def _serve(self, conn: _Conn) -> None:
        reader = Reader(conn.client)
        try:
            while not self._stop.is_set():
                try:
                    request = read_request(reader)
                except PeerClosed:
                    return
                except FrameError:
                    self._count("bad_requests")
                    return
                self._count("requests")
                if not self._handle(conn, request):
                    return
        except OSError:
            return
        finally:
            self._close_conn(conn)
            with self._lock:
                self._conns.discard(conn)

    def _handle(self, conn: _Conn, request: Message) -> bool:
        """Deals with one request; False when the client connection is to be closed."""
        rule = self._pick(request)
        if rule is None or rule.action == "pass":
            self._count("passed")
            return self._forward_and_answer(conn, request, "pass", rule)
        action = rule.action
        if action == "drop":
            if rule.after_forward:
                response = self._exchange(conn, request, rule)
                if response is None:
                    return False
                self._count("dropped_after_forward")
            else:
                self._count("dropped")
            self._log(request, "drop", None)
            return False
        if action == "error":
            self._count("errors_5xx")
            body = json.dumps(
                {"code": "unavailable", "message": "injected by the fault proxy", "details": {}}
            ).encode()
            self._log(request, "error", rule.status)
            conn.client.sendall(
                simple_response(rule.status, "Service Unavailable", body, "application/json")
            )
            return False
        if action == "blackhole":
            self._count("blackholed")
            self._log(request, "blackhole", None)
            self._hold(conn, rule.hold)
            return False
        if action == "delay":
            self._count("delayed")
            self._sleep(rule.request_delay + self._jitter(rule))
            response = self._exchange(conn, request, rule)
            if response is None:
                return False
            self._sleep(rule.response_delay + self._jitter(rule))
            return self._answer(conn, request, response, "delay")
        if action == "duplicate":
            self._count("duplicated")
            if rule.parallel:
                got = self._parallel(request, max(1, rule.times), rule)
                if got is None:
                    return False
                answers = got
            else:
                answers = []
                for _ in range(max(1, rule.times)):
                    response = self._exchange(conn, request, rule)
                    if response is None:
                        return False
                    answers.append(response)
            chosen = answers[0] if rule.answer == "first" else answers[-1]
            return self._answer(conn, request, chosen, "duplicate")
        # truncate
        response = self._exchange(conn, request, rule)
        if response is None:
            return False
        self._count("truncated")
        if rule.count_from == "body":
            data = response.head + response.body_raw[: rule.after_bytes]
        else:
            data = response.raw[: rule.after_bytes]
        self._log(request, "truncate", None)
        conn.client.sendall(data)
        return False

    def _forward_and_answer(
        self, conn: _Conn, request: Message, action: str, rule: Rule | None = None
    ) -> bool:
        response = self._exchange(conn, request, rule)
        if response is None:
            return False
        return self._answer(conn, request, response, action)

    def _answer(self, conn: _Conn, request: Message, response: Message, action: str) -> bool:
        self._log(request, action, response.status)  # before the client can see it
        conn.client.sendall(response.raw)
        return request.keep_alive and response.keep_alive

    def _exchange(self, conn: _Conn, request: Message, rule: Rule | None = None) -> Message | None:
        """Sends the request upstream and reads the answer; one retry on a fresh connection
        when a kept-alive upstream connection turned out closed. None: server unreachable."""
        for attempt in range(2):
            fresh = conn.upstream is None
            try:
                if conn.upstream is None:
                    with self._lock:
                        target = self.upstream
                    conn.upstream = socket.create_connection(target, timeout=self.io_timeout)
                    conn.upstream.settimeout(self.io_timeout)
                    conn.upstream_reader = Reader(conn.upstream)
                assert conn.upstream_reader is not None
                conn.upstream.sendall(request.raw)
                self._count("forwarded")
                response = read_response(conn.upstream_reader, request.method)
            except (OSError, FrameError):
                self._drop_upstream(conn)
                if fresh or attempt == 1 or self._stop.is_set():
                    self._count("upstream_failures")
                    self._log(request, "upstream_failure", None)
                    return None
                continue
            if not response.keep_alive:
                self._drop_upstream(conn)
            if rule is not None:
                with self._lock:
                    rule.answered += 1
            return response
        return None  # pragma: no cover - the loop always returns

    def _parallel(self, request: Message, times: int, rule: Rule) -> list[Message] | None:
        """Sends ``times`` copies at once on fresh connections; their answers, in order."""
        answers: list[Message | None] = [None] * times
        barrier = threading.Barrier(times, timeout=self.io_timeout)

        def one(index: int) -> None:
            conn = _Conn(socket.socket())  # a placeholder client socket, never used
            conn.client.close()
            with suppress(threading.BrokenBarrierError):
                barrier.wait()
            answers[index] = self._exchange(conn, request, rule)
            self._drop_upstream(conn)

        threads = [threading.Thread(target=one, args=(i,), daemon=True) for i in range(times)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(self.io_timeout * 2)
        if any(answer is None for answer in answers):
            return None
        return [answer for answer in answers if answer is not None]

    def _drop_upstream(self, conn: _Conn) -> None:
        if conn.upstream is not None:
            with suppress(OSError):
                conn.upstream.close()
        conn.upstream = None
        conn.upstream_reader = None

    def _hold(self, conn: _Conn, hold: float | None) -> None:
        """Keeps the client connection open, unanswered, until it closes, ``hold`` passes
        or the proxy stops."""
        deadline = None if hold is None else time.monotonic() + hold
        conn.client.settimeout(0.1)
        while not self._stop.is_set():
            if deadline is not None and time.monotonic() >= deadline:
                return
            try:
                if not conn.client.recv(65536):
                    return  # the client gave up
            except TimeoutError:
                continue
            except OSError:
                return

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._stop.wait(seconds)


def _deadline(seconds: float | None) -> float | None:
    return None if seconds is None else time.monotonic() + seconds


@contextmanager
def fault_proxy(upstream_port: int, **kwargs: object) -> Iterator[FaultProxy]:
    proxy = FaultProxy(upstream_port, **kwargs)  # type: ignore[arg-type]
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()
