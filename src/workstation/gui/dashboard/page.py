"""`DashboardPage`: what a supervisor looks at every morning — tiles, received vs decided
per day, and tables by service, status, officer and center for a chosen period. An
officer sees their own numbers (what they did, the work assigned to them).

Numbers are counted on a reader thread (`store.stats`) and re-counted when data changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.model import Role
from workstation.domain.stats import StatsFilter
from workstation.gui.context import AppContext
from workstation.gui.dashboard.chart import DayChart
from workstation.gui.dashboard.data import DashboardData, Period, load, period_days
from workstation.gui.dashboard.tables import StatusModel, TallyModel
from workstation.gui.dashboard.tiles import ALERT, TILE_STYLE, WARN, Tile

REFRESH_DELAY_MS = 400


def is_supervisor(ctx: AppContext) -> bool:
    return ctx.session is not None and ctx.session.role in (Role.SUPERVISOR, Role.ADMIN)


class DashboardPage(QWidget):
    """``loaded`` is emitted each time new numbers are shown; ``reports_requested`` asks
    for the reports dialog."""

    loaded = Signal()
    reports_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("dashboard_page")
        self.data: DashboardData | None = None
        self._generation = 0
        self.supervisor = is_supervisor(ctx)
        self._centers: set[str] = set()
        self._officers: set[str] = set()
        self._build()
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        ctx.events.data_changed.connect(self._refresh.start)
        self.reload()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setStyleSheet(TILE_STYLE)
        self.title = QLabel(self)
        self.title.setObjectName("dashboard_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        names = {
            Period.TODAY: self.tr("Today"),
            Period.WEEK: self.tr("This week"),
            Period.LAST_7: self.tr("Last 7 days"),
            Period.LAST_30: self.tr("Last 30 days"),
            Period.MONTH: self.tr("This month"),
            Period.LAST_MONTH: self.tr("Last month"),
            Period.YEAR: self.tr("This year"),
        }
        for period, name in names.items():
            self.period.addItem(name, period.value)
        self.period.setCurrentIndex(self.period.findData(Period.LAST_30.value))
        self.period.setAccessibleName(self.tr("Period"))
        period_label = QLabel(self.tr("&Period:"), self)
        period_label.setBuddy(self.period)
        self.center = QComboBox(self)
        self.center.setObjectName("center")
        self.center.setAccessibleName(self.tr("Center"))
        self.officer = QComboBox(self)
        self.officer.setObjectName("officer")
        self.officer.setAccessibleName(self.tr("Officer"))
        for combo, everyone in (
            (self.center, self.tr("All centers")),
            (self.officer, self.tr("All officers")),
        ):
            combo.addItem(everyone, "")
            combo.setMinimumContentsLength(14)
            combo.setVisible(self.supervisor)
        self.period_text = QLabel(self)
        self.period_text.setObjectName("period_text")
        self.period_text.setStyleSheet("color: #5b6573;")
        self.reports = QPushButton(self.tr("&Reports…"), self)
        self.reports.setObjectName("reports_button")
        self.reports.clicked.connect(self.reports_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(16)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.center)
        bar.addWidget(self.officer)
        bar.addWidget(self.period_text)
        bar.addStretch(1)
        bar.addWidget(self.reports)
        for combo in (self.period, self.center, self.officer):
            combo.currentIndexChanged.connect(self.reload)

        self.tiles = {
            key: Tile(key, caption, self)
            for key, caption in (
                ("received_today", self.tr("Received today")),
                ("received_week", self.tr("Received this week")),
                ("received", self.tr("Received in the period")),
                ("decided", self.tr("Decided in the period")),
                ("printed", self.tr("Cards printed")),
                ("issued", self.tr("Cards issued")),
                ("overdue", self.tr("Overdue now")),
                ("due_soon", self.tr("Due within 3 working days")),
            )
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)

        self.chart = DayChart(self)
        self.by_service = TallyModel(self.tr("Service"), self)
        self.by_status = StatusModel(self)
        self.by_officer = TallyModel(self.tr("Officer"), self)
        self.by_center = TallyModel(self.tr("Center"), self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboard_tabs")
        self.views: dict[str, QTableView] = {}
        for key, model, name in (
            ("service", self.by_service, self.tr("By &service")),
            ("status", self.by_status, self.tr("By s&tatus")),
            ("officer", self.by_officer, self.tr("By o&fficer")),
            ("center", self.by_center, self.tr("By &center")),
        ):
            view = QTableView(self)
            view.setObjectName(f"table_{key}")
            view.setModel(model)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.setAccessibleName(name.replace("&", ""))
            self.views[key] = view
            self.tabs.addTab(view, name)
        if not self.supervisor:  # an officer's own numbers: one officer, one center
            for key in ("officer", "center"):
                self.tabs.setTabVisible(self.tabs.indexOf(self.views[key]), False)
        self.empty = QLabel(self)
        self.empty.setObjectName("dashboard_state")
        self.empty.setStyleSheet("color: #5b6573;")

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.tabs)
        split.setSizes([260, 400])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        self._set_title()

    def _set_title(self) -> None:
        session = self.ctx.session
        if self.supervisor or session is None:
            self.title.setText(self.tr("Dashboard"))
        else:
            self.title.setText(self.tr("My numbers"))
            self.title.setToolTip(
                self.tr(
                    "What you received, decided, printed and issued, and the work assigned to you"
                )
            )

    # -- loading ---------------------------------------------------------------------

    def current_filter(self) -> StatsFilter:
        since, until = period_days(Period(self.period.currentData()), self.ctx.today())
        if not self.supervisor:
            officer = self.ctx.session.username if self.ctx.session is not None else None
            return StatsFilter(since, until, officer=officer)
        return StatsFilter(
            since,
            until,
            center=self.center.currentData() or None,
            officer=self.officer.currentData() or None,
        )

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        self.empty.setText(self.tr("Counting…"))
        self.ctx.runner.read(
            lambda: load(self.ctx, flt),
            done=lambda data: self._show(generation, data),
            failed=lambda exc: self._failed(generation, exc),
            owner=self,
            label="dashboard",
        )

    def _failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            self.empty.setText(
                self.tr("The numbers could not be counted: %1").replace("%1", str(exc))
            )

    def _show(self, generation: int, data: DashboardData) -> None:
        if generation != self._generation:  # an older question
            return
        self.data = data
        stats, week = data.stats, data.week
        today = self.ctx.today()
        flt = stats.flt
        self.period_text.setText(f"{flt.since:%d.%m.%Y} – {flt.until:%d.%m.%Y}")
        today_tally = week.by_day.get(today)
        self.tiles["received_today"].set_value(today_tally.received if today_tally else 0)
        self.tiles["received_week"].set_value(week.total.received)
        for key in ("received", "decided", "printed", "issued"):
            self.tiles[key].set_value(getattr(stats.total, key))
        self.tiles["overdue"].set_value(stats.total.overdue, ALERT)
        self.tiles["due_soon"].set_value(stats.total.due_soon, WARN)
        days = list(stats.by_day)
        self.chart.set_data(
            days,
            [stats.by_day[d].received for d in days],
            [stats.by_day[d].decided for d in days],
        )
        self.by_service.set_lines(
            [(self._service_name(k), t) for k, t in stats.by_service.items()], stats.total
        )
        self.by_status.set_lines(
            [(self._service_name(k), c) for k, c in sorted(stats.by_service_status.items())]
        )
        self.by_officer.set_lines(
            [(k or self.tr("(unassigned)"), t) for k, t in stats.by_officer.items()], stats.total
        )
        self.by_center.set_lines(list(stats.by_center.items()), stats.total)
        self._offer(self.center, self._centers, stats.by_center)
        self._offer(self.officer, self._officers, {k for k in stats.by_officer if k})
        nothing = not any(stats.total.__getattribute__(k) for k in ("received", "decided", "open"))
        self.empty.setText(self.tr("Nothing in this period.") if nothing else "")
        self.empty.setVisible(nothing)
        self.loaded.emit()

    def _offer(self, combo: QComboBox, known: set[str], keys: object) -> None:
        """Add the centers (officers) seen so far to their list, keeping the choice."""
        new = set(keys) - known  # type: ignore[call-overload]
        if not new:
            return
        known |= new
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for key in sorted(known):
            combo.addItem(key, key)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _service_name(self, code: str) -> str:
        try:
            return self.ctx.catalogue.service(code).name.text(self.ctx.language)  # type: ignore[arg-type]
        except KeyError:
            return code
