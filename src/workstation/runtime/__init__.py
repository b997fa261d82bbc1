"""Qt glue below the screens: the background task runner, settings, logging, the crash
handler, translations and resource paths. Only this package and `gui/` import PySide6."""

from workstation.runtime import pyside_boot as _pyside_boot

_pyside_boot.install()  # before anything imports PySide6.QtCore: see pyside_boot
