"""Display texts of statuses and sync states (English source strings for Qt Linguist)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.model import Status

_STATUS = {
    Status.DRAFT: "Draft",
    Status.RECEIVED: "Received",
    Status.AWAITING_DOCUMENTS: "Awaiting documents",
    Status.UNDER_REVIEW: "Under review",
    Status.APPROVED: "Approved",
    Status.REFUSED: "Refused",
    Status.CARD_PRINTED: "Card printed",
    Status.ISSUED: "Issued",
    Status.WITHDRAWN: "Withdrawn",
}

_SYNC = {  # short: the queue's narrow Sync column
    "pending": "Not sent",
    "synced": "Synced",
    "conflict": "Conflict",
    "rejected": "Rejected",
}


def status_text(status: Status) -> str:
    return QCoreApplication.translate("Status", _STATUS.get(status, str(status)))


def sync_text(state: str) -> str:
    return QCoreApplication.translate("SyncState", _SYNC.get(state, state))


def counted(n: int, one: str, many: str, context: str = "Counts") -> str:
    """``one`` or ``many`` (English source strings with %n) for the number `n`."""
    text = QCoreApplication.translate(context, one if n == 1 else many)
    return text.replace("%n", f"{n:,}".replace(",", " "))
