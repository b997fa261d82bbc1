"""The local store: SQLite database, unit of work, repositories, migrations, attachments.

Imports only `workstation.domain`, `workstation.resources`, the standard library,
SQLAlchemy, Alembic, filelock and platformdirs.
"""

from workstation.store.audit import AuditChainBroken, AuditEvent
from workstation.store.datadir import DataDir
from workstation.store.db import Store, migrate, open_engine
from workstation.store.errors import (
    AlreadyExists,
    AttachmentCorrupt,
    DataDirLocked,
    DataDirMissing,
    NotFound,
    StoreError,
)
from workstation.store.outbox import OutboxEntry
from workstation.store.queues import QueueFilter, QueueRow, SortKey
from workstation.store.repositories import ExportSnapshot, Repositories
from workstation.store.uow import Actor, UnitOfWork

__all__ = [
    "Actor",
    "AlreadyExists",
    "AttachmentCorrupt",
    "AuditChainBroken",
    "AuditEvent",
    "DataDir",
    "DataDirLocked",
    "DataDirMissing",
    "ExportSnapshot",
    "NotFound",
    "OutboxEntry",
    "QueueFilter",
    "QueueRow",
    "Repositories",
    "SortKey",
    "Store",
    "StoreError",
    "UnitOfWork",
    "migrate",
    "open_engine",
]
