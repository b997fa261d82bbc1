"""Readable names of statuses, actions, audit events and sync states, and the date
formats of the screen (dd.mm.yyyy). English source text through Qt's translate, so
that Qt Linguist can carry them into az and ru."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from workstation.domain.errors import Lang
from workstation.domain.model import Status
from workstation.gui import formats
from workstation.runtime.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workstation.gui.context import AppContext

_CTX = "ApplicationDetail"


def lang_of(ctx: AppContext) -> Lang:
    """The UI language as the domain's messages name it."""
    return cast(Lang, ctx.language)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


_STATUS = {
    Status.DRAFT: QT_TRANSLATE_NOOP("ApplicationDetail", "Draft"),
    Status.RECEIVED: QT_TRANSLATE_NOOP("ApplicationDetail", "Received"),
    Status.AWAITING_DOCUMENTS: QT_TRANSLATE_NOOP("ApplicationDetail", "Awaiting documents"),
    Status.UNDER_REVIEW: QT_TRANSLATE_NOOP("ApplicationDetail", "Under review"),
    Status.APPROVED: QT_TRANSLATE_NOOP("ApplicationDetail", "Approved"),
    Status.REFUSED: QT_TRANSLATE_NOOP("ApplicationDetail", "Refused"),
    Status.CARD_PRINTED: QT_TRANSLATE_NOOP("ApplicationDetail", "Card printed"),
    Status.ISSUED: QT_TRANSLATE_NOOP("ApplicationDetail", "Issued"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("ApplicationDetail", "Withdrawn"),
}

# What a state-machine action is called on its button (with a mnemonic) and in history.
_ACTION_BUTTON = {
    "request_documents": QT_TRANSLATE_NOOP("ApplicationDetail", "Request &documents…"),
    "documents_received": QT_TRANSLATE_NOOP("ApplicationDetail", "Documents &received"),
    "submit_for_review": QT_TRANSLATE_NOOP("ApplicationDetail", "Send to re&view"),
    "approve": QT_TRANSLATE_NOOP("ApplicationDetail", "&Approve…"),
    "refuse": QT_TRANSLATE_NOOP("ApplicationDetail", "Re&fuse…"),
    "withdraw": QT_TRANSLATE_NOOP("ApplicationDetail", "&Withdraw…"),
    "issue": QT_TRANSLATE_NOOP("ApplicationDetail", "Mark &issued…"),
}

_EVENT = {
    "application.create": QT_TRANSLATE_NOOP("ApplicationDetail", "Application created"),
    "application.update": QT_TRANSLATE_NOOP("ApplicationDetail", "Application edited"),
    "application.receive": QT_TRANSLATE_NOOP("ApplicationDetail", "Received"),
    "application.request_documents": QT_TRANSLATE_NOOP("ApplicationDetail", "Documents requested"),
    "application.documents_received": QT_TRANSLATE_NOOP("ApplicationDetail", "Documents received"),
    "application.submit_for_review": QT_TRANSLATE_NOOP("ApplicationDetail", "Sent to review"),
    "application.approve": QT_TRANSLATE_NOOP("ApplicationDetail", "Approved"),
    "application.refuse": QT_TRANSLATE_NOOP("ApplicationDetail", "Refused"),
    "application.withdraw": QT_TRANSLATE_NOOP("ApplicationDetail", "Withdrawn"),
    "application.print_card": QT_TRANSLATE_NOOP("ApplicationDetail", "Card printed"),
    "application.issue": QT_TRANSLATE_NOOP("ApplicationDetail", "Card issued"),
    "application.conflict": QT_TRANSLATE_NOOP("ApplicationDetail", "Conflict recorded"),
    "person.create": QT_TRANSLATE_NOOP("ApplicationDetail", "Applicant recorded"),
    "person.update": QT_TRANSLATE_NOOP("ApplicationDetail", "Applicant's data edited"),
    "conflict.resolve": QT_TRANSLATE_NOOP("ApplicationDetail", "Conflict resolved"),
    "status": QT_TRANSLATE_NOOP("ApplicationDetail", "Status changed"),
}

_SYNC = {
    "pending": QT_TRANSLATE_NOOP("ApplicationDetail", "Waiting to be sent to the server"),
    "sent": QT_TRANSLATE_NOOP("ApplicationDetail", "Sent, waiting for the server's answer"),
    "synced": QT_TRANSLATE_NOOP("ApplicationDetail", "Synchronised with the server"),
    "rejected": QT_TRANSLATE_NOOP("ApplicationDetail", "Rejected by the server"),
    "conflict": QT_TRANSLATE_NOOP("ApplicationDetail", "Conflict: needs review"),
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
    return formats.date_text(value)


def datetime_text(value: dt.datetime | None) -> str:
    return formats.datetime_text(value)


def money_text(amount: object) -> str:
    return formats.money_text(amount if isinstance(amount, int | float | str) else str(amount))
