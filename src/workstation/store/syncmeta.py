"""Keys of the sync bookkeeping kept in the ``meta`` table, and typed access to them.

Writes go through the session of the caller's transaction: the pull cursor moves in the
same transaction as the page it covers."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from workstation.store.tables import MetaRow

WORKSTATION_ID_KEY = "workstation_id"
CENTER_CODE_KEY = "center_code"
CURSOR_KEY = "sync.pull_cursor"
EPOCH_KEY = "sync.server_epoch"
LAST_SYNC_KEY = "last_sync_at"
SERVER_URL_KEY = "sync.server_url"
USERNAME_KEY = "sync.username"
CARD_SERIES_KEY = "sync.card_series"


def get_meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return row.value if row is not None else None


def put_meta(session: Session, key: str, value: str) -> None:
    row = session.get(MetaRow, key)
    if row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value
    session.flush()


def pull_cursor(session: Session) -> int:
    value = get_meta(session, CURSOR_KEY)
    return int(value) if value else 0


def server_epoch(session: Session) -> str | None:
    return get_meta(session, EPOCH_KEY)


def card_series(session: Session) -> tuple[str, ...] | None:
    """The card series this workstation leases numbers of (recorded at enrolment); None
    when never recorded (a data folder enrolled before they were)."""
    value = get_meta(session, CARD_SERIES_KEY)
    return None if value is None else tuple(s for s in value.split(",") if s)


def put_card_series(session: Session, series: Iterable[str]) -> None:
    put_meta(session, CARD_SERIES_KEY, ",".join(series))
