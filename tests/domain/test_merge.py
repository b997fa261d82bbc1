"""The pure field merge of a pushed change (domain.merge)."""

from __future__ import annotations

from typing import Any

from workstation.domain.merge import FieldConflict, merge, new_steps

AT = "2026-06-01T09:00:00.000000Z"


def _step(source: str, target: str, by: str = "u", reason: str = "") -> dict[str, Any]:
    return {"at": AT, "by": by, "from": source, "to": target, "reason": reason}


def _app(status: str = "under_review", **kw: Any) -> dict[str, Any]:
    history = [_step("draft", "received"), _step("received", "under_review")]
    return {
        "status": status,
        "history": history,
        "decision": None,
        "assignee": "",
        "phone": "",
        **kw,
    }


def test_fresh_change_is_taken_as_is() -> None:
    server = _app(assignee="a")
    result = merge(server, {"assignee": "b"}, {"assignee": "x"}, fresh=True)
    assert result.merged["assignee"] == "b"
    assert not result.has_conflict


def test_stale_change_of_untouched_field_merges() -> None:
    server = _app(assignee="a", phone="1")
    result = merge(server, {"phone": "2"}, {"phone": "1"}, fresh=False)
    assert result.merged == {**server, "phone": "2"}
    assert result.conflicts == ()


def test_same_new_value_is_no_conflict() -> None:
    server = _app(assignee="b")
    result = merge(server, {"assignee": "b"}, {"assignee": "a"}, fresh=False)
    assert not result.has_conflict
    assert result.merged["assignee"] == "b"


def test_touched_field_keeps_the_server_value() -> None:
    server = _app(assignee="server", phone="1")
    result = merge(
        server,
        {"assignee": "client", "phone": "2"},
        {"assignee": "base", "phone": "1"},
        fresh=False,
    )
    assert result.merged["assignee"] == "server"
    assert result.merged["phone"] == "2"
    assert result.conflicts == (FieldConflict("assignee", "base", "client", "server"),)


def _decide(app: dict[str, Any], outcome: str, by: str) -> dict[str, Any]:
    return {
        "status": outcome,
        "history": [*app["history"], _step("under_review", outcome, by)],
        "decision": {"outcome": outcome, "by": by, "at": AT, "reason": "r"},
    }


def test_two_decisions_conflict_as_a_group() -> None:
    base = _app()
    server = {**base, **_decide(base, "approved", "s1")}
    prev = {k: base[k] for k in ("status", "history", "decision")}
    result = merge(server, _decide(base, "refused", "s2"), prev, fresh=False)
    assert {c.field for c in result.conflicts} == {"status", "history", "decision"}
    assert result.merged["status"] == "approved"
    assert result.merged["decision"]["by"] == "s1"


def test_status_change_replays_from_the_server_status() -> None:
    base = _app(status="received", history=[_step("draft", "received")])
    server = {**base, "assignee": "someone"}
    changed = {
        "status": "under_review",
        "history": [*base["history"], _step("received", "under_review")],
    }
    prev = {"status": "received", "history": base["history"]}
    result = merge(server, changed, prev, fresh=False)
    assert not result.has_conflict
    assert result.merged["status"] == "under_review"
    assert result.merged["assignee"] == "someone"


def test_status_moved_on_the_server_appends_the_client_steps() -> None:
    base = _app(status="received", history=[_step("draft", "received")])
    server = {
        **base,
        "status": "awaiting_documents",
        "history": [*base["history"], _step("received", "awaiting_documents", "o2", "passport")],
    }
    changed = {
        "status": "withdrawn",
        "history": [*base["history"], _step("received", "withdrawn", "o1", "asked to")],
    }
    prev = {"status": "received", "history": base["history"]}
    result = merge(server, changed, prev, fresh=False)
    assert not result.has_conflict
    assert result.merged["status"] == "withdrawn"
    history = result.merged["history"]
    assert [h["to"] for h in history] == ["received", "awaiting_documents", "withdrawn"]
    assert history[-1]["from"] == "awaiting_documents"


def test_new_steps_without_history_is_one_step() -> None:
    steps = new_steps({"status": "received"}, {"status": "draft"})
    assert [(s.source, s.target) for s in steps] == [("draft", "received")]
    assert new_steps({"assignee": "x"}, {}) == []
