"""Two decisions on one application: both shown with who, when and why; a supervisor
chooses which one stands."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.model import Role, Status
from workstation.gui.conflicts.model import DecisionClash, DecisionSide, switch_transition

KEEP = 0
SWITCH = 1


def _status_text(status: str) -> str:
    names = {
        "approved": QCoreApplication.translate("ConflictView", "Approved"),
        "refused": QCoreApplication.translate("ConflictView", "Refused"),
        "under_review": QCoreApplication.translate("ConflictView", "Under review"),
        "withdrawn": QCoreApplication.translate("ConflictView", "Withdrawn"),
    }
    return names.get(status, status.replace("_", " ").capitalize())


def _when(text: str) -> str:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text or "—"
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y %H:%M")


def side_text(side: DecisionSide) -> str:
    lines = [f"<b>{_status_text(side.outcome or side.status)}</b>"]
    lines.append(
        QCoreApplication.translate("ConflictView", "by %1, %2")
        .replace("%1", side.by or "—")
        .replace("%2", _when(side.at))
    )
    if side.reason:
        lines.append(
            QCoreApplication.translate("ConflictView", "Reason: %1").replace("%1", side.reason)
        )
    return "<br>".join(lines)


class DecisionChoice(QWidget):
    """The two decisions side by side, each with its radio button."""

    changed = Signal()

    def __init__(
        self, clash: DecisionClash, current: Status, role: Role, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.clash = clash
        self.switch = switch_transition(current, clash.other.status, role)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        boxes = (
            (
                QCoreApplication.translate(
                    "ConflictView", "Decision in force (kept by the server)"
                ),
                clash.server,
                QCoreApplication.translate("ConflictView", "Keep this decision"),
                KEEP,
            ),
            (
                QCoreApplication.translate("ConflictView", "The other decision (not applied)"),
                clash.other,
                QCoreApplication.translate("ConflictView", "Take this decision"),
                SWITCH,
            ),
        )
        for column, (title, side, choice_text, ident) in enumerate(boxes):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            text = QLabel(side_text(side), box)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            inner.addWidget(text, 1)
            button = QRadioButton(choice_text, box)
            button.setObjectName("keepDecision" if ident == KEEP else "takeDecision")
            self.group.addButton(button, ident)
            inner.addWidget(button)
            layout.addWidget(box, 0, column)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note, 1, 0, 1, 2)
        notes = []
        if role is not Role.SUPERVISOR:
            notes.append(
                QCoreApplication.translate(
                    "ConflictView", "Only a supervisor can choose between two decisions."
                )
            )
            for member in self.group.buttons():
                member.setEnabled(False)
        elif self.switch is None:
            notes.append(
                QCoreApplication.translate(
                    "ConflictView",
                    "The state machine has no step from '%1' to '%2', so the other decision "
                    "cannot be taken here; keeping the decision in force closes the conflict.",
                )
                .replace("%1", _status_text(current.value))
                .replace("%2", _status_text(clash.other.status))
            )
            self.group.button(SWITCH).setEnabled(False)
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.group.idToggled.connect(lambda _id, _on: self.changed.emit())

    def chosen(self) -> int | None:
        ident = self.group.checkedId()
        return None if ident < 0 else ident

    def transition(self) -> tuple[str, str] | None:
        """(action, reason) when the other decision is chosen."""
        if self.chosen() != SWITCH or self.switch is None:
            return None
        reason = self.clash.other.reason
        if self.switch.needs_reason and not reason.strip():
            reason = QCoreApplication.translate("ConflictView", "Chosen in the conflict review")
        return self.switch.action, reason

    def summary(self) -> str:
        side = self.clash.server if self.chosen() == KEEP else self.clash.other
        return f"decision: {side.outcome or side.status} by {side.by}"
