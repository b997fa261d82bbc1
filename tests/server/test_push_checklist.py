"""The server asks the catalogue's checklist rule (domain.checklist) before a
submit_for_review, as the workstation does: a required document not received is a
rejection with the code ``checklist_incomplete``."""

from __future__ import annotations

from typing import Any

from tests.server.harness import Harness
from tests.server.records import pair, without_id

NUMBER = "BAK1-2026-0000001"


def _submit(app: dict[str, Any], checklist: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    step = {
        "at": "2026-06-02T10:00:00.000000Z",
        "by": "officer1",
        "from": "received",
        "to": "under_review",
        "reason": "",
    }
    changed: dict[str, Any] = {"status": "under_review", "history": [*app["history"], step]}
    prev: dict[str, Any] = {"status": "received", "history": app["history"]}
    if checklist is not None:
        changed["checklist"] = checklist
        prev["checklist"] = app["checklist"]
    return {"changed": changed, "prev": prev}


def test_submit_for_review_needs_the_required_documents(server: Harness, center: str) -> None:
    officer = server.station("officer1")
    officer.lease("application", "2026", 10)
    person, app = pair("received", NUMBER)
    assert app["service_code"] == "ADM"  # protocol and passport: both required
    app["checklist"] = [
        {**item, "received": item["code"] != "passport"} for item in app["checklist"]
    ]
    created = officer.push(
        officer.mutation("person", person["id"], "create", changed=without_id(person)),
        officer.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert [r["status"] for r in created] == ["applied", "applied"], created
    ticked = [{**item, "received": True} for item in app["checklist"]]
    incomplete, complete = officer.push(
        officer.mutation("application", app["id"], "update", base_version=1, **_submit(app)),
        officer.mutation(
            "application", app["id"], "update", base_version=1, **_submit(app, ticked)
        ),
    )
    assert incomplete["status"] == "rejected"
    assert incomplete["code"] == "checklist_incomplete"
    assert "Passport" in incomplete["reason"] or "passport" in incomplete["reason"]
    assert complete["status"] == "applied", complete
    stored = officer.pull()["changes"][-1]["data"]
    assert stored["status"] == "under_review"
