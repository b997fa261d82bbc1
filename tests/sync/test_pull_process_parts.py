"""The parts of a pull fetched in a child process (`sync.pull_process`) that need no
child: errors cross a process boundary as themselves, a page and its rows come back as
made, and only a plain client is copied into a child."""

from __future__ import annotations

import pickle

import orjson
import pytest
import requests

from workstation.store.pull_page import prepare
from workstation.sync.client import ApiClient, read_pull
from workstation.sync.errors import (
    ApiError,
    AuthExpired,
    Rejected4xx,
    ServerUnavailable,
    UpdateRequired,
)
from workstation.sync.pull_process import Endpoint, ship, unship


@pytest.mark.parametrize(
    "kind", [ApiError, UpdateRequired, AuthExpired, Rejected4xx, ServerUnavailable]
)
def test_api_errors_are_pickled_as_made(kind: type[ApiError]) -> None:
    made = kind("token_expired", "expired", status=401, details={"retry": 3})
    back = pickle.loads(pickle.dumps(made))
    assert type(back) is kind
    assert (back.code, back.message, back.status, back.details) == (
        "token_expired",
        "expired",
        401,
        {"retry": 3},
    )
    assert str(back) == str(made)


def _body() -> bytes:
    person = {"seq": 1, "entity": "person", "entity_id": "p1", "version": 1, "data": {"x": 1}}
    tomb = {"seq": 2, "entity": "application", "entity_id": "a1", "version": 2, "deleted": True,
            "data": {}}  # fmt: skip
    return orjson.dumps({"changes": [person, tomb], "cursor": 2, "has_more": True, "epoch": "e"})


def test_a_page_and_its_rows_come_back_keyed_by_the_new_changes() -> None:
    body = _body()
    page = read_pull(body)
    prepared = prepare(page.changes)
    assert len(prepared) == 1  # the person (unreadable data: its error), not the tombstone
    back, rows = unship(pickle.loads(pickle.dumps(ship(body, page, prepared))))
    assert back == page
    (data, entity_id, version, parsed), = rows.values()  # fmt: skip
    assert data is back.changes[0].data  # keyed by the data of the page read again
    assert (entity_id, version) == ("p1", 1)
    assert type(parsed) is type(next(iter(prepared.values()))[3])
    assert rows.applicants == prepared.applicants


def test_rows_that_do_not_match_the_page_are_a_bad_answer() -> None:
    body = _body()
    _, rows, applicants = ship(body, read_pull(body), prepare(read_pull(body).changes))
    with pytest.raises(ServerUnavailable, match="do not match"):
        unship((body, rows[:1], applicants))
    with pytest.raises(ServerUnavailable, match="could not be read"):
        unship((b"{", rows, applicants))


def test_only_a_plain_client_is_copied_into_a_child() -> None:
    api = ApiClient("https://server.example:8443/", verify="/etc/ca.pem", timeout=(3, 9))
    endpoint = Endpoint.of(api)
    assert endpoint is not None
    copy = endpoint.client()
    assert (copy.base_url, copy.verify, copy.timeout) == (api.base_url, "/etc/ca.pem", (3, 9))
    assert (copy.max_response_bytes, copy.body_timeout) == (
        api.max_response_bytes,
        api.body_timeout,
    )
    assert pickle.loads(pickle.dumps(endpoint)) == endpoint

    class Session(requests.Session):
        pass

    assert Endpoint.of(ApiClient("http://s", session=Session())) is None
    hooked = ApiClient("http://s")
    hooked._send = lambda *a, **k: None  # type: ignore[method-assign,assignment]
    assert Endpoint.of(hooked) is None

    class Client(ApiClient):
        pass

    assert Endpoint.of(Client("http://s")) is None
    assert Endpoint.of(object()) is None
