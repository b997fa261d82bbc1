"""Drop two indexes of ``persons`` that no query reads (issue 7).

``ix_persons_document_number`` and ``ix_persons_pin`` were made with the table, but every
look-up by travel document goes through ``document_number_key`` (case, spaces and
dashes ignored; its own index), a FIN through ``fin``, and a PIN or document number typed
in the search box through the search index. Each pulled or imported person still wrote
an entry into both, at a random place.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_persons_document_number")
    op.execute("DROP INDEX IF EXISTS ix_persons_pin")


def downgrade() -> None:
    op.create_index("ix_persons_document_number", "persons", ["document_number"])
    op.create_index("ix_persons_pin", "persons", ["pin"])
