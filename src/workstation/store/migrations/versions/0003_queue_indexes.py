"""Queue indexes for a million applications: every page, count and sort along one index.

- ``applicant_key``: the applicant's ``persons.name_key`` copied onto the application
  (filled here; the unit of work, the bulk import and the pull keep it current), so that
  sorting by applicant walks an index instead of sorting the whole table.
- The queue indexes start with ``deleted`` (queries say ``deleted IS 0``), then the
  filter columns, the sort key and ``id`` (the tie-break): no sort, no table reads for
  the ``deleted`` flag, counts served by the index alone. SQLite walks such an index for
  ``ASC NULLS LAST`` too (non-NULL keys first, then the NULLs). They replace the 0001
  indexes on (status, due_date), (service_code, status, due_date), (assignee, status),
  (received_at) and the counts index (deleted, status, service_code, assignee).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_NEW_INDEXES: dict[str, list[str]] = {
    "ix_applications_live_status_due": ["deleted", "status", "due_date", "id"],
    "ix_applications_live_service_status_due": [
        "deleted",
        "service_code",
        "status",
        "due_date",
        "id",
    ],
    "ix_applications_live_assignee_status": ["deleted", "assignee", "status"],
    "ix_applications_live_due": ["deleted", "due_date", "id"],
    "ix_applications_live_received_at": ["deleted", "received_at", "id"],
    "ix_applications_live_applicant": ["deleted", "applicant_key", "id"],
}
_OLD_INDEXES: dict[str, list[str]] = {
    "ix_applications_status_due_date": ["status", "due_date"],
    "ix_applications_service_code_status_due_date": ["service_code", "status", "due_date"],
    "ix_applications_assignee_status": ["assignee", "status"],
    "ix_applications_received_at": ["received_at"],
    "ix_applications_counts": ["deleted", "status", "service_code", "assignee"],
}


def upgrade() -> None:
    for name in _OLD_INDEXES:
        op.drop_index(name, table_name="applications")
    # Plain ALTER TABLE ADD COLUMN (not a batch copy of the table): SQLite adds it in place.
    op.add_column(
        "applications",
        sa.Column("applicant_key", sa.String(length=600), server_default="", nullable=False),
    )
    op.execute(
        "UPDATE applications SET applicant_key = "
        "(SELECT persons.name_key FROM persons WHERE persons.id = applications.person_id)"
    )
    for name, columns in _NEW_INDEXES.items():
        op.create_index(name, "applications", columns, unique=False)


def downgrade() -> None:
    for name in _NEW_INDEXES:
        op.drop_index(name, table_name="applications")
    op.execute("ALTER TABLE applications DROP COLUMN applicant_key")
    for name, columns in _OLD_INDEXES.items():
        op.create_index(name, "applications", columns, unique=False)
