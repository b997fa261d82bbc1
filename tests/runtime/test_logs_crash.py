"""Log files (rotating, one logger per area, secrets redacted) and crash reports
(written by the hooks, scrubbed, found at the next start)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest

from workstation.runtime import logs
from workstation.runtime.crash import CrashHandler, mark_seen, pending_reports, scrub


@pytest.fixture
def log_folder(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "logs"
    handler = logs.setup(folder, logging.DEBUG)
    yield folder
    logs.teardown(handler)


def test_areas_log_into_one_file_without_secrets(log_folder: Path) -> None:
    logs.area_logger("sync").info("pushed %d changes", 3)
    logs.area_logger("security").warning("refresh failed: token=eyJabc.def password: hunter2")
    logs.area_logger("print").error("header Authorization: Bearer abc.def.ghi")
    with pytest.raises(ValueError, match="unknown log area"):
        logs.area_logger("ui")
    text = (log_folder / logs.LOG_NAME).read_text()
    assert "workstation.sync: pushed 3 changes" in text
    for secret in ("eyJabc", "hunter2", "abc.def.ghi"):
        assert secret not in text
    lines = logs.parse(logs.read_tail(log_folder / logs.LOG_NAME))
    assert [(line.level, line.area) for line in lines] == [
        ("INFO", "sync"),
        ("WARNING", "security"),
        ("ERROR", "print"),
    ]


def test_the_log_rotates(log_folder: Path) -> None:
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 + 50):
        logs.area_logger("store").info(line)
    assert (log_folder / f"{logs.LOG_NAME}.1").is_file()
    assert (log_folder / logs.LOG_NAME).stat().st_size < logs.MAX_BYTES


def test_tracebacks_join_their_record() -> None:
    text = (
        "2026-11-28 10:00:00,000 ERROR    workstation.gui: failed\n"
        "Traceback (most recent call last):\n"
        '  File "x.py", line 1, in f\n'
        "2026-11-28 10:00:01,000 INFO     workstation.sync: next\n"
    )
    lines = logs.parse(text)
    assert len(lines) == 2
    assert "Traceback" in lines[0].message


def _versions() -> list[tuple[str, str]]:
    return [("Workstation", "0.1.0")]


def test_an_unhandled_exception_in_a_thread_writes_a_scrubbed_report(tmp_path: Path) -> None:
    folder = tmp_path / "crash"
    handler = CrashHandler(folder, _versions)
    handler.install(qt_messages=False)
    try:

        def work() -> None:
            raise KeyError("applicant 'Məmmədova Gülnar' passport C01234567 a@b.az")

        thread = threading.Thread(target=work, name="reader-1")
        thread.start()
        thread.join()
    finally:
        handler.uninstall()
    (report,) = pending_reports(folder)
    text = report.read_text()
    assert "Where: thread reader-1" in text
    assert "Workstation: 0.1.0" in text
    assert "KeyError" in text
    assert "in work" in text
    for personal in ("Məmmədova", "Gülnar", "01234567", "a@b.az"):
        assert personal not in text
    mark_seen(report)
    assert pending_reports(folder) == []


def test_the_main_thread_hook_writes_too(tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "crash", _versions)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        handler._excepthook(type(exc), exc, exc.__traceback__)
    (report,) = pending_reports(tmp_path / "crash")
    assert "RuntimeError: boom" in report.read_text()
    assert "Where: main thread" in report.read_text()


def test_scrub() -> None:
    assert scrub("token=abc password: x") == "token=[redacted] password: [redacted]"
    assert "12345" not in scrub("number 12345 of 'Əliyev'")
    assert "Əliyev" not in scrub("number 12345 of 'Əliyev'")


def test_a_fatal_qt_message_writes_a_report(tmp_path: Path) -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    handler = CrashHandler(tmp_path / "crash", _versions)
    handler._qt_messages(QtMsgType.QtFatalMsg, QMessageLogContext(), "ASSERT failure in x")
    (report,) = pending_reports(tmp_path / "crash")
    assert "Qt fatal message" in report.read_text()
    assert "ASSERT failure in x" in report.read_text()
