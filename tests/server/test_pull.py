"""Pull: center scope, sequence order, pages and the cursor, the epoch."""

from __future__ import annotations

from tests.server.harness import Harness
from tests.server.records import pair, without_id


def test_pages_and_cursor(server: Harness, center: str) -> None:
    s = server.station("officer1")
    ids = []
    for _ in range(7):
        person, _ = pair()
        ids.append(person["id"])
        assert (
            s.push_one(s.mutation("person", person["id"], "create", changed=without_id(person)))[
                "status"
            ]
            == "applied"
        )
    seen: list[str] = []
    since, pages = 0, 0
    while True:
        page = s.pull(since, limit=3)
        pages += 1
        seqs = [c["seq"] for c in page["changes"]]
        assert seqs == sorted(seqs)
        assert all(seq > since for seq in seqs)
        seen += [c["entity_id"] for c in page["changes"]]
        assert page["cursor"] == (seqs[-1] if seqs else since)
        since = page["cursor"]
        if not page["has_more"]:
            break
    assert seen == ids
    assert pages == 3
    empty = s.pull(since)
    assert (empty["changes"], empty["cursor"], empty["has_more"]) == ([], since, False)
    assert empty["epoch"] == page["epoch"]
    assert s.get("/sync/pull", params={"limit": 1001}).status_code == 422


def test_an_updated_record_moves_to_its_latest_seq(server: Harness, center: str) -> None:
    s = server.station("officer1")
    person, _ = pair()
    s.push_one(s.mutation("person", person["id"], "create", changed=without_id(person)))
    cursor = s.pull()["cursor"]
    s.push_one(
        s.mutation(
            "person",
            person["id"],
            "update",
            base_version=1,
            changed={"phone": "+994501112233"},
            prev={"phone": person["phone"]},
        )
    )
    page = s.pull()
    assert len(page["changes"]) == 1
    assert page["changes"][0]["seq"] > cursor
    assert page["changes"][0]["version"] == 2


def test_pull_is_scoped_to_the_center(server: Harness, center: str) -> None:
    server.center("GNC1")
    server.user("ganja1", center="GNC1")
    baku = server.station("officer1")
    ganja = server.station("ganja1", "GNC1")
    person, _ = pair()
    baku.push_one(baku.mutation("person", person["id"], "create", changed=without_id(person)))
    assert ganja.pull()["changes"] == []
    assert len(baku.pull()["changes"]) == 1
    # and another center's record cannot be updated from here
    result = ganja.push_one(
        ganja.mutation("person", person["id"], "update", base_version=1, changed={"phone": "1"})
    )
    assert result["code"] == "not_found"


def test_small_pages_walk_records_of_every_table_and_conflicts_in_seq_order(
    server: Harness, center: str
) -> None:
    """The page query merges the record tables and the conflicts: every change once, in
    seq order, the records' data exactly as pushed (non-ASCII text, nested values)."""
    officer = server.station("officer1")
    supervisor = server.station("super1")
    officer.lease("application", "2026", 10)
    person, app = pair("under_review", "BAK1-2026-0000003")
    person["surname"] = "Əliyev-Şükürov"
    create = [
        officer.mutation("person", person["id"], "create", changed=without_id(person)),
        officer.mutation("application", app["id"], "create", changed=without_id(app)),
    ]
    assert [r["status"] for r in officer.push(*create)] == ["applied", "applied"]
    stale = {"assignee": app["assignee"]}
    assert (
        officer.push_one(
            officer.mutation(
                "application",
                app["id"],
                "update",
                base_version=1,
                changed={"assignee": "officer1"},
                prev=stale,
            )
        )["status"]
        == "applied"
    )
    assert (
        supervisor.push_one(
            supervisor.mutation(
                "application",
                app["id"],
                "update",
                base_version=1,
                changed={"assignee": "super1"},
                prev=stale,
            )
        )["status"]
        == "conflict"
    )
    other, _ = pair()
    officer.push_one(officer.mutation("person", other["id"], "create", changed=without_id(other)))
    everything = officer.pull()["changes"]
    assert [c["entity"] for c in everything] == ["person", "application", "conflict", "person"]
    assert [c["seq"] for c in everything] == sorted(c["seq"] for c in everything)
    walked: list[dict[str, object]] = []
    since = 0
    while True:
        page = officer.pull(since, limit=1)
        walked += page["changes"]
        since = page["cursor"]
        if not page["has_more"]:
            break
    assert walked == everything
    assert everything[0]["data"] == person
    assert everything[1]["data"]["assignee"] == "officer1"
    assert everything[1]["data"]["checklist"] == app["checklist"]
    assert everything[1]["version"] == 2
    assert everything[1]["deleted"] is False


def test_a_change_is_written_by_the_database_as_the_same_json(server: Harness, center: str) -> None:
    """The JSON text of a pulled record's change is put together by the database (its
    id quoted by it, its data as stored): an id that JSON must escape, text beyond
    ASCII and a deleted flag come back as they went."""
    s = server.station("officer1")
    person, _ = pair()
    odd_id = 'id "quoted" \\ back/slash\ttab ə'
    person = {**person, "address": 'Bakı, Nizami küç. "5" \\ ə', "id": odd_id}
    result = s.push_one(s.mutation("person", odd_id, "create", changed=without_id(person)))
    assert result["status"] == "applied", result["reason"]
    (change,) = s.pull()["changes"]
    assert change["entity_id"] == odd_id
    assert change["data"]["address"] == 'Bakı, Nizami küç. "5" \\ ə'
    assert (change["entity"], change["version"], change["deleted"]) == ("person", 1, False)
    assert change["data"]["id"] == odd_id
    deleted = s.push_one(s.mutation("person", odd_id, "delete", base_version=1))
    assert deleted["status"] == "applied", deleted
    (change,) = s.pull(change["seq"])["changes"]
    assert (change["entity_id"], change["version"], change["deleted"]) == (odd_id, 2, True)
