"""The sidebar's queues as the window's shell shows them before the store is open: keys
and English titles only (translated at display, context ``Queues``). The same order and
titles as `workstation.gui.queue.definitions.QUEUES`, which needs the store's filters
and so SQLAlchemy; a test keeps the two lists equal."""

from __future__ import annotations

from workstation.runtime.i18n import QT_TRANSLATE_NOOP

QUEUE_NAMES: tuple[tuple[str, str], ...] = (
    ("mine", QT_TRANSLATE_NOOP("Queues", "My work")),
    ("received", QT_TRANSLATE_NOOP("Queues", "Received")),
    ("awaiting", QT_TRANSLATE_NOOP("Queues", "Awaiting documents")),
    ("review", QT_TRANSLATE_NOOP("Queues", "Under review")),
    ("decided", QT_TRANSLATE_NOOP("Queues", "Decided")),
    ("print", QT_TRANSLATE_NOOP("Queues", "Ready to print")),
    ("issue", QT_TRANSLATE_NOOP("Queues", "Ready to issue")),
    ("conflicts", QT_TRANSLATE_NOOP("Queues", "Needs review")),
    ("rejected", QT_TRANSLATE_NOOP("Queues", "Rejected by server")),
    ("drafts", QT_TRANSLATE_NOOP("Queues", "Drafts")),
)
