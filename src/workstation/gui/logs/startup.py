"""At start-up: the crash reports of earlier runs not shown yet (read, then marked as
seen once the officer closes the dialog; both off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from workstation.gui.context import AppContext
from workstation.gui.logs.crash_dialog import CrashReportDialog
from workstation.runtime.crash import mark_seen, pending_reports


def read_reports(folder: Path) -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8", errors="replace")) for p in pending_reports(folder)]


def show_crash_reports(
    ctx: AppContext, folder: Path, parent: QWidget | None = None
) -> list[CrashReportDialog]:
    """Reads the reports off the GUI thread and shows them in one dialog; the returned
    list receives the dialog (tests wait for it)."""
    shown: list[CrashReportDialog] = []

    def show(reports: list[tuple[Path, str]]) -> None:
        if not reports:
            return
        dialog = CrashReportDialog(reports, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        paths = [path for path, _text in reports]

        def seen() -> None:
            for path in paths:
                if path.exists():
                    mark_seen(path)

        dialog.finished.connect(lambda _r: ctx.runner.read(seen, label="crash reports seen"))
        dialog.show()
        shown.append(dialog)

    ctx.runner.read(lambda: read_reports(folder), done=show, label="crash reports")
    return shown
