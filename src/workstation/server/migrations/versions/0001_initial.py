"""Initial schema of the central server, with its counters, epoch and token secret.

Revision ID: 0001
Revises:
Create Date: 2026-11-28 17:03:51.012594
"""

from __future__ import annotations

import secrets
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("service_code", sa.String(length=32), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint("seq", name=op.f("uq_applications_seq")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_applications_center_code"), ["center_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_number"), ["number"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_applications_service_code"), ["service_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_status"), ["status"], unique=False)

    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
    )
    op.create_table(
        "centers",
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_centers")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("entity", sa.String(length=16), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
        sa.UniqueConstraint("seq", name=op.f("uq_conflicts_seq")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_center_code"), ["center_code"], unique=False)
        batch_op.create_index("ix_conflicts_open", ["center_code", "resolved"], unique=False)

    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "lease_counters",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("next_value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "series", name=op.f("pk_lease_counters")),
    )
    op.create_table(
        "mutations",
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("mutation_id", sa.String(length=64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("workstation_id", "mutation_id", name=op.f("pk_mutations")),
    )
    op.create_table(
        "permits",
        sa.Column("card_number", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permits")),
        sa.UniqueConstraint("seq", name=op.f("uq_permits_seq")),
    )
    with op.batch_alter_table("permits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_permits_card_number"), ["card_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_permits_center_code"), ["center_code"], unique=False)

    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("seq", name=op.f("uq_persons_seq")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_center_code"), ["center_code"], unique=False)

    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_meta")),
    )
    op.create_table(
        "attachment_parts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachments.sha256"],
            name=op.f("fk_attachment_parts_sha256_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "offset", name=op.f("pk_attachment_parts")),
    )
    op.create_table(
        "enrol_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("workstation_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_enrol_codes_center_code_centers")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_enrol_codes")),
    )
    op.create_table(
        "users",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_users_center_code_centers")
        ),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_users")),
    )
    op.create_table(
        "workstations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("center_code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["center_code"], ["centers.code"], name=op.f("fk_workstations_center_code_centers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workstations")),
    )
    op.create_table(
        "leases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("first", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workstation_id"],
            ["workstations.id"],
            name=op.f("fk_leases_workstation_id_workstations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leases")),
        sa.UniqueConstraint("kind", "series", "first", name=op.f("uq_leases_kind")),
    )
    with op.batch_alter_table("leases", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_leases_workstation_id"), ["workstation_id"], unique=False
        )

    op.create_table(
        "refresh_tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["username"], ["users.username"], name=op.f("fk_refresh_tokens_username_users")
        ),
        sa.ForeignKeyConstraint(
            ["workstation_id"],
            ["workstations.id"],
            name=op.f("fk_refresh_tokens_workstation_id_workstations"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_refresh_tokens")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_tokens_username"), ["username"], unique=False)

    op.create_table(
        "voided_numbers",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("series", sa.String(length=8), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("lease_id", sa.String(length=36), nullable=False),
        sa.Column("voided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["lease_id"], ["leases.id"], name=op.f("fk_voided_numbers_lease_id_leases")
        ),
        sa.PrimaryKeyConstraint("kind", "series", "number", name=op.f("pk_voided_numbers")),
    )
    _seed()


def downgrade() -> None:
    op.drop_table("voided_numbers")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_username"))

    op.drop_table("refresh_tokens")
    with op.batch_alter_table("leases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leases_workstation_id"))

    op.drop_table("leases")
    op.drop_table("workstations")
    op.drop_table("users")
    op.drop_table("enrol_codes")
    op.drop_table("attachment_parts")
    op.drop_table("server_meta")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_center_code"))

    op.drop_table("persons")
    with op.batch_alter_table("permits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_permits_center_code"))
        batch_op.drop_index(batch_op.f("ix_permits_card_number"))

    op.drop_table("permits")
    op.drop_table("mutations")
    op.drop_table("lease_counters")
    op.drop_table("counters")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_open")
        batch_op.drop_index(batch_op.f("ix_conflicts_center_code"))

    op.drop_table("conflicts")
    op.drop_table("centers")
    op.drop_table("audit_events")
    op.drop_table("attachments")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applications_status"))
        batch_op.drop_index(batch_op.f("ix_applications_service_code"))
        batch_op.drop_index(batch_op.f("ix_applications_number"))
        batch_op.drop_index(batch_op.f("ix_applications_center_code"))

    op.drop_table("applications")


def _seed() -> None:
    """The counters start at 0; the epoch and the token signing secret are made here,
    once per database, so that every server process on it shares them."""
    meta = sa.table("server_meta", sa.column("key", sa.String), sa.column("value", sa.Text))
    counters = sa.table("counters", sa.column("name", sa.String), sa.column("value", sa.BigInteger))
    op.bulk_insert(
        meta,
        [
            {"key": "epoch", "value": str(uuid.uuid4())},
            {"key": "token_secret", "value": secrets.token_hex(32)},
        ],
    )
    op.bulk_insert(
        counters, [{"name": "change_seq", "value": 0}, {"name": "audit_seq", "value": 0}]
    )
