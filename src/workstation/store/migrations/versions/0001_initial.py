"""Initial schema of the local database, and its FTS5 search index.

Datetimes are ISO 8601 UTC text (`workstation.store.columns.UTCDateTime`), JSON columns
are canonical JSON text (`JSONText`): plain types here, so the migration never changes
when those helpers do.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("uploaded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("workstation_id", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "outbox",
        sa.Column("client_seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("changed", sa.Text(), nullable=False),
        sa.Column("prev", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("result_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("client_seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_outbox_mutation_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_entity_entity_id", ["entity", "entity_id"], unique=False)
        batch_op.create_index("ix_outbox_state_client_seq", ["state", "client_seq"], unique=False)

    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("surname", sa.String(length=200), nullable=False),
        sa.Column("given_names", sa.String(length=200), nullable=False),
        sa.Column("patronymic", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_place", sa.String(length=200), nullable=False),
        sa.Column("citizenship", sa.String(length=3), nullable=False),
        sa.Column("document_type", sa.String(length=20), nullable=False),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("document_number_key", sa.String(length=40), nullable=False),
        sa.Column("document_issuing_state", sa.String(length=3), nullable=False),
        sa.Column("document_issue_date", sa.Date(), nullable=True),
        sa.Column("document_expiry_date", sa.Date(), nullable=False),
        sa.Column("pin", sa.String(length=20), nullable=False),
        sa.Column("fin", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("photo_sha256", sa.String(length=64), nullable=False),
        sa.Column("name_key", sa.String(length=600), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index("ix_persons_document_number", ["document_number"], unique=False)
        batch_op.create_index(
            "ix_persons_document_number_key", ["document_number_key"], unique=False
        )
        batch_op.create_index("ix_persons_fin", ["fin"], unique=False)
        batch_op.create_index("ix_persons_name_key", ["name_key"], unique=False)
        batch_op.create_index("ix_persons_pin", ["pin"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("center_code", sa.String(length=20), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=True),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("fee_tier", sa.String(length=40), nullable=False),
        sa.Column("fee_amount", sa.String(length=40), nullable=False),
        sa.Column("payment_ref", sa.String(length=100), nullable=False),
        sa.Column("assignee", sa.String(length=100), nullable=False),
        sa.Column("decision_outcome", sa.String(length=20), nullable=True),
        sa.Column("decision_by", sa.String(length=100), nullable=True),
        sa.Column("decision_at", sa.String(length=32), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("history", sa.Text(), nullable=False),
        sa.Column("sync_state", sa.String(length=10), nullable=False),
        sa.Column("search_rowid", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_applications_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint("number", name=op.f("uq_applications_number")),
        sa.UniqueConstraint("search_rowid", name=op.f("uq_applications_search_rowid")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_applications_assignee_status", ["assignee", "status"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_applications_person_id"), ["person_id"], unique=False)
        batch_op.create_index("ix_applications_received_at", ["received_at"], unique=False)
        batch_op.create_index(
            "ix_applications_service_code_status_due_date",
            ["service_code", "status", "due_date"],
            unique=False,
        )
        batch_op.create_index(
            "ix_applications_status_due_date", ["status", "due_date"], unique=False
        )
        batch_op.create_index("ix_applications_sync_state", ["sync_state"], unique=False)
        batch_op.create_index(
            "ix_applications_counts",
            ["deleted", "status", "service_code", "assignee"],
            unique=False,
        )

    op.create_table(
        "checklist_items",
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("received", sa.Boolean(), nullable=False),
        sa.Column("attachment_sha256", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_checklist_items_application_id_applications"),
        ),
        sa.PrimaryKeyConstraint("application_id", "position", name=op.f("pk_checklist_items")),
    )
    op.create_table(
        "permits",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("application_id", sa.String(length=36), nullable=False),
        sa.Column("card_number", sa.String(length=20), nullable=False),
        sa.Column("card_type", sa.String(length=40), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("printed_at", sa.String(length=32), nullable=True),
        sa.Column("printed_by", sa.String(length=100), nullable=False),
        sa.Column("workstation_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_permits_application_id_applications"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permits")),
        sa.UniqueConstraint("card_number", name=op.f("uq_permits_card_number")),
    )
    with op.batch_alter_table("permits", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_permits_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "print_journal",
        sa.Column("permit_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("workstation_id", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["permit_id"], ["permits.id"], name=op.f("fk_print_journal_permit_id_permits")
        ),
        sa.PrimaryKeyConstraint("permit_id", "position", name=op.f("pk_print_journal")),
    )
    # The search index: folded text per application (rowid = applications.search_rowid),
    # kept up to date by the repositories in Python (no triggers calling Python).
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_table("print_journal")
    with op.batch_alter_table("permits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_permits_application_id"))

    op.drop_table("permits")
    op.drop_table("checklist_items")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_sync_state")
        batch_op.drop_index("ix_applications_counts")
        batch_op.drop_index("ix_applications_status_due_date")
        batch_op.drop_index("ix_applications_service_code_status_due_date")
        batch_op.drop_index("ix_applications_received_at")
        batch_op.drop_index(batch_op.f("ix_applications_person_id"))
        batch_op.drop_index("ix_applications_assignee_status")

    op.drop_table("applications")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index("ix_persons_pin")
        batch_op.drop_index("ix_persons_name_key")
        batch_op.drop_index("ix_persons_fin")
        batch_op.drop_index("ix_persons_document_number_key")
        batch_op.drop_index("ix_persons_document_number")

    op.drop_table("persons")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_state_client_seq")
        batch_op.drop_index("ix_outbox_entity_entity_id")

    op.drop_table("outbox")
    op.drop_table("meta")
    op.drop_table("audit_events")
    op.drop_table("attachments")
