"""A crash has a path (STYLE.md 8): unhandled exceptions on any thread and Qt's fatal
messages are written to ``<data>/crash/crash-<time>.txt``; the next start finds the
reports not yet seen and shows them (`gui/logs/crash_dialog.py`) with "Copy details".

A report holds the versions, the exception's type and its traceback (file, line,
function, source line) — never local variables, and the message only after
`scrub`: quoted values, numbers, e-mail addresses and secrets are replaced, since a
message may name an applicant or carry a token.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from workstation.runtime.logs import redact

log = logging.getLogger("workstation.runtime")

SEEN_SUFFIX = ".seen"

_PERSONAL = (
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<e-mail>"),
    (re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|«[^»]*»"), "'…'"),
    (re.compile(r"\d[\d\s.-]{2,}\d|\d{2,}"), "<number>"),
)


def scrub(message: str) -> str:
    text = redact(message)
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text[:500]


def format_report(
    kind: type[BaseException] | None,
    value: BaseException | None,
    tb: TracebackType | None,
    versions: Iterable[tuple[str, str]],
    where: str,
) -> str:
    lines = [f"Workstation crash report — {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M:%S} UTC"]
    lines.append(f"Where: {where}")
    lines += [f"{name}: {version}" for name, version in versions]
    lines.append("")
    name = kind.__qualname__ if kind is not None else "unknown"
    module = kind.__module__ if kind is not None else ""
    message = scrub(str(value)) if value is not None else ""
    lines.append(f"{module}.{name}: {message}" if module != "builtins" else f"{name}: {message}")
    lines.append("Traceback (most recent call last):")
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {scrub(frame.line.strip())}")
    cause = value.__cause__ or value.__context__ if value is not None else None
    if cause is not None:
        lines.append(f"Caused by: {type(cause).__qualname__}: {scrub(str(cause))}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths from the package on; a home folder (a user name) is not written."""
    marker = f"{os.sep}workstation{os.sep}"
    if marker in filename:
        return "workstation/" + filename.split(marker, 1)[1].replace(os.sep, "/")
    return Path(filename).name


class CrashHandler:
    """Installs the hooks; `write` is also usable directly (tests)."""

    def __init__(self, folder: Path, versions: Callable[[], list[tuple[str, str]]]) -> None:
        self.folder = folder
        self.versions = versions
        self.written: list[Path] = []
        self._previous: tuple[object, object] | None = None

    def write(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
        where: str,
    ) -> Path | None:
        try:
            versions = self.versions()
        except Exception:
            versions = []
        text = format_report(kind, value, tb, versions, where)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
            path = self.folder / f"crash-{stamp}.txt"
            path.write_text(text, encoding="utf-8")
        except OSError:
            log.exception("the crash report could not be written")
            return None
        self.written.append(path)
        log.critical("unhandled %s in %s; report %s", getattr(kind, "__name__", kind), where, path)
        return path

    def _excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        self.write(kind, value, tb, "main thread")
        sys.__excepthook__(kind, value, tb)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "?"
        self.write(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    def _qt_messages(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log = logging.getLogger("workstation.runtime.qt")
        if kind == QtMsgType.QtFatalMsg:
            error = RuntimeError(message)
            self.write(RuntimeError, error, None, f"Qt fatal message ({context.category})")
        elif kind == QtMsgType.QtCriticalMsg:
            qt_log.error("%s", redact(message))
        elif kind == QtMsgType.QtWarningMsg:
            qt_log.warning("%s", redact(message))

    def install(self, *, qt_messages: bool = True) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook
        if qt_messages:
            qInstallMessageHandler(self._qt_messages)

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None
        qInstallMessageHandler(None)


def pending_reports(folder: Path) -> list[Path]:
    """Crash reports not shown yet, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("crash-*.txt") if p.is_file())


def mark_seen(path: Path) -> None:
    path.replace(path.with_name(path.name + SEEN_SUFFIX))
