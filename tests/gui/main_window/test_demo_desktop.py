"""`workstation demo` (without --headless) opens the desktop against the embedded server,
logged in as the demo officer without a login dialog (offscreen here): the desktop's
online login is audited and leaves the offline verifier; the data folder stays held by
the desktop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from tests.integration.processes import free_port
from workstation.security.datakey import connect_raw
from workstation.store import DataDir


def _audited_logins(database: Path) -> int:
    if not database.exists() or not (database.parent / "datakey.json").exists():
        return 0
    with closing(connect_raw(DataDir(database.parent))) as db:
        try:
            row = db.execute(
                "SELECT count(*) FROM audit_events WHERE action = 'user.login' "
                "AND actor = 'officer'"
            ).fetchone()
            verifier = db.execute(
                "SELECT count(*) FROM meta WHERE key = 'security.offline.officer'"
            ).fetchone()
        except dbapi2.OperationalError:  # not migrated yet
            return 0
    return int(row[0]) if verifier[0] else 0


@pytest.mark.slow
def test_demo_opens_the_desktop_logged_in(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    log = tmp_path / "demo.log"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # QSettings of this run only
    }
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workstation",
                "--data-dir",
                str(folder),
                "demo",
                "--port",
                str(free_port()),
                "--count",
                "120",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    try:
        deadline = time.monotonic() + 120
        while _audited_logins(folder / "workstation.sqlite3") == 0:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        text = log.read_text()
        assert "opening the desktop" in text
        assert "serving until stopped" not in text
        assert (folder / ".lock").exists()
        assert process.poll() is None  # still running: the window is open
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(30)
    assert code == 0, log.read_text()  # closed cleanly, the demo server stopped
