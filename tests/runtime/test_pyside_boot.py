"""PySide6's per-import "does this module use PySide?" test, made cheap (pyside_boot):
the same answers as PySide6's own, in place before QtCore is imported, and no module
source left in `linecache` by the imports that follow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import workstation.runtime.tasks
from workstation.runtime import pyside_boot

feature = sys.modules["shibokensupport.feature"]


def _upstream() -> object:
    fast = feature._mod_uses_pyside
    assert getattr(fast, "_workstation_fast", False), "pyside_boot.install() did not run"
    return fast.__closure__[0].cell_contents  # the test it wraps


def test_the_cheap_test_answers_as_pysides_own(tmp_path: Path) -> None:
    upstream = _upstream()
    fast = feature._mod_uses_pyside
    uses = tmp_path / "uses_qt.py"
    uses.write_text("# café\nfrom PySide6 import QtCore\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("X = 'pyside6 in lower case is not the word'\n", encoding="utf-8")
    sourceless = ModuleType("sourceless")
    sourceless.__file__ = str(tmp_path / "gone.py")  # no such file
    compiled = ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311.so")
    modules: list[ModuleType] = [sys, workstation.runtime.tasks, json, sourceless, compiled]
    for path in (uses, plain):
        module = ModuleType(path.stem)
        module.__file__ = str(path)
        modules.append(module)
    answers = {m.__name__: fast(m) for m in modules}
    assert answers == {m.__name__: upstream(m) for m in modules}  # type: ignore[operator]
    assert answers["uses_qt"] is True
    assert answers["workstation.runtime.tasks"] is True
    assert answers["plain"] is False
    assert answers["json"] is False


def test_install_is_idempotent() -> None:
    before = feature._mod_uses_pyside
    assert pyside_boot.install() is True
    assert feature._mod_uses_pyside is before


CHILD = """
import json, linecache, sys
import workstation.gui  # what the desktop's entry point imports first
feature = sys.modules["shibokensupport.feature"]
before_qtcore = getattr(feature._mod_uses_pyside, "_workstation_fast", False)
import PySide6.QtWidgets
import wave  # imported after the hook is in place
from xml.dom import minidom
print(json.dumps({
    "fast_before_qtcore": before_qtcore,
    "cached": sorted(name for name in linecache.cache if "wave" in name or "xml" in name),
    "seen": {n: feature.pyside_feature_dict.get(n) for n in ("wave", "xml.dom")},
}))
"""


def test_the_desktop_installs_it_before_qtcore_and_imports_leave_no_source_behind() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["fast_before_qtcore"] is True
    # PySide6 still records each later import (as not using PySide) ...
    assert seen["seen"] == {"wave": -1, "xml.dom": -1}
    # ... without reading it into linecache as inspect.getsource did
    assert seen["cached"] == []
