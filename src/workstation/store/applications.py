"""Looking up applications in the local database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workstation.domain.model import Application, ChecklistItem
from workstation.store.errors import NotFound
from workstation.store.mapping import application_from_row
from workstation.store.tables import ApplicationRow, ChecklistItemRow

_LIVE = ApplicationRow.deleted.is_(False)
_CHUNK = 500
_WHOLE_TABLE = 20_000


class ApplicationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def load(self, rows: Sequence[ApplicationRow]) -> list[Application]:
        """Domain applications for `rows`, with their checklists (one query per 500)."""
        items: dict[str, list[ChecklistItem]] = defaultdict(list)
        ids = [row.id for row in rows]
        if len(ids) > _WHOLE_TABLE:  # an export: one pass over the table is cheaper
            self._checklists(items, None)
        else:
            for start in range(0, len(ids), _CHUNK):
                self._checklists(items, ids[start : start + _CHUNK])
        return [application_from_row(row, items.get(row.id, [])) for row in rows]

    def _checklists(self, into: dict[str, list[ChecklistItem]], ids: list[str] | None) -> None:
        c = ChecklistItemRow
        query = select(c.application_id, c.code, c.received, c.attachment_sha256, c.note)
        if ids is not None:
            query = query.where(c.application_id.in_(ids))
        for app_id, code, received, sha, note in self.session.execute(
            query.order_by(c.application_id, c.position)
        ):
            into[app_id].append(ChecklistItem(code, bool(received), sha, note))

    def find(self, application_id: str) -> Application | None:
        row = self.session.get(ApplicationRow, application_id)
        if row is None or row.deleted:
            return None
        return self.load([row])[0]

    def get(self, application_id: str) -> Application:
        app = self.find(application_id)
        if app is None:
            raise NotFound("application", application_id)
        return app

    def by_number(self, number: str) -> Application | None:
        number = number.strip().upper()
        if not number:
            return None
        row = self.session.scalar(
            select(ApplicationRow).where(ApplicationRow.number == number, _LIVE)
        )
        return self.load([row])[0] if row is not None else None

    def for_person(self, person_id: str) -> list[Application]:
        rows = self.session.scalars(
            select(ApplicationRow)
            .where(ApplicationRow.person_id == person_id, _LIVE)
            .order_by(ApplicationRow.received_at, ApplicationRow.id)
        ).all()
        return self.load(rows)

    def sync_state(self, application_id: str) -> str | None:
        return self.session.scalar(
            select(ApplicationRow.sync_state).where(ApplicationRow.id == application_id)
        )

    def count(self) -> int:
        return int(
            self.session.scalar(select(func.count()).select_from(ApplicationRow).where(_LIVE)) or 0
        )


def set_applicant_key(session: Session, person_id: str, name_key: str) -> None:
    """Copy a person's new ``name_key`` onto their applications (the queue's sort key)."""
    session.execute(
        update(ApplicationRow)
        .where(ApplicationRow.person_id == person_id, ApplicationRow.applicant_key != name_key)
        .values(applicant_key=name_key)
    )
