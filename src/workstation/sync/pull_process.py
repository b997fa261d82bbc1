"""The pages of a large pull fetched, read and prepared in a child process.

A pull's pages are fetched ahead on a thread while the page before is written
(`engine._Prefetch`). In one process the two threads barely overlap: the writer makes
many short SQLite calls, gives up the GIL in each, and waits to take it back from the
thread reading JSON and making rows (the GIL's convoy: `benchmarks/gil_convoy.py`). A
first pull of 100,000 applications took as long with the thread as without it, and the
desktop's GUI thread waited for the same GIL.

So once a pull shows it is large (`engine.PROCESS_AFTER_PAGES` full pages in a row, more
to come), `PageProcess` starts a process of its own that, once it has started, does the
rest of the fetching: the request, orjson, the checks of `client.pull_response` and
`pull_page.prepare` (an initial pull of 100,000 applications here: 21.4-21.6 s against
24.7-25.0 s on the thread; on a machine whose two cores are busy already, with the GUI
and a local server, a pull takes longer this way, but the GUI stalls less).

The answer comes back as it was sent, with the rows made of it (`ship`); the parent
reads the answer again with orjson and unpickles the rows (`unship`): 14 ms a page of
1,000 changes here, against 35 ms for reading and preparing it. Pickling the page's
objects instead cost more than reading its JSON again.

The child is a fresh interpreter ("spawn": the desktop has Qt threads, which a fork
would copy without their state). It makes its own `ApiClient` from the parent's settings
(`Endpoint`) and is handed the current access token with each request, so a refresh in
the parent is seen at the next page. Errors of the request (`ApiError`s) come back as
themselves. A child that dies (killed, out of memory) is reported by `take` as
`ProcessLost`; the engine then fetches the rest in the parent, losing nothing. Small
pulls, the usual case, never start a process.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass

from workstation.protocol.v1 import PullResponse
from workstation.store.pull_page import Applicant, Parsed, Prepared, prepare
from workstation.sync.client import ApiClient, read_pull
from workstation.sync.errors import ServerUnavailable

log = logging.getLogger("workstation.sync")

Rows = list[tuple[str, int, Parsed] | None]
"""`pull_page.prepare`'s rows by the position of their change in the page."""
Shipped = tuple[bytes, Rows, dict[str, Applicant]]
"""A page as the server sent it, its rows, and its `Prepared.applicants`."""


class ProcessLost(RuntimeError):
    """The child fetching pages stopped before it answered."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    """What a child needs to make an `ApiClient` like the parent's."""

    base_url: str
    verify: bool | str
    timeout: tuple[float, float]
    max_response_bytes: int
    body_timeout: float

    @classmethod
    def of(cls, api: object) -> Endpoint | None:
        """The settings of `api`; None for anything but a plain `ApiClient` on a plain
        session (a client or session of its own may hold what a child cannot copy)."""
        if type(api) is not ApiClient or {"pull", "pull_page", "_send"} & vars(api).keys():
            return None  # (an instance's own methods: a test's or a benchmark's hook)
        import requests  # noqa: PLC0415 - imported already by the page that came

        if type(api.session) is not requests.Session:
            return None
        return cls(api.base_url, api.verify, api.timeout, api.max_response_bytes, api.body_timeout)

    def client(self) -> ApiClient:
        return ApiClient(
            self.base_url,
            verify=self.verify,
            timeout=self.timeout,
            max_response_bytes=self.max_response_bytes,
            body_timeout=self.body_timeout,
        )


def ship(body: bytes, page: PullResponse, prepared: Prepared) -> Shipped:
    """What the parent needs of a page: the answer as it came (orjson reads it again in
    the parent faster than pickle could rebuild its objects) and the rows made of it."""
    rows: Rows = []
    for change in page.changes:
        found = prepared.get(id(change.data))
        rows.append(None if found is None else found[1:])
    return body, rows, prepared.applicants


def unship(shipped: Shipped) -> tuple[PullResponse, Prepared]:
    """The page read again, with the rows keyed by its changes' data (`Prepared`);
    `ServerUnavailable` for an answer that is not a page (the child said so first)."""
    body, rows, applicants = shipped
    page = read_pull(body)
    if len(rows) != len(page.changes):
        raise ServerUnavailable("bad_response", "a pull page and its rows do not match")
    prepared = Prepared()
    for change, row in zip(page.changes, rows, strict=True):
        if row is not None:
            prepared[id(change.data)] = (change.data, *row)
    prepared.applicants = applicants
    return page, prepared


_client: tuple[Endpoint, ApiClient] | None = None  # the child's own


def _child_started() -> None:
    """A child holds each page it reads until it is shipped: the cyclic collector would
    only walk them (as `collector_paused` in the parent)."""
    gc.disable()


def fetch_page(endpoint: Endpoint, token: str | None, since: int, limit: int) -> Shipped:
    """In the child: one page fetched, read, prepared and shipped."""
    global _client  # noqa: PLW0603 - one client (one connection) per child
    if _client is None or _client[0] != endpoint:
        _client = (endpoint, endpoint.client())
    api = _client[1]
    api.access_token = token
    body, page = api.pull_page(since, limit)
    return ship(body, page, prepare(page.changes))


def prepare_page(body: bytes) -> Shipped:
    """In the child: a page already at hand read, prepared and shipped (the self-test's
    check that this installation can start a child and use it)."""
    page = read_pull(body)
    return ship(body, page, prepare(page.changes))


@contextmanager
def _stopped_as_lost() -> Iterator[None]:
    try:
        yield
    except BrokenProcessPool as exc:
        raise ProcessLost(f"the process fetching pull pages stopped: {exc}") from exc


class PageProcess:
    """A child process fetching pages, one request at a time (see the module)."""

    def __init__(self) -> None:
        self.pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_child_started,
        )
        self.started = self.pool.submit(os.getpid)  # done once the child has started

    def ready(self) -> int:
        """Wait until the child has started; its process id. `ProcessLost` when it could
        not start or has stopped."""
        with _stopped_as_lost():
            return self.started.result()

    def fetch(
        self, endpoint: Endpoint, token: str | None, since: int, limit: int
    ) -> Future[Shipped]:
        """`ProcessLost` when the child is known to have stopped."""
        with _stopped_as_lost():
            return self.pool.submit(fetch_page, endpoint, token, since, limit)

    def prepare(self, body: bytes) -> Future[Shipped]:
        with _stopped_as_lost():
            return self.pool.submit(prepare_page, body)

    @staticmethod
    def take(future: Future[Shipped]) -> tuple[PullResponse, Prepared]:
        """The page a `fetch` brought; its error as raised in the child; `ProcessLost`
        when the child stopped."""
        with _stopped_as_lost():
            shipped = future.result()
        return unship(shipped)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
