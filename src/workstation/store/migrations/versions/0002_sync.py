"""Sync bookkeeping: leased number blocks, voided numbers, conflicts ("Needs review"),
and pulled changes parked until the record they refer to arrives.

The pull cursor, server epoch, last sync time, server URL and user name are rows of
``meta`` (keys in `workstation.store.syncmeta`): no schema change for those.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "number_leases",
        sa.Column("lease_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("next", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("lease_id", name=op.f("pk_number_leases")),
    )
    with op.batch_alter_table("number_leases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_number_leases_kind_series_first", ["kind", "series", "first"], unique=False
        )
    op.create_table(
        "voided_numbers",
        sa.Column("lease_id", sa.String(length=64), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("voided_at", sa.String(length=32), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("lease_id", "number", name=op.f("pk_voided_numbers")),
    )
    op.create_table(
        "conflicts",
        sa.Column("conflict_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("workstation_id", sa.String(length=100), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("conflict_id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_resolved", ["resolved"], unique=False)
        batch_op.create_index(
            "ix_conflicts_entity_entity_id", ["entity", "entity_id"], unique=False
        )
    op.create_table(
        "parked_changes",
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_parked_changes")),
    )


def downgrade() -> None:
    op.drop_table("parked_changes")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_entity_entity_id")
        batch_op.drop_index("ix_conflicts_resolved")
    op.drop_table("conflicts")
    op.drop_table("voided_numbers")
    with op.batch_alter_table("number_leases", schema=None) as batch_op:
        batch_op.drop_index("ix_number_leases_kind_series_first")
    op.drop_table("number_leases")
