"""The History tab: the audit trail of the application and its applicant (who, when,
on which workstation, what), joined with the status steps of the application's own
history (which carry the reasons, and steps made on other workstations)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain import states
from workstation.domain.model import StatusChange
from workstation.gui.detail.data import DetailData
from workstation.gui.detail.texts import datetime_text, event_text, status_text

_SAME_STEP = dt.timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: dt.datetime
    who: str
    workstation: str
    what: str
    details: str


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _step_text(step: StatusChange) -> str:
    text = f"{status_text(step.from_status)} → {status_text(step.to_status)}"
    if step.reason:
        text += " · " + QCoreApplication.translate("ApplicationDetail", "Reason: %1").replace(
            "%1", step.reason
        )
    return text


def history_rows(data: DetailData) -> list[HistoryRow]:
    """Newest first."""
    steps = list(data.app.history)
    used: set[int] = set()
    rows: list[HistoryRow] = []
    for event in data.events:
        details = ""
        _entity, _, verb = event.action.partition(".")
        if event.entity == "application" and any(t.action == verb for t in states.TRANSITIONS):
            for index, step in enumerate(steps):
                transition = states.find(step.from_status, verb)
                if (
                    index not in used
                    and step.by == event.actor
                    and transition is not None
                    and transition.target == step.to_status
                    and abs(_aware(step.at) - _aware(event.at)) <= _SAME_STEP
                ):
                    used.add(index)
                    details = _step_text(step)
                    break
        rows.append(
            HistoryRow(
                _aware(event.at),
                event.actor,
                event.workstation_id,
                event_text(event.action),
                details,
            )
        )
    for index, step in enumerate(steps):
        if index not in used:  # made elsewhere (pulled) or before this workstation's trail
            rows.append(
                HistoryRow(_aware(step.at), step.by, "—", event_text("status"), _step_text(step))
            )
    rows.sort(key=lambda r: r.at, reverse=True)
    return rows


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ApplicationDetail", "History of the application")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ApplicationDetail", "When"),
                QCoreApplication.translate("ApplicationDetail", "Who"),
                QCoreApplication.translate("ApplicationDetail", "Workstation"),
                QCoreApplication.translate("ApplicationDetail", "What"),
                QCoreApplication.translate("ApplicationDetail", "Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

    def show_data(self, data: DetailData) -> None:
        rows = history_rows(data)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (datetime_text(row.at), row.who, row.workstation, row.what, row.details)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(r, c, item)
