"""`workstation --self-test` (or `workstation self-test`): checks this installation on a
temporary data folder, offscreen, and prints one line per check (see `gui.selftest`).

Exit 0 when everything works; otherwise one line on standard error naming the check."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time


def run(args: argparse.Namespace) -> int:
    del args  # the officer's data folder is never touched: the checks make their own
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window shows, no display needed
    started = time.monotonic()
    selftest = importlib.import_module("workstation.gui.selftest")
    try:
        selftest.run(lambda line: print(f"ok  {line}", flush=True))
    except selftest.SelfTestFailed as exc:
        print(f"workstation: self-test failed: {exc}", file=sys.stderr)
        return 1
    print(f"self-test passed in {time.monotonic() - started:.1f} s")
    return 0
