"""The server's audit trail: what it records (no personal data), `workstation admin
audit-verify` catching an edited, deleted, inserted or moved event and naming the first
bad one, and a chain that stays linear while several processes append to it."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import subprocess
import sys

import pytest
from sqlalchemy import delete, select, update

from tests.server.harness import Harness
from tests.server.records import pair, without_id
from workstation.domain.ids import new_id
from workstation.protocol.v1 import Mutation, PushRequest
from workstation.server import admin, audit, sync
from workstation.server.config import ServerConfig
from workstation.server.context import Account, ServerState
from workstation.server.db import Database
from workstation.server.tables import AuditEventRow

WORKSTATION = [sys.executable, "-m", "workstation"]


def _audit_verify(url: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [*WORKSTATION, "admin", "--database", url, "audit-verify"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def _events(db: Database) -> list[AuditEventRow]:
    with db.transaction() as session:
        return list(session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)))


@pytest.fixture
def busy(server: Harness, center: str) -> Harness:
    """A server with a few of every kind of event: admin actions, enrolment, logins (one
    failed), a lease, pushed records."""
    officer = server.station("officer1")
    server.login_response("officer1", officer.workstation_id, password="wrong password")
    officer.lease("application", "2026", 10)
    person, app = pair("received", "BAK1-2026-0000001")
    results = officer.push(
        officer.mutation("person", person["id"], "create", changed=without_id(person)),
        officer.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert [r["status"] for r in results] == ["applied", "applied"]
    scan = b"scan of a passport page"
    upload = {**officer.headers, "Upload-Offset": "0", "Upload-Length": str(len(scan))}
    sha = hashlib.sha256(scan).hexdigest()
    response = server.client.patch(f"/api/v1/attachments/{sha}", headers=upload, content=scan)
    assert response.json()["complete"] is True
    return server


def test_every_kind_of_action_is_audited_without_personal_data(busy: Harness) -> None:
    events = _events(busy.db)
    actions = [e.action for e in events]
    for action in (
        "center.create",
        "user.create",
        "enrol_code.create",
        "workstation.enrol",
        "user.login",
        "user.login_failed",
        "lease.allocate",
        "person.create",
        "application.create",
        "attachment.store",
    ):
        assert action in actions, actions
    login = next(e for e in events if e.action == "user.login")
    assert (login.actor, login.entity, login.entity_id) == ("officer1", "user", "officer1")
    assert login.workstation_id
    assert login.at is not None
    exported = admin.export(busy.db).decode("utf-8")
    person_id = next(e.entity_id for e in events if e.action == "person.create")
    assert person_id in exported
    text = " ".join(
        f"{e.actor} {e.workstation_id} {e.action} {e.entity} {e.entity_id}" for e in events
    )

    person = json.loads(exported)["persons"][0]
    for value in (person["surname"], person["given_names"], person["document"]["number"]):
        assert value
        assert value not in text


def test_an_intact_chain_verifies(busy: Harness) -> None:
    result = _audit_verify(busy.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"audit chain intact: {len(_events(busy.db))} events"


def _tamper(db: Database, how: str) -> int:
    """Tamper with the chain as someone with write access to the database would; the seq
    of the first event that is now bad."""
    events = _events(db)
    assert len(events) >= 8
    with db.transaction() as session:
        if how == "edited":
            session.execute(
                update(AuditEventRow).where(AuditEventRow.seq == 4).values(actor="somebody")
            )
            return 4
        if how == "edited, hash recomputed":
            row = session.get(AuditEventRow, 4)
            assert row is not None
            row.actor = "somebody"
            row.hash = audit.event_hash(row)
            return 5  # its own hash fits; the next one no longer links to it
        if how == "deleted":
            session.execute(delete(AuditEventRow).where(AuditEventRow.seq == 5))
            return 5
        if how == "deleted at the end":
            session.execute(delete(AuditEventRow).where(AuditEventRow.seq == len(events)))
            return len(events)
        if how == "inserted":
            session.execute(delete(AuditEventRow).where(AuditEventRow.seq == len(events)))
            session.flush()
            for seq in range(len(events) - 1, 5, -1):  # make room at 6
                session.execute(
                    update(AuditEventRow).where(AuditEventRow.seq == seq).values(seq=seq + 1)
                )
                session.flush()
            forged = AuditEventRow(
                seq=6,
                at=events[5].at,
                actor="admin",
                workstation_id="",
                action="user.create",
                entity="user",
                entity_id="intruder",
                prev_hash=events[4].hash,
            )
            forged.hash = audit.event_hash(forged)
            session.add(forged)
            return 7  # the forged one links; the one after it does not
        if how == "appended":
            last = events[-1]
            forged = AuditEventRow(
                seq=last.seq + 1,
                at=last.at,
                actor="admin",
                workstation_id="",
                action="user.create",
                entity="user",
                entity_id="intruder",
                prev_hash=last.hash,
            )
            forged.hash = audit.event_hash(forged)
            session.add(forged)
            return last.seq + 1
        if how == "reordered":
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(seq=-3))
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == 6).values(seq=3))
            session.execute(update(AuditEventRow).where(AuditEventRow.seq == -3).values(seq=6))
            return 3
    raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    [
        "edited",
        "edited, hash recomputed",
        "deleted",
        "deleted at the end",
        "inserted",
        "appended",
        "reordered",
    ],
)
def test_audit_verify_catches_tampering(busy: Harness, how: str) -> None:
    first_bad = _tamper(busy.db, how)
    result = _audit_verify(busy.url)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    line = result.stderr.strip()
    assert "\n" not in line
    assert line.startswith(f"workstation admin: the audit chain is broken at event {first_bad}")
    with busy.db.snapshot() as session:
        report = audit.check_chain(session)
    assert report.first_bad is not None
    assert report.first_bad.seq == first_bad


def _append_events(url: str, worker: int, count: int, workstation_id: str) -> None:
    """Even workers run admin commands (one event each, numbered by ``UPDATE …
    RETURNING``); odd ones push batches of person creates through the server's push
    (the batch numbers its events in memory under the counters' lock)."""
    db = Database.open(url)
    try:
        if worker % 2 == 0:
            for i in range(count):
                admin.create_center(db, f"W{worker}X{i}", f"center {worker}/{i}")
            return
        state = ServerState(
            config=ServerConfig(database_url=url), db=db, secret=b"s", epoch=db.epoch()
        )
        caller = Account("officer1", "officer", "BAK1", workstation_id, "BAK1")
        for i in range(0, count, 5):
            mutations = []
            for j in range(min(5, count - i)):
                person, _ = pair()
                mutations.append(
                    Mutation(
                        mutation_id=new_id(),
                        client_seq=i + j + 1,
                        entity="person",
                        entity_id=person["id"],
                        op="create",
                        base_version=0,
                        changed=without_id(person),
                    )
                )
            results = sync.push(state, caller, PushRequest(mutations=mutations)).results
            assert {r.status for r in results} == {"applied"}, results
    finally:
        db.dispose()


def test_the_chain_stays_linear_with_several_writing_processes(server: Harness) -> None:
    """Four processes append at once, two of them through push batches; the chain has
    every event once, in one line, and verifies."""
    server.center("BAK1")
    server.user("officer1")
    workstation_id = server.enrol()
    before = len(_events(server.db))
    workers, each = 4, 15
    ctx = multiprocessing.get_context("spawn")
    processes = [
        ctx.Process(target=_append_events, args=(server.url, w, each, workstation_id))
        for w in range(workers)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join(timeout=300)
        assert p.exitcode == 0
    with server.db.snapshot() as session:
        report = audit.check_chain(session)
    total = before + workers * each
    assert report == audit.ChainReport(total, None)
    events = _events(server.db)
    assert [e.seq for e in events] == list(range(1, total + 1))
    assert sum(e.action == "person.create" for e in events) == 2 * each
