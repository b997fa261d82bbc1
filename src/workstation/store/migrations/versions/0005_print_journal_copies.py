"""The print journal records how many copies were printed and, for a reprint, the
supervisor who authorised it (issue 5, desktop printing).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_journal", schema=None) as batch_op:
        batch_op.add_column(sa.Column("copies", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("approved_by", sa.String(length=100), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("print_journal", schema=None) as batch_op:
        batch_op.drop_column("approved_by")
        batch_op.drop_column("copies")
