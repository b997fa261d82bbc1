"""PySide6's import hook, made cheap.

Once PySide6 is imported, every later import of a Python module goes through PySide6's
`__feature__` hook, which asks whether the module "uses PySide" by reading its whole
source with `inspect.getsource` and looking for the word ``PySide6`` in it. That parses
the file into `linecache` (and keeps it there) for every module the process imports:
about 170 ms of CPU for the desktop's SQLAlchemy, store, holidays and page imports, on
the GUI's start-up path, and a few MB of source lines held for nothing.

`install()` replaces that test with one that asks the same question of the file's bytes
(same answer: the word is ASCII; a module without a readable ``.py`` file still goes to
PySide6's own test). It must run after `import PySide6` and before `PySide6.QtCore` is
imported, so that the hook's first sweep over the modules already imported is cheap
too; `workstation.runtime` runs it when imported. When PySide6's internals are not what
this expects, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 - loads shibokensupport.feature, not QtCore

_MARK = "_workstation_fast"


def _bytes_test(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def install() -> bool:
    """Swap PySide6's per-import source test for the cheap one; True when it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if not getattr(upstream, _MARK, False):
        feature._mod_uses_pyside = _bytes_test(upstream)  # type: ignore[attr-defined]
    return True
