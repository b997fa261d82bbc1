"""Roles against the real server, table-driven: every transition of `domain.states` and
every other mutating endpoint, pushed by an officer, a supervisor, an admin, a user of
another service center and a disabled user. The server's answer (applied, or rejected
with its reason code, or the HTTP refusal) must be the one the table says — on SQLite
and on PostgreSQL.

One world per database (a fresh application per case, all created in one batch), so the
whole table is cheap; a failure lists every case whose answer differs."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from tests.server.harness import HEADERS, Harness, Session
from tests.server.records import pair, without_id
from workstation.domain import states
from workstation.domain.ids import new_id
from workstation.domain.model import Role, Status
from workstation.domain.numbers import card_number
from workstation.server import admin

ROLES = ("officer", "supervisor", "admin", "other_center", "disabled")
USERS = {
    "officer": "officer1",
    "supervisor": "super1",
    "admin": "admin1",
    "other_center": "gnj_officer",
    "disabled": "gone1",
}
AT = "2026-06-02T10:00:00.000000Z"
DATA = b"scan of a residence contract"
SHA = hashlib.sha256(DATA).hexdigest()


@dataclasses.dataclass
class World:
    server: Harness
    owner: Session  # a supervisor of BAK1 who makes the records
    users: dict[str, Session]
    numbers: list[str]
    leased: dict[str, tuple[int, Any, str]]  # by workstation: application number, card lease

    def number(self) -> str:
        return self.numbers.pop(0)


def _world(server: Harness) -> World:
    server.center("BAK1")
    server.center("GNJ1")
    server.user("owner", role="supervisor")
    server.user("officer1")
    server.user("super1", role="supervisor")
    server.user("admin1", role="admin")
    server.user("gnj_officer", center="GNJ1")
    server.user("gone1")
    owner = server.station("owner")
    lease = owner.lease("application", "2026", 500)
    users = {
        "officer": server.station("officer1"),
        "supervisor": server.station("super1"),
        "admin": server.station("admin1"),
        "other_center": server.station("gnj_officer", center="GNJ1"),
        "disabled": server.station("gone1"),
    }
    leased: dict[str, tuple[int, Any, str]] = {}
    for session in users.values():  # each workstation's own numbers, before disabling
        app_lease = session.lease("application", "2026", 10)
        card_lease = session.lease("card", "MYİ", 10)
        leased[session.workstation_id] = (app_lease["first"], card_lease, card_lease["lease_id"])
    admin.set_user_disabled(server.db, "gone1", True)
    numbers = [f"BAK1-2026-{n:07d}" for n in range(lease["first"], lease["last"] + 1)]
    return World(server, owner, users, numbers, leased)


def _at(world: World, status: Status) -> dict[str, Any]:
    """A person and an application of theirs in `status` (every document received),
    created by the owner; the application as stored."""
    person, app = pair(status.value, world.number())  # a draft keeps its number
    app["checklist"] = [{**item, "received": True} for item in app["checklist"]]
    results = world.owner.push(
        world.owner.mutation("person", person["id"], "create", changed=without_id(person)),
        world.owner.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    return app


def _step(app: dict[str, Any], target: str, by: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`changed` and `prev` of the status change `app` → `target` made by `by`."""
    entry = {"at": AT, "by": by, "from": app["status"], "to": target, "reason": "test reason"}
    changed: dict[str, Any] = {"status": target, "history": [*app["history"], entry]}
    if target in ("approved", "refused"):
        changed["decision"] = {"outcome": target, "by": by, "at": AT, "reason": "test reason"}
    if target == "received" and not app.get("received_at"):
        changed["received_at"], changed["received_by"] = AT, by
    prev = {k: app.get(k) for k in changed}
    return changed, prev


def _answer(session: Session, m: dict[str, Any]) -> str:
    """``applied`` / ``rejected:<code>`` / ``conflict``, or ``http <status> <code>``."""
    response = session.post("/sync/push", {"mutations": [m]})
    if response.status_code != 200:
        return f"http {response.status_code} {response.json()['code']}"
    result = response.json()["results"][0]
    return result["status"] if result["status"] != "rejected" else f"rejected:{result['code']}"


def _expected_transition(t: states.Transition, role: str) -> str:
    if role == "disabled":
        return "http 403 user_disabled"
    if role == "other_center":
        return "rejected:not_found"
    if Role(role) not in t.roles:
        return "rejected:role_not_allowed"
    return "applied"


