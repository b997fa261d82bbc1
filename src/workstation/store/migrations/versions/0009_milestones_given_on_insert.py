"""An inserted application whose writer gives its milestones is not parsed again (issue 7).

Migration 0006's insert trigger fills ``printed_at``/``printed_by`` and
``issued_at``/``issued_by`` from ``history`` after every insert whose history may hold
such a step: an UPDATE of the new row with four ``json_each`` walks of its history, and
the row and two of its indexes written a second time. In a pull of 100,000 applications
that was about half of the cost of inserting them. The bulk writers (`bulk_rows`:
pulled pages, the bulk import) now compute the same values from the history they are
writing and insert them with the row; the trigger fires only when the row comes without
them (``printed_at`` and ``issued_at`` both NULL), which is every insert by the other
writers, none of which names these columns. So the trigger still fills every row whose
writer does not; a row whose history holds neither step has both NULL and is handled by
the trigger as before. The update trigger is unchanged.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

NAME = "applications_milestones_insert"
_FILL = (
    "UPDATE applications SET "
    "printed_at = (SELECT json_extract(step.value, '$.at') FROM json_each(NEW.history) AS step "
    "WHERE json_extract(step.value, '$.to') = 'card_printed' ORDER BY step.key LIMIT 1), "
    "printed_by = coalesce((SELECT json_extract(step.value, '$.by') "
    "FROM json_each(NEW.history) AS step "
    "WHERE json_extract(step.value, '$.to') = 'card_printed' ORDER BY step.key LIMIT 1), ''), "
    "issued_at = (SELECT json_extract(step.value, '$.at') FROM json_each(NEW.history) AS step "
    "WHERE json_extract(step.value, '$.to') = 'issued' ORDER BY step.key LIMIT 1), "
    "issued_by = coalesce((SELECT json_extract(step.value, '$.by') "
    "FROM json_each(NEW.history) AS step "
    "WHERE json_extract(step.value, '$.to') = 'issued' ORDER BY step.key LIMIT 1), '') "
    "WHERE rowid = NEW.rowid;"
)
_MAY_HOLD = "(NEW.history LIKE '%card_printed%' OR NEW.history LIKE '%issued%')"
TRIGGER_0006 = (
    f"CREATE TRIGGER {NAME} AFTER INSERT ON applications WHEN {_MAY_HOLD} BEGIN {_FILL} END"
)
TRIGGER = (
    f"CREATE TRIGGER {NAME} AFTER INSERT ON applications "
    f"WHEN NEW.printed_at IS NULL AND NEW.issued_at IS NULL AND {_MAY_HOLD} "
    f"BEGIN {_FILL} END"
)


def upgrade() -> None:
    op.execute(f"DROP TRIGGER {NAME}")
    op.execute(TRIGGER)


def downgrade() -> None:
    op.execute(f"DROP TRIGGER {NAME}")
    op.execute(TRIGGER_0006)
