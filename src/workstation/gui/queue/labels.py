"""Display texts of statuses and sync states (English source strings for Qt Linguist)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.model import Role, Status
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

_STATUS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.RECEIVED: QT_TRANSLATE_NOOP("Status", "Received"),
    Status.AWAITING_DOCUMENTS: QT_TRANSLATE_NOOP("Status", "Awaiting documents"),
    Status.UNDER_REVIEW: QT_TRANSLATE_NOOP("Status", "Under review"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Status", "Refused"),
    Status.CARD_PRINTED: QT_TRANSLATE_NOOP("Status", "Card printed"),
    Status.ISSUED: QT_TRANSLATE_NOOP("Status", "Issued"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Status", "Withdrawn"),
}

_SYNC = {  # short: the queue's narrow Sync column
    "pending": QT_TRANSLATE_NOOP("SyncState", "Not sent"),
    "synced": QT_TRANSLATE_NOOP("SyncState", "Synced"),
    "conflict": QT_TRANSLATE_NOOP("SyncState", "Conflict"),
    "rejected": QT_TRANSLATE_NOOP("SyncState", "Rejected"),
}


def status_text(status: Status) -> str:
    return QCoreApplication.translate("Status", _STATUS.get(status, str(status)))


def sync_text(state: str) -> str:
    return QCoreApplication.translate("SyncState", _SYNC.get(state, state))


_ROLES = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Role", "Officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate("Role", _ROLES.get(role, str(role)))