def test_every_transition_and_role(server: Harness) -> None:
    world = _world(server)
    cases = [(t, role) for t in states.TRANSITIONS for role in ROLES]
    apps = [_at(world, t.source) for t, _ in cases]
    actual, expected = {}, {}
    for (t, role), app in zip(cases, apps, strict=True):
        session = world.users[role]
        changed, prev = _step(app, t.target.value, USERS[role])
        m = session.mutation(
            "application", app["id"], "update", base_version=1, changed=changed, prev=prev
        )
        key = f"{t.source.value} -{t.action}-> {t.target.value} by {role}"
        actual[key] = _answer(session, m)
        expected[key] = _expected_transition(t, role)
    assert actual == expected


def _legal(source: Status, target: Status) -> bool:
    return any(t.target is target for t in states.transitions_from(source))


def test_no_role_makes_an_illegal_step(server: Harness) -> None:
    """A history entry for a step the machine has not (draft → approved, issued →
    received, …) is refused for everyone, supervisors included."""
    world = _world(server)
    pairs = [
        (Status.RECEIVED, Status.APPROVED),
        (Status.DRAFT, Status.UNDER_REVIEW),
        (Status.UNDER_REVIEW, Status.ISSUED),
        (Status.REFUSED, Status.RECEIVED),
        (Status.APPROVED, Status.WITHDRAWN),
        (Status.ISSUED, Status.CARD_PRINTED),
    ]
    assert not any(_legal(s, t) for s, t in pairs)
    actual, expected = {}, {}
    for source, target in pairs:
        for role in ("officer", "supervisor"):
            app = _at(world, source)
            session = world.users[role]
            changed, prev = _step(app, target.value, USERS[role])
            m = session.mutation(
                "application", app["id"], "update", base_version=1, changed=changed, prev=prev
            )
            key = f"{source.value} -> {target.value} by {role}"
            actual[key] = _answer(session, m)
            expected[key] = "rejected:illegal_transition"
    assert actual == expected


def test_a_status_change_is_checked_against_the_server_not_the_claimed_prev(
    server: Harness,
) -> None:
    """The rights come from the status the server holds: an officer who claims the
    application is approved already (or sends the new status without a history entry)
    does not approve it."""
    world = _world(server)
    officer = world.users["officer"]
    answers = {}
    app = _at(world, Status.UNDER_REVIEW)
    decision = {"outcome": "approved", "by": "officer1", "at": AT, "reason": ""}
    forged = {
        "status without history": ({"status": "approved", "decision": decision}, {}),
        "lying prev": (
            {"status": "approved", "decision": decision},
            {"status": "approved", "decision": decision},
        ),
        "history unchanged": (
            {"status": "approved", "history": app["history"], "decision": decision},
            {"status": "approved", "history": app["history"]},
        ),
    }
    for name, (changed, prev) in forged.items():
        m = officer.mutation(
            "application", app["id"], "update", base_version=1, changed=changed, prev=prev
        )
        answers[name] = _answer(officer, m)
    assert all(a.startswith("rejected:") for a in answers.values()), answers
    stored = [c for c in officer.pull()["changes"] if c["entity_id"] == app["id"]][-1]["data"]
    assert stored["status"] == "under_review"
    # nor does a create that starts decided, with no history to check
    lease = officer.lease("application", "2026", 5)
    person, decided = pair("approved", f"BAK1-2026-{lease['first']:07d}")
    decided["history"] = []
    results = officer.push(
        officer.mutation("person", person["id"], "create", changed=without_id(person)),
        officer.mutation("application", decided["id"], "create", changed=without_id(decided)),
    )
    assert (results[1]["status"], results[1]["code"]) == ("rejected", "role_not_allowed")


# --- every other mutating endpoint ---------------------------------------------------


def _http(response: Any) -> str:
    if response.status_code < 400:
        return f"http {response.status_code}"
    return f"http {response.status_code} {response.json()['code']}"


def _person(world: World) -> dict[str, Any]:
    person, _ = pair()
    assert (
        world.owner.push_one(
            world.owner.mutation("person", person["id"], "create", changed=without_id(person))
        )["status"]
        == "applied"
    )
    return person


def _conflict_id(world: World) -> str:
    person = _person(world)
    for phone in ("+994501111111", "+994502222222"):
        result = world.owner.push_one(
            world.owner.mutation(
                "person",
                person["id"],
                "update",
                base_version=1,
                changed={"phone": phone},
                prev={"phone": person["phone"]},
            )
        )
    assert result["status"] == "conflict", result
    return str(result["conflict_id"])


