"""When (and by whom) an application's card was printed and handed over, as columns, and
indexes for the dashboard and the period reports (issue 8).

- ``printed_at``/``printed_by`` and ``issued_at``/``issued_by``: the first step of the
  application's history into ``card_printed`` and into ``issued``. SQLite triggers fill
  them from ``history`` on every insert and on every change of ``history``, whoever
  writes the row (the unit of work, the bulk import, a pulled change, plain SQL), so no
  writer has to know about them; existing rows are filled here.
- One index per event (received, decided, printed, issued): ``deleted``, the instant,
  then what the dashboard groups by (center, service, who; the outcome of a decision).
  A period's counts are one range walk of one index with no table reads.
- Open applications in the order they are grouped by (status, center, service, assignee),
  then the due date: overdue and due-soon counts stream from the index alone, no sort.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

INDEXES: dict[str, list[str]] = {
    "ix_applications_stats_received": [
        "deleted",
        "received_at",
        "center_code",
        "service_code",
        "received_by",
    ],
    "ix_applications_stats_decided": [
        "deleted",
        "decision_at",
        "center_code",
        "service_code",
        "decision_by",
        "decision_outcome",
    ],
    "ix_applications_stats_printed": [
        "deleted",
        "printed_at",
        "center_code",
        "service_code",
        "printed_by",
    ],
    "ix_applications_stats_issued": [
        "deleted",
        "issued_at",
        "center_code",
        "service_code",
        "issued_by",
    ],
    "ix_applications_stats_open": [
        "deleted",
        "status",
        "center_code",
        "service_code",
        "assignee",
        "due_date",
    ],
}


def _step(row: str, target: str, key: str) -> str:
    """The `key` ('at' or 'by') of `row`'s first history step into `target`."""
    return (
        f"(SELECT json_extract(step.value, '$.{key}') FROM json_each({row}.history) AS step "
        f"WHERE json_extract(step.value, '$.to') = '{target}' ORDER BY step.key LIMIT 1)"
    )


def _set(row: str) -> str:
    return (
        f"UPDATE applications SET printed_at = {_step(row, 'card_printed', 'at')}, "
        f"printed_by = coalesce({_step(row, 'card_printed', 'by')}, ''), "
        f"issued_at = {_step(row, 'issued', 'at')}, "
        f"issued_by = coalesce({_step(row, 'issued', 'by')}, '')"
    )


def _may_hold(row: str) -> str:
    """Only histories that can hold such a step are parsed (a cheap text test first)."""
    return f"({row}.history LIKE '%card_printed%' OR {row}.history LIKE '%issued%')"


_FILL = f"{_set('NEW')} WHERE rowid = NEW.rowid;"
_MAY_HOLD = _may_hold("NEW")
TRIGGERS = {
    "applications_milestones_insert": (
        f"CREATE TRIGGER applications_milestones_insert AFTER INSERT ON applications "
        f"WHEN {_MAY_HOLD} BEGIN {_FILL} END"
    ),
    "applications_milestones_update": (
        "CREATE TRIGGER applications_milestones_update AFTER UPDATE OF history "
        "ON applications WHEN NEW.history IS NOT OLD.history AND "
        f"({_MAY_HOLD} OR OLD.printed_at IS NOT NULL OR OLD.issued_at IS NOT NULL) "
        f"BEGIN {_FILL} END"
    ),
}


def upgrade() -> None:
    op.add_column("applications", sa.Column("printed_at", sa.String(length=32), nullable=True))
    op.add_column(
        "applications",
        sa.Column("printed_by", sa.String(length=100), server_default="", nullable=False),
    )
    op.add_column("applications", sa.Column("issued_at", sa.String(length=32), nullable=True))
    op.add_column(
        "applications",
        sa.Column("issued_by", sa.String(length=100), server_default="", nullable=False),
    )
    for sql in TRIGGERS.values():
        op.execute(sql)
    # The rows already there.
    op.execute(f"{_set('applications')} WHERE {_may_hold('applications')}")
    for name, columns in INDEXES.items():
        op.create_index(name, "applications", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="applications")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    for column in ("issued_by", "issued_at", "printed_by", "printed_at"):
        op.execute(f"ALTER TABLE applications DROP COLUMN {column}")
