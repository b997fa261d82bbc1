"""The conflict view: one card per open conflict of the application (or its applicant),
field by field — label, my value, the server's value, keep mine / take the server's —
and a Resolve button that writes the choice as a new change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import TransitionRefused
from workstation.domain.model import Role
from workstation.gui.conflicts.decisions import KEEP, DecisionChoice
from workstation.gui.conflicts.model import KEEP_MINE, TAKE_SERVER, ConflictCase, interpret
from workstation.gui.conflicts.resolve import Resolution, resolve
from workstation.gui.conflicts.texts import field_label, value_text
from workstation.gui.context import AppContext
from workstation.gui.detail.data import DetailData
from workstation.gui.detail.texts import lang_of

ERROR_STYLE = "color: #b3261e; font-weight: bold;"
_IDS = {0: KEEP_MINE, 1: TAKE_SERVER}


def _when(text: str) -> str:
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text or "—"
    return (value.astimezone() if value.tzinfo else value).strftime("%d.%m.%Y %H:%M")


class ConflictCard(QGroupBox):
    """One conflict record."""

    resolved = Signal(str)  # conflict id

    def __init__(
        self, ctx: AppContext, data: DetailData, case: ConflictCase, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self.data, self.case = ctx, data, case
        conflict = case.conflict
        self.setObjectName(f"conflict-{conflict.conflict_id}")
        session = ctx.session
        mine = session is not None and conflict.workstation_id == session.workstation_id
        self.mine_title = (
            QCoreApplication.translate("ConflictView", "Mine")
            if mine
            else QCoreApplication.translate("ConflictView", "%1's change").replace(
                "%1", conflict.username
            )
        )
        what = (
            QCoreApplication.translate("ConflictView", "the applicant's data")
            if conflict.entity == "person"
            else QCoreApplication.translate("ConflictView", "the application")
        )
        self.setTitle(
            QCoreApplication.translate("ConflictView", "Conflict on %1, recorded %2")
            .replace("%1", what)
            .replace("%2", _when(conflict.created_at))
        )
        layout = QVBoxLayout(self)
        if mine:
            why = QCoreApplication.translate(
                "ConflictView",
                "Your change, made on this workstation, could not be merged with the "
                "server's version.",
            )
        else:
            why = (
                QCoreApplication.translate(
                    "ConflictView",
                    "A change by %1 on workstation %2 could not be merged with the "
                    "server's version.",
                )
                .replace("%1", conflict.username)
                .replace("%2", conflict.workstation_id)
            )
        intro = QLabel(
            why
            + " "
            + QCoreApplication.translate(
                "ConflictView",
                "Choose which value stays; your choice is saved as a new change and sent "
                "to the server.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.groups: list[tuple[str, QButtonGroup]] = []
        if case.fields:
            layout.addLayout(self._field_grid())
        self.decision: DecisionChoice | None = None
        if case.decisions is not None:
            role = session.role if session is not None else Role.OFFICER
            self.decision = DecisionChoice(case.decisions, data.app.status, role, self)
            self.decision.changed.connect(self._update_button)
            layout.addWidget(self.decision)
        self.error = QLabel("", self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.button = QPushButton(
            QCoreApplication.translate("ConflictView", "&Resolve conflict"), self
        )
        self.button.setObjectName("resolveButton")
        self.button.clicked.connect(self._resolve)
        row.addWidget(self.button)
        layout.addLayout(row)
        self._update_button()

    def _field_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        headers = (
            QCoreApplication.translate("ConflictView", "Field"),
            self.mine_title,
            QCoreApplication.translate("ConflictView", "Server's value"),
            QCoreApplication.translate("ConflictView", "Keep"),
        )
        for column, heading in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{heading}</b>", self), 0, column)
        service, lang = self.data.service, self.ctx.language
        for row, clash in enumerate(self.case.fields, start=1):
            grid.addWidget(QLabel(field_label(clash.key), self), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, (value, other) in enumerate(
                ((clash.mine, clash.server), (clash.server, clash.mine)), start=1
            ):
                shown = QLabel(value_text(clash.key, value, other, service, lang), self)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setObjectName(f"{clash.key}-{'mine' if column == 1 else 'server'}")
                grid.addWidget(shown, row, column, Qt.AlignmentFlag.AlignTop)
            choice = QWidget(self)
            box = QHBoxLayout(choice)
            box.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(choice)
            for ident, caption in (
                (0, QCoreApplication.translate("ConflictView", "Keep mine")),
                (1, QCoreApplication.translate("ConflictView", "Take the server's")),
            ):
                radio = QRadioButton(caption, choice)
                radio.setObjectName(f"{clash.key}-{_IDS[ident]}")
                radio.setAccessibleName(f"{field_label(clash.key)}: {caption}")
                group.addButton(radio, ident)
                box.addWidget(radio)
            group.idToggled.connect(lambda _id, _on: self._update_button())
            grid.addWidget(choice, row, 3, Qt.AlignmentFlag.AlignTop)
            self.groups.append((clash.key, group))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    def choose(self, key: str, which: str) -> None:
        """Tick a choice (keyboard users do it with Tab and the arrow keys)."""
        for field, group in self.groups:
            if field == key:
                group.button(0 if which == KEEP_MINE else 1).setChecked(True)

    def _complete(self) -> bool:
        if any(group.checkedId() < 0 for _key, group in self.groups):
            return False
        return self.decision is None or self.decision.chosen() is not None

    def _update_button(self) -> None:
        self.button.setEnabled(self._complete())

    def resolution(self) -> Resolution:
        values: dict[str, Any] = {}
        summary = []
        for (key, group), clash in zip(self.groups, self.case.fields, strict=True):
            keep_mine = _IDS[group.checkedId()] == KEEP_MINE
            values[key] = clash.mine if keep_mine else clash.server
            summary.append(f"{key}: {'client' if keep_mine else 'server'}")
        transition = None
        if self.decision is not None:
            transition = self.decision.transition()
            summary.append(self.decision.summary())
        conflict = self.case.conflict
        return Resolution(
            conflict.conflict_id,
            conflict.entity,
            conflict.entity_id,
            values,
            transition,
            "; ".join(summary),
        )

    def _resolve(self) -> None:
        if not self._complete() or self.ctx.session is None:
            return
        choice = self.resolution()
        if self.decision is not None and self.decision.chosen() == KEEP:
            choice = Resolution(
                choice.conflict_id,
                choice.entity,
                choice.entity_id,
                choice.values,
                None,
                choice.summary,
            )
        store, actor, role = self.ctx.store, self.ctx.actor, self.ctx.session.role
        self.button.setEnabled(False)
        self.error.setVisible(False)
        self.ctx.runner.write(
            lambda: resolve(store, actor, role, choice),
            done=lambda _changed: self.resolved.emit(choice.conflict_id),
            failed=self._failed,
            owner=self,
            label="conflicts.resolve",
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TransitionRefused):
            text = exc.message.text(lang_of(self.ctx))
        else:
            text = QCoreApplication.translate(
                "ConflictView", "The conflict could not be resolved: %1"
            ).replace("%1", str(exc))
        self.error.setText(text)
        self.error.setVisible(True)
        self._update_button()


class ConflictPanel(QWidget):
    """Every open conflict of the application shown on the page."""

    resolved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[ConflictCard] = []
        self.layout_ = QVBoxLayout(self)
        self.empty = QLabel(QCoreApplication.translate("ConflictView", "No open conflicts."), self)
        self.layout_.addWidget(self.empty)
        self.layout_.addStretch(1)

    def show_data(self, data: DetailData) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for position, conflict in enumerate(data.conflicts):
            card = ConflictCard(self.ctx, data, interpret(conflict), self)
            card.resolved.connect(self.resolved)
            self.layout_.insertWidget(position, card)
            self.cards.append(card)
        self.empty.setVisible(not self.cards)
