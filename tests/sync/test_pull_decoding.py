"""`client.pull_response` reads a pull answer as pydantic's ``model_validate_json`` does:
the same model for every well-formed page, an error for every malformed one (which the
client turns into ``bad_response``)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from workstation.protocol.v1 import PullResponse
from workstation.sync.client import pull_response


def _change(seq: int, **over: Any) -> dict[str, Any]:
    change: dict[str, Any] = {
        "seq": seq,
        "entity": "person",
        "entity_id": f"P-{seq}",
        "version": 1,
        "deleted": False,
        "data": {"id": f"P-{seq}", "surname": "Məmmədov", "n": [1, {"x": None}]},
    }
    change.update(over)
    return change


def _page(changes: list[dict[str, Any]], **over: Any) -> dict[str, Any]:
    page: dict[str, Any] = {"changes": changes, "cursor": 9, "has_more": True, "epoch": "E1"}
    page.update(over)
    return page


GOOD = [
    _page([]),
    _page([_change(1), _change(2, entity="application", deleted=True, data={})]),
    _page([{k: v for k, v in _change(3).items() if k != "deleted"}], has_more=False),
    _page([_change(4, entity="conflict"), _change(2**62, entity="permit")]),
]


@pytest.mark.parametrize("page", GOOD)
def test_a_good_page_reads_as_pydantic_reads_it(page: dict[str, Any]) -> None:
    body = json.dumps(page, ensure_ascii=False).encode()
    got = pull_response(body)
    assert got == PullResponse.model_validate_json(body)
    assert [c.model_dump() for c in got.changes] == [
        c.model_dump() for c in PullResponse.model_validate_json(body).changes
    ]


def _without(key: str) -> dict[str, Any]:
    return {k: v for k, v in _change(1).items() if k != key}


BAD: list[Any] = [
    b"",
    b"{",
    b"[]",
    b'{"changes": [], "cursor": 1, "has_more": true, "epoch": "E1"',  # cut
    _page([], cursor=None),
    _page([], epoch=3),
    _page([], epoch="E\x001"),
    _page([], extra=1),
    {"changes": [], "cursor": 1, "has_more": False},
    _page({}),
    _page([1]),
    _page([{**_change(1), "seq": 1.5}]),
    _page([_change(1, entity="tank")]),
    _page([_change(1, entity_id=7)]),
    _page([_change(1, entity_id="P\x00")]),
    _page([_change(1, version=None)]),
    _page([_change(1, deleted=None)]),
    _page([_change(1, data=[])]),
    _page([_change(1, data="{}")]),
    _page([_change(1, other=1)]),
    *(_page([_without(key)]) for key in ("seq", "entity", "entity_id", "version", "data")),
]


STRICTER: list[Any] = [
    # pydantic's lax mode takes these; the server writes JSON numbers and true/false
    _page([], cursor="9"),
    _page([], has_more=1),
    _page([{**_change(1), "seq": True}]),
    _page([_change(1, deleted="no")]),
]


@pytest.mark.parametrize("page", STRICTER)
def test_text_for_a_number_or_a_flag_is_refused(page: Any) -> None:
    with pytest.raises(TypeError):
        pull_response(json.dumps(page).encode())


@pytest.mark.parametrize("page", BAD)
def test_a_bad_page_is_refused_as_pydantic_refuses_it(page: Any) -> None:
    body = page if isinstance(page, bytes) else json.dumps(page).encode()
    with pytest.raises((ValidationError, ValueError)):
        PullResponse.model_validate_json(body)
    with pytest.raises((ValueError, TypeError)):
        pull_response(body)
