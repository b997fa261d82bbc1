"""The filter bar of a queue page: service, status, received between, assignee."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from workstation.domain.model import Status
from workstation.gui.context import AppContext
from workstation.gui.queue.labels import status_text
from workstation.store import QueueFilter

_ANY_DATE = QDate(2000, 1, 1)
ME = "\x00me"
UNASSIGNED = "\x00none"


class FilterBar(QWidget):
    """Emits ``changed`` when the officer changes a filter; `narrow` applies them to a
    queue's own filter (the queue's restrictions always hold)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.service = QComboBox(self)
        self.service.setAccessibleName(self.tr("Service filter"))
        self.service.addItem(self.tr("All services"), None)
        for service in ctx.catalogue.services:
            self.service.addItem(service.name.text(ctx.language), service.code)  # type: ignore[arg-type]

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_text(status), status.value)

        self.since = self._date_edit(self.tr("Received from"))
        self.until = self._date_edit(self.tr("Received until"))

        self.assignee = QComboBox(self)
        self.assignee.setAccessibleName(self.tr("Assignee filter"))
        self.assignee.addItem(self.tr("Anyone"), None)
        self.assignee.addItem(self.tr("Assigned to me"), ME)
        self.assignee.addItem(self.tr("Unassigned"), UNASSIGNED)

        received_label = QLabel(self.tr("Rece&ived:"), self)
        received_label.setBuddy(self.since)
        assignee_label = QLabel(self.tr("Assi&gnee:"), self)
        assignee_label.setBuddy(self.assignee)
        # The service and status lists say what they are ("All services"); no labels, so
        # that the bar fits a 1024-pixel-wide screen.
        self.service.setToolTip(self.tr("Service"))
        self.status.setToolTip(self.tr("Status"))
        for widget in (
            self.service,
            self.status,
            received_label,
            self.since,
            QLabel("–", self),
            self.until,
            assignee_label,
            self.assignee,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        for combo, length in ((self.service, 14), (self.status, 10), (self.assignee, 9)):
            combo.setMinimumContentsLength(length)  # narrow screens: the bar may shrink
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_ANY_DATE)
        return edit

    def add_assignees(self, names: list[str]) -> None:
        """Offer these users in the assignee filter (from the data)."""
        known = {self.assignee.itemData(i) for i in range(self.assignee.count())}
        for name in sorted(n for n in names if n and n not in known):
            self.assignee.addItem(name, name)

    def reset(self) -> None:
        for combo in (self.service, self.status, self.assignee):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.since, self.until):
            edit.blockSignals(True)
            edit.setDate(_ANY_DATE)
            edit.blockSignals(False)

    def narrow(self, base: QueueFilter, username: str) -> QueueFilter:
        """`base` narrowed by what the bar shows."""
        statuses = base.statuses
        chosen = self.status.currentData()
        if chosen is not None:
            one = frozenset({Status(chosen)})
            statuses = one if statuses is None else statuses & one
        services = base.service_codes
        code = self.service.currentData()
        if code is not None:
            services = frozenset({code}) if services is None else services & {code}
        assignee = base.assignee
        if assignee is None:
            who = self.assignee.currentData()
            assignee = {None: None, ME: username, UNASSIGNED: ""}.get(who, who)
        return QueueFilter(
            statuses=statuses,
            service_codes=services,
            assignee=assignee,
            received_since=_instant(self.since.date()),
            received_before=_instant(self.until.date(), next_day=True),
            due_before=base.due_before,
            search=base.search,
            sync_states=base.sync_states,
        )


def _instant(day: QDate, *, next_day: bool = False) -> dt.datetime | None:
    """Local midnight of `day` (or of the day after) as an aware instant; None for 'any'."""
    if day == _ANY_DATE:
        return None
    date = dt.date(day.year(), day.month(), day.day())
    if next_day:
        date += dt.timedelta(days=1)
    return dt.datetime.combine(date, dt.time()).astimezone()
