"""Readable names of statuses, actions, audit events and sync states, and the date
formats of the screen (dd.mm.yyyy). English source text through Qt's translate, so
that Qt Linguist can carry them into az and ru."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from workstation.domain.errors import Lang
from workstation.domain.model import Status

if TYPE_CHECKING:
    from workstation.gui.context import AppContext

_CTX = "ApplicationDetail"


def lang_of(ctx: AppContext) -> Lang:
    """The UI language as the domain's messages name it."""
    return cast(Lang, ctx.language)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


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

# What a state-machine action is called on its button (with a mnemonic) and in history.
_ACTION_BUTTON = {
    "request_documents": "Request &documents…",
    "documents_received": "Documents &received",
    "submit_for_review": "Send to re&view",
    "approve": "&Approve…",
    "refuse": "Re&fuse…",
    "withdraw": "&Withdraw…",
    "issue": "Mark &issued…",
}

_EVENT = {
    "application.create": "Application created",
    "application.update": "Application edited",
    "application.receive": "Received",
    "application.request_documents": "Documents requested",
    "application.documents_received": "Documents received",
    "application.submit_for_review": "Sent to review",
    "application.approve": "Approved",
    "application.refuse": "Refused",
    "application.withdraw": "Withdrawn",
    "application.print_card": "Card printed",
    "application.issue": "Card issued",
    "application.conflict": "Conflict recorded",
    "person.create": "Applicant recorded",
    "person.update": "Applicant's data edited",
    "conflict.resolve": "Conflict resolved",
    "status": "Status changed",
}

_SYNC = {
    "pending": "Waiting to be sent to the server",
    "sent": "Sent, waiting for the server's answer",
    "synced": "Synchronised with the server",
    "rejected": "Rejected by the server",
    "conflict": "Conflict: needs review",
}


def status_text(status: Status) -> str:
    return tr(_STATUS.get(status, status.value))


def action_button_text(action: str) -> str:
    return tr(_ACTION_BUTTON.get(action, action.replace("_", " ").capitalize()))


def action_plain_text(action: str) -> str:
    """The button text without mnemonic or ellipsis (dialog titles)."""
    return action_button_text(action).replace("&", "").rstrip("…")


def event_text(action: str) -> str:
    if action in _EVENT:
        return tr(_EVENT[action])
    entity, _, verb = action.partition(".")
    return f"{entity.capitalize()}: {verb.replace('_', ' ')}" if verb else action


def sync_text(state: str) -> str:
    return tr(_SYNC.get(state, state))


def date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else "—"


def datetime_text(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")


def money_text(amount: object) -> str:
    return f"{amount} AZN"
