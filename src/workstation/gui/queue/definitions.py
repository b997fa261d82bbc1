"""The work queues of the sidebar, each a `QueueFilter` over the local store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from workstation.domain import states
from workstation.domain.model import Status
from workstation.runtime.i18n import QT_TRANSLATE_NOOP
from workstation.store import QueueFilter, Repositories, SortKey

S = Status
OPEN: frozenset[Status] = frozenset(
    {S.RECEIVED, S.AWAITING_DOCUMENTS, S.UNDER_REVIEW, S.APPROVED, S.CARD_PRINTED}
)


@dataclass(frozen=True, slots=True)
class QueueDef:
    """One queue: its key, English title (translated at display), filter for the user
    at the desk, and its default order."""

    key: str
    title: str
    make_filter: Callable[[str], QueueFilter]
    sort: SortKey = SortKey.DUE_DATE
    descending: bool = False

    def filter_for(self, username: str) -> QueueFilter:
        return self.make_filter(username)

    def display_title(self) -> str:
        return QCoreApplication.translate("Queues", self.title)


def _statuses(*statuses: Status) -> Callable[[str], QueueFilter]:
    chosen = frozenset(statuses)
    return lambda _user: QueueFilter(statuses=chosen)


def _sync(state: str) -> Callable[[str], QueueFilter]:
    return lambda _user: QueueFilter(sync_states=frozenset({state}))


QUEUES: tuple[QueueDef, ...] = (
    QueueDef(
        "mine",
        QT_TRANSLATE_NOOP("Queues", "My work"),
        lambda user: QueueFilter(statuses=OPEN, assignee=user),
    ),
    QueueDef("received", QT_TRANSLATE_NOOP("Queues", "Received"), _statuses(S.RECEIVED)),
    QueueDef(
        "awaiting",
        QT_TRANSLATE_NOOP("Queues", "Awaiting documents"),
        _statuses(S.AWAITING_DOCUMENTS),
    ),
    QueueDef("review", QT_TRANSLATE_NOOP("Queues", "Under review"), _statuses(S.UNDER_REVIEW)),
    QueueDef(
        "decided",
        QT_TRANSLATE_NOOP("Queues", "Decided"),
        _statuses(*states.DECIDED),
        SortKey.RECEIVED_AT,
        descending=True,
    ),
    QueueDef("print", QT_TRANSLATE_NOOP("Queues", "Ready to print"), _statuses(S.APPROVED)),
    QueueDef("issue", QT_TRANSLATE_NOOP("Queues", "Ready to issue"), _statuses(S.CARD_PRINTED)),
    QueueDef(
        "conflicts",
        QT_TRANSLATE_NOOP("Queues", "Needs review"),
        _sync("conflict"),
        SortKey.RECEIVED_AT,
        True,
    ),
    QueueDef(
        "rejected",
        QT_TRANSLATE_NOOP("Queues", "Rejected by server"),
        _sync("rejected"),
        SortKey.RECEIVED_AT,
        True,
    ),
    QueueDef(
        "drafts",
        QT_TRANSLATE_NOOP("Queues", "Drafts"),
        _statuses(S.DRAFT),
        SortKey.NUMBER,
        descending=True,
    ),
)

BY_KEY = {q.key: q for q in QUEUES}


def queue_counts(repos: Repositories, username: str) -> dict[str, int]:
    """Applications in each queue: one walk of the status index for the status queues,
    an index count for the others. Runs on a reader thread (tens of ms at a million)."""
    by_status = repos.queue.counts_by_status()
    counts: dict[str, int] = {}
    for queue in QUEUES:
        flt = queue.filter_for(username)
        if flt.statuses is not None and flt.assignee is None and flt.sync_states is None:
            counts[queue.key] = sum(by_status.get(s, 0) for s in flt.statuses)
        else:
            counts[queue.key] = repos.queue.count(flt)
    return counts
