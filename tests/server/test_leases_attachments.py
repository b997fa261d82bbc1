"""Number leases (never overlapping, voided numbers never accepted) and resumable,
hash-checked attachment uploads."""

from __future__ import annotations

import hashlib
import itertools
from concurrent.futures import ThreadPoolExecutor

from tests.server.harness import Harness, Session
from tests.server.records import pair, without_id


def test_leases_never_overlap_across_workstations(server: Harness, center: str) -> None:
    stations = [server.station("officer1") for _ in range(3)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        futures = [
            pool.submit(s.lease, "application", "2026", 7) for s in stations for _ in range(4)
        ]
        leases = [f.result() for f in futures]
    ranges = sorted((lease["first"], lease["last"]) for lease in leases)
    for (_, last), (first, _) in itertools.pairwise(ranges):
        assert first > last
    assert ranges[0][0] == 1
    assert ranges[-1][1] == 12 * 7
    card = stations[0].lease("card", "MYİ", 5)
    assert (card["first"], card["last"], card["series"]) == (1, 5, "MYİ")
    mine = stations[0].get("/leases").json()["leases"]
    assert len(mine) == 5


def test_bad_series_is_refused(server: Harness, center: str) -> None:
    s = server.station("officer1")
    for body in (
        {"kind": "application", "series": "26", "size": 5},
        {"kind": "card", "series": "x1", "size": 5},
    ):
        response = s.post("/leases", body)
        assert response.status_code == 422
        assert response.json()["code"] == "series_invalid"


def test_voided_numbers_are_never_accepted(server: Harness, center: str) -> None:
    s = server.station("officer1")
    lease = s.lease("application", "2026", 10)
    response = s.post("/leases/void", {"lease_id": lease["lease_id"], "numbers": [3, 4]})
    assert response.status_code == 204
    outside = s.post("/leases/void", {"lease_id": lease["lease_id"], "numbers": [11]})
    assert outside.status_code == 422
    person, app = pair("received", "BAK1-2026-0000003")
    results = s.push(
        s.mutation("person", person["id"], "create", changed=without_id(person)),
        s.mutation("application", app["id"], "create", changed=without_id(app)),
    )
    assert results[1]["code"] == "number_voided"


def _patch(s: Session, sha: str, offset: int, length: int, data: bytes) -> object:
    return s.harness.client.patch(
        f"/api/v1/attachments/{sha}",
        headers={**s.headers, "Upload-Offset": str(offset), "Upload-Length": str(length)},
        content=data,
    )


def test_resumable_upload(server: Harness, center: str) -> None:
    s = server.station("officer1")
    data = bytes(range(256)) * 1000
    sha = hashlib.sha256(data).hexdigest()
    assert s.get(f"/attachments/{sha}/status").json()["code"] == "attachment_unknown"
    first = _patch(s, sha, 0, len(data), data[:100_000])
    assert first.status_code == 200  # type: ignore[attr-defined]
    assert first.json() == {
        "sha256": sha,
        "size": len(data),
        "received": 100_000,
        "complete": False,
    }  # type: ignore[attr-defined]
    # the connection was cut: the client asks where to go on, and a wrong offset is refused
    assert s.get(f"/attachments/{sha}/status").json()["received"] == 100_000
    wrong = _patch(s, sha, 50_000, len(data), data[50_000:])
    assert wrong.status_code == 409  # type: ignore[attr-defined]
    assert wrong.json()["details"]["offset"] == 100_000  # type: ignore[attr-defined]
    rest = _patch(s, sha, 100_000, len(data), data[100_000:])
    assert rest.json()["complete"] is True  # type: ignore[attr-defined]
    again = _patch(s, sha, 0, len(data), data)  # idempotent by hash
    assert again.json()["complete"] is True  # type: ignore[attr-defined]
    download = s.get(f"/attachments/{sha}")
    assert download.content == data


def test_hash_mismatch_discards_the_upload(server: Harness, center: str) -> None:
    s = server.station("officer1")
    data = b"not what the hash says"
    sha = hashlib.sha256(b"something else").hexdigest()
    response = _patch(s, sha, 0, len(data), data)
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert response.json()["code"] == "hash_mismatch"  # type: ignore[attr-defined]
    assert s.get(f"/attachments/{sha}/status").status_code == 404
    assert s.get(f"/attachments/{sha}").status_code == 404
    assert s.get("/attachments/NOTAHASH/status").status_code == 422
