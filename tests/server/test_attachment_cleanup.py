"""Partial attachment uploads older than `partial_upload_max_age` are deleted when the
server starts and whenever a new upload begins; finished ones and recent partial ones
stay."""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import func, select, update

from tests.server.harness import Harness, Session
from workstation.server.db import utc_now
from workstation.server.tables import AttachmentPartRow, AttachmentRow

MAX_AGE = 3600.0


def _upload(s: Session, data: bytes, upto: int) -> str:
    sha = hashlib.sha256(data).hexdigest()
    response = s.harness.client.patch(
        f"/api/v1/attachments/{sha}",
        headers={**s.headers, "Upload-Offset": "0", "Upload-Length": str(len(data))},
        content=data[:upto],
    )
    assert response.status_code == 200, response.text
    return sha


def _age(harness: Harness, sha: str, seconds: float) -> None:
    with harness.db.transaction() as session:
        session.execute(
            update(AttachmentRow)
            .where(AttachmentRow.sha256 == sha)
            .values(created_at=utc_now() - dt.timedelta(seconds=seconds))
        )


def _held(harness: Harness) -> tuple[set[str], int]:
    with harness.db.transaction() as session:
        hashes = set(session.scalars(select(AttachmentRow.sha256)))
        parts = session.scalar(select(func.count()).select_from(AttachmentPartRow)) or 0
    return hashes, parts


def _setup(harness: Harness) -> Session:
    harness.center()
    harness.user("officer1")
    return harness.station("officer1")


def test_a_new_upload_deletes_stale_partial_ones(db_url: str) -> None:
    harness = Harness(db_url, partial_upload_max_age=MAX_AGE)
    try:
        s = _setup(harness)
        stale = _upload(s, b"a" * 1000, 400)
        recent = _upload(s, b"b" * 1000, 400)
        finished = _upload(s, b"c" * 1000, 1000)
        for sha in (stale, finished):
            _age(harness, sha, MAX_AGE + 60)
        _age(harness, recent, MAX_AGE - 60)
        assert _held(harness) == ({stale, recent, finished}, 3)
        new = _upload(s, b"d" * 1000, 10)
        assert _held(harness) == ({recent, finished, new}, 3)
        gone = s.get(f"/attachments/{stale}/status")
        assert (gone.status_code, gone.json()["code"]) == (404, "attachment_unknown")
        assert s.get(f"/attachments/{finished}").content == b"c" * 1000
        # the workstation starts the stale one again from the beginning
        again = _upload(s, b"a" * 1000, 1000)
        assert s.get(f"/attachments/{again}/status").json()["complete"] is True
    finally:
        harness.close()


def test_the_server_start_deletes_stale_partial_ones(db_url: str) -> None:
    first = Harness(db_url, partial_upload_max_age=MAX_AGE)
    try:
        s = _setup(first)
        stale = _upload(s, b"a" * 1000, 400)
        recent = _upload(s, b"b" * 1000, 400)
        _age(first, stale, MAX_AGE + 60)
    finally:
        first.close()
    restarted = Harness(db_url, partial_upload_max_age=MAX_AGE)
    try:
        assert _held(restarted) == ({recent}, 1)
    finally:
        restarted.close()