def _calls(world: World, role: str) -> dict[str, Any]:
    """Each mutating endpoint once, by the user of `role` on their own workstation."""
    s = world.users[role]
    app_number, card, card_lease = world.leased[s.workstation_id]
    center = "GNJ1" if role == "other_center" else "BAK1"
    person = _person(world)
    new_person, draft = pair("draft", f"{center}-2026-{app_number:07d}")
    draft = {**draft, "person_id": person["id"], "center_code": "BAK1"}
    owned_draft = _at(world, Status.DRAFT)
    approved = _at(world, Status.APPROVED)
    permit = {
        "application_id": approved["id"],
        "card_number": card_number("MYİ", card["first"]),
        "card_type": "TRP",
        "valid_from": "2026-06-02",
        "valid_until": "2027-06-01",
        "printed_at": AT,
        "printed_by": USERS[role],
        "workstation_id": s.workstation_id,
        "journal": [],
    }
    push = {
        "person.create": s.mutation(
            "person", new_person["id"], "create", changed=without_id(new_person)
        ),
        "person.update": s.mutation(
            "person",
            person["id"],
            "update",
            base_version=1,
            changed={"phone": "+994553334455"},
            prev={"phone": person["phone"]},
        ),
        "person.delete": s.mutation("person", _person(world)["id"], "delete"),
        "application.create": s.mutation(
            "application", draft["id"], "create", changed=without_id(draft)
        ),
        "application.update": s.mutation(
            "application",
            approved["id"],
            "update",
            base_version=1,
            changed={"assignee": USERS[role]},
            prev={"assignee": approved["assignee"]},
        ),
        "application.delete": s.mutation("application", owned_draft["id"], "delete"),
        "permit.create": s.mutation("permit", new_id(), "create", changed=permit),
        "conflict.resolve": s.mutation(
            "conflict", _conflict_id(world), "update", changed={"resolved": True}
        ),
    }
    answers: dict[str, Any] = {name: _answer(s, m) for name, m in push.items()}
    client = world.server.client
    upload = {**s.headers, "Upload-Offset": "0", "Upload-Length": str(len(DATA))}
    answers["leases.new"] = _http(s.post("/leases", {"kind": "card", "series": "MYİ", "size": 5}))
    answers["leases.void"] = _http(
        s.post("/leases/void", {"lease_id": card_lease, "numbers": [card["last"]]})
    )
    answers["attachments.upload"] = _http(
        client.patch(f"/api/v1/attachments/{SHA}", headers=upload, content=DATA)
    )
    answers["auth.refresh"] = _http(
        client.post(
            "/api/v1/auth/refresh",
            headers=HEADERS,
            json={"refresh_token": s.refresh_token, "workstation_id": s.workstation_id},
        )
    )
    answers["auth.login"] = _http(world.server.login_response(USERS[role], s.workstation_id))
    answers["auth.login elsewhere"] = _http(
        world.server.login_response(USERS[role], world.owner.workstation_id)
    )
    return answers


_RECORDS = (
    "person.create",
    "person.update",
    "person.delete",
    "application.create",
    "application.update",
    "application.delete",
    "permit.create",
    "conflict.resolve",
)
_OTHERS = ("leases.new", "leases.void", "attachments.upload", "auth.refresh", "auth.login")


def _expected_calls(role: str) -> dict[str, str]:
    if role == "disabled":
        answers = dict.fromkeys(_RECORDS + _OTHERS, "http 403 user_disabled")
        answers["auth.login elsewhere"] = "http 403 user_disabled"
        return answers
    answers = dict.fromkeys(_RECORDS, "applied")
    answers.update(dict.fromkeys(_OTHERS, "http 200"))
    answers["leases.void"] = "http 204"
    answers["auth.login elsewhere"] = "http 200"
    if role == "admin":
        answers.update(dict.fromkeys(_RECORDS, "rejected:role_not_allowed"))
    if role == "other_center":
        answers.update(
            {
                "person.create": "applied",  # a person of its own center
                "person.update": "rejected:not_found",
                "person.delete": "rejected:not_found",
                "application.create": "rejected:wrong_center",
                "application.update": "rejected:not_found",
                "application.delete": "rejected:not_found",
                "permit.create": "rejected:application_unknown",
                "conflict.resolve": "rejected:not_found",
                "auth.login elsewhere": "http 403 wrong_center",
            }
        )
    return answers


def test_every_mutating_endpoint_and_role(server: Harness) -> None:
    world = _world(server)
    actual = {role: _calls(world, role) for role in ROLES}
    expected = {role: _expected_calls(role) for role in ROLES}
    assert actual == expected
