"""Every page and dialog of the gallery, rendered in Azerbaijani and in Russian: each
control has a name (accessible name, buddy label or its own text) and is reachable from
the keyboard (Tab, a mnemonic or a shortcut), no two mnemonics of a window clash, and no
English interface string is left on screen. The gallery runs in a child process
(tests/gui/a11y_gallery.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workstation.gui.a11y import mnemonic_clashes, unnamed_controls, unreachable_controls

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_screen_is_named_keyboard_reachable_and_translated(
    language: str, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        # as a module from the top: tests/gui/queue must not shadow the standard library
        [sys.executable, "-m", "tests.gui.a11y_gallery", str(tmp_path / language), language],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0, done.stderr[-3000:]
    assert lines, done.stdout[-3000:]
    result = json.loads(lines[-1].removeprefix("RESULT "))
    assert len(result["screens"]) > 50
    problems = result["problems"]
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_checks_find_what_they_look_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    bare = QLineEdit(window)
    bare.setObjectName("bare")
    named = QLineEdit(window)
    label = QLabel("&Name:", window)
    label.setBuddy(named)
    first, second = QPushButton("&Save", window), QPushButton("&Send", window)
    mouse_only = QPushButton("Go", window)
    mouse_only.setFocusPolicy(mouse_only.focusPolicy().NoFocus)
    for widget in (bare, label, named, first, second, mouse_only):
        layout.addWidget(widget)
    window.show()
    assert unnamed_controls(window) == ["QLineEdit 'bare'"]
    assert mnemonic_clashes(window) == ["Alt+s: ['&Save', '&Send']"]
    assert unreachable_controls(window) == ["QPushButton 'Go'"]
