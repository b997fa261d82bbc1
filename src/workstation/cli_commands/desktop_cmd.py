"""`workstation` (no subcommand) or `workstation desktop`: open the officer desktop.

The GUI (PySide6) is imported only here, when the desktop is asked for, so that the
other commands neither load Qt nor need a display. Nor is the store imported here: the
desktop paints its window first and opens the data folder after (`gui.app.Startup`)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

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


def open_desktop(
    folder: DataDir | str | Path | None, *, demo_user: str = "", demo_password: str = ""
) -> int:
    """Run the desktop on `folder` until its window closes; the exit code."""
    if not has_display():
        print(f"workstation: {NO_DISPLAY}", file=sys.stderr)
        return 1
    app = importlib.import_module("workstation.gui.app")
    demo = app.DemoLogin(demo_user, demo_password) if demo_user else None
    code: int = app.run(folder, demo=demo)
    return code


def run(args: argparse.Namespace) -> int:
    # the folder as given (None: $WORKSTATION_DATA_DIR or the per-user one), made a
    # `DataDir` by the desktop once its window is painted
    folder: str | None = args.data_dir
    return open_desktop(folder)
