"""Two queue indexes for a million applications (issue 7):

- An officer's own queue ("My work", the queue the desktop opens on: the open
  applications of one assignee, by due date): ``deleted``, the assignee, the due date and
  ``id`` (the sort), then the status, so that the several open statuses are filtered
  inside the index. The first lines are a short walk of it, the whole order one covering
  walk of the officer's applications; before, every application of the officer was read
  from the table and sorted (about 4 s to the first lines at 1,000,000 applications).
- ``search_rowid`` at the end of the received-at index: a search matching many
  applications (a common surname) walks it from the newest and keeps the matches without
  reading the table, stopping at the page's end, instead of looking up and sorting every
  match (tens of thousands: 274 ms at 1,000,000).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ASSIGNEE_DUE = "ix_applications_live_assignee_due"
RECEIVED_AT = "ix_applications_live_received_at"
_RECEIVED_AT_0007 = ["deleted", "received_at", "id", "status"]


def upgrade() -> None:
    op.create_index(
        ASSIGNEE_DUE, "applications", ["deleted", "assignee", "due_date", "id", "status"]
    )
    op.drop_index(RECEIVED_AT, table_name="applications")
    op.create_index(RECEIVED_AT, "applications", [*_RECEIVED_AT_0007, "search_rowid"])


def downgrade() -> None:
    op.drop_index(RECEIVED_AT, table_name="applications")
    op.create_index(RECEIVED_AT, "applications", _RECEIVED_AT_0007)
    op.drop_index(ASSIGNEE_DUE, table_name="applications")
