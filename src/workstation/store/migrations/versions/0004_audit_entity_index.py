"""An index on the audit trail by entity: the application detail page reads the history
of one application (``WHERE entity = ? AND entity_id = ? ORDER BY seq``), which without it
scans the whole trail (millions of events on a busy desk).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_events_entity", "audit_events", ["entity", "entity_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_entity", table_name="audit_events")
