"""`seeding.import_batch` (the demo's and the benchmark's data) numbers its records in
memory under the counters' lock: every record gets its own pull sequence number, the
counters are stored, the audit chain stays whole, and later pushes go on after them."""

from __future__ import annotations

import datetime as dt

from tests.server.harness import Harness
from tests.server.records import pair, without_id
from workstation.domain.catalogue import load_catalogue
from workstation.domain.interchange import Batch
from workstation.samples.generator import generate
from workstation.server import audit, counters, seeding


def test_import_numbers_every_record_and_later_pushes_go_on(server: Harness, center: str) -> None:
    data = generate(20, 3, load_catalogue(), center=center, today=dt.date(2026, 6, 1))
    count = seeding.import_batch(server.db, center, Batch(data.persons, data.applications))
    with server.db.transaction() as session:
        assert counters.current_seq(session) == count
        assert audit.verify(session) is None
    s = server.station("officer1")
    seqs = [c["seq"] for c in s.pull(limit=1000)["changes"]]
    assert sorted(seqs) == list(range(1, count + 1))
    s.lease("application", "2026", 10)
    person, _ = pair("received")
    result = s.push_one(s.mutation("person", person["id"], "create", changed=without_id(person)))
    assert result["status"] == "applied"
    assert s.pull(since=count)["changes"][0]["seq"] == count + 1
