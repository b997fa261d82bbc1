"""`workstation` (no subcommand) or `workstation desktop`: open the officer desktop.

The GUI (PySide6) is imported only here, when the desktop is asked for, so that the
other commands neither load Qt nor need a display."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from workstation.cli_commands.common import datadir
from workstation.store import DataDir

NO_DISPLAY = (
    "no display: set DISPLAY or WAYLAND_DISPLAY (or QT_QPA_PLATFORM, e.g. offscreen) to "
    "open the desktop"
)


def has_display() -> bool:
    """Whether a window can be shown: a display server, or a Qt platform chosen."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_desktop(folder: DataDir, *, demo_user: str = "", demo_password: str = "") -> int:
    """Run the desktop on `folder` until its window closes; the exit code."""
    if not has_display():
        print(f"workstation: {NO_DISPLAY}", file=sys.stderr)
        return 1
    app = importlib.import_module("workstation.gui.app")
    demo = app.DemoLogin(demo_user, demo_password) if demo_user else None
    code: int = app.run(folder, demo=demo)
    return code


def run(args: argparse.Namespace) -> int:
    return open_desktop(datadir(args))
