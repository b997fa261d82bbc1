"""`workstation --self-test` from the source tree: every check passes, its lines are
printed, nothing reaches standard error; a broken shipped file fails it with one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECKS = (
    "ok  Qt ",
    "ok  catalogue: ",
    "ok  Designer forms: ",
    "ok  fonts: ",
    "ok  translations: az",
    "ok  database: ",
    "ok  card PDF: ",
    "ok  pull process: a child prepared a page of ",
    "ok  main window: opened offscreen, Received queue shows ",
)


def _run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "WORKSTATION_DATA_DIR": str(data),  # must stay untouched
    }
    return subprocess.run(
        [sys.executable, "-m", "workstation", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("args", [("--self-test",), ("self-test",)])
def test_self_test_passes_from_the_source_tree(tmp_path: Path, args: tuple[str, ...]) -> None:
    done = _run(*args, data=tmp_path / "officer-data")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    for check in CHECKS:
        assert any(line.startswith(check) for line in lines), (check, done.stdout)
    assert "DejaVu Sans" in done.stdout
    assert "OCR" in done.stdout
    assert lines[-1].startswith("self-test passed in ")
    assert not (tmp_path / "officer-data").exists()  # the officer's folder is never made


def test_a_broken_form_fails_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In process: the forms folder holds a damaged .ui file; the command names it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from workstation import cli
    from workstation.gui import selftest

    forms = tmp_path / "ui"
    forms.mkdir()
    (forms / "broken.ui").write_text("<ui version='4.0'><widget class='QDialog'", "utf-8")
    monkeypatch.setattr(selftest, "ui_dir", lambda: forms)

    assert cli.main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert "ok  catalogue: " in out
    assert "Designer forms" not in out
    assert err.count("\n") == 1
    assert err.startswith("workstation: self-test failed: broken.ui does not load")
