"""The pull sequence on PostgreSQL: a change that commits late is never skipped.

T1 takes a sequence number and keeps its transaction open; T2 then asks for the next
number and must wait for T1's commit (the counter row's lock), so sequence order is
commit order. A pull taken in between sees neither, and no cursor can pass T1's change.
"""

from __future__ import annotations

import threading
import time

from tests.server.databases import waiting_on_a_lock
from tests.server.harness import Harness
from workstation.server import records
from workstation.server.db import Database


def _write(db: Database, entity_id: str, took: threading.Event, go: threading.Event) -> None:
    with db.transaction() as session:
        records.write(
            session, "person", entity_id, {"id": entity_id}, center_code="BAK1", existing=None
        )
        took.set()
        assert go.wait(20)


def test_overlapping_transactions_never_skip_a_change(pg_server: Harness) -> None:
    session = pg_server.station("officer1")
    db = pg_server.db
    t1_took, t1_go = threading.Event(), threading.Event()
    t2_took, t2_go = threading.Event(), threading.Event()
    t1 = threading.Thread(target=_write, args=(db, "late", t1_took, t1_go))
    t2 = threading.Thread(target=_write, args=(db, "early", t2_took, t2_go))
    t1.start()
    assert t1_took.wait(10)
    t2.start()
    deadline = time.monotonic() + 10
    while not waiting_on_a_lock(db.engine):
        assert time.monotonic() < deadline, "T2 should wait for T1's lock on the counter"
        time.sleep(0.05)
    assert not t2_took.is_set()
    before = session.pull()
    assert before["changes"] == []
    assert before["cursor"] == 0

    t1_go.set()  # T1 commits; only now does T2 get its number
    t1.join(10)
    assert t2_took.wait(10)
    middle = session.pull(before["cursor"])
    assert [(c["entity_id"], c["seq"]) for c in middle["changes"]] == [("late", 1)]

    t2_go.set()
    t2.join(10)
    after = session.pull(middle["cursor"])
    assert [(c["entity_id"], c["seq"]) for c in after["changes"]] == [("early", 2)]
    everything = session.pull(0)
    assert [c["entity_id"] for c in everything["changes"]] == ["late", "early"]
