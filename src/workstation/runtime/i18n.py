"""Interface languages: Qt Linguist translations of the desktop, swapped at run time.

The sources are `resources/translations/workstation_{az,en,ru}.ts` (made by
``pyside6-lupdate`` over ``src/workstation/gui`` and ``ui/``; see
``scripts/update_translations.py``). Compiled ``.qm`` files are never committed: the
first start after a ``.ts`` changes compiles it with PySide6's own ``lrelease`` into a
per-user cache folder, named by the hash of the source, so a stale ``.qm`` is never
loaded. This works the same from a source checkout and from an installed wheel (the
wheel carries the ``.ts`` files under ``workstation/_data/resources``).

Qt's own strings (standard buttons, dialogs) come from PySide6's ``qtbase_<lang>.qm``
when it has one; there is none for Azerbaijani, so our ``.ts`` carries the standard
buttons (context ``QPlatformTheme``, see `gui/qt_strings.py`).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from workstation.resources import resource_path

try:  # the interpreter's own SHA-256: hashlib loads OpenSSL (milliseconds at start-up)
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import sha256

log = logging.getLogger("workstation.gui.i18n")

LANGUAGES = ("az", "en", "ru")
DEFAULT_LANGUAGE = "az"
LOCALE_NAMES = {"az": "az_AZ", "en": "en_GB", "ru": "ru_RU"}
# The language's name in itself, for the language chooser.
NATIVE_NAMES = {"az": "Azərbaycan dili", "en": "English", "ru": "Русский"}


class TranslationError(RuntimeError):
    """A translation could not be compiled or loaded."""


def ts_path(language: str) -> Path:
    return resource_path("translations", f"workstation_{language}.ts")


def cache_dir() -> Path:
    """Where compiled translations go (``WORKSTATION_CACHE_DIR`` overrides it)."""
    from workstation.runtime.cache import cache_root  # noqa: PLC0415 - not at start-up when the .qm is compiled already

    return cache_root() / "translations"


def lrelease_command() -> list[str]:
    """PySide6's own lrelease binary (it ships with PySide6-Essentials)."""
    package = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (package / name).is_file():
            return [str(package / name)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


def compiled_qm(language: str, cache: Path | None = None) -> Path:
    """The ``.qm`` of ``language``, compiled from its ``.ts`` into the cache when it is
    missing or stale (the file name holds the hash of the source)."""
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}; one of {LANGUAGES}")
    source = ts_path(language)
    digest = sha256(source.read_bytes()).hexdigest()[:16]
    shipped = source.with_name(f"workstation_{language}-{digest}.qm")
    if shipped.is_file():  # compiled at build time (the desktop bundle): no lrelease there
        return shipped
    folder = cache or cache_dir()
    target = folder / f"workstation_{language}-{digest}.qm"
    if target.is_file():
        return target
    import subprocess  # noqa: PLC0415 - only to compile (once per .ts change)
    import tempfile  # noqa: PLC0415

    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{language}-", suffix=".qm", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        done = subprocess.run(
            [*lrelease_command(), "-silent", str(source), "-qm", str(tmp)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if done.returncode != 0 or tmp.stat().st_size == 0:
            raise TranslationError(
                f"lrelease failed on {source.name}: {(done.stderr or done.stdout).strip()}"
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    for old in folder.glob(f"workstation_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def locale_of(language: str) -> QLocale:
    return QLocale(LOCALE_NAMES.get(language, LOCALE_NAMES[DEFAULT_LANGUAGE]))


class Translations(QObject):
    """The translators installed on the application; `apply` swaps them (Qt then sends
    ``QEvent.LanguageChange`` to every widget) and sets the default ``QLocale``."""

    def __init__(self, parent: QObject | None = None, *, cache: Path | None = None) -> None:
        super().__init__(parent)
        self._cache = cache
        self._installed: list[QTranslator] = []
        self.language = ""

    def apply(self, language: str) -> None:
        if language not in LANGUAGES:
            raise TranslationError(f"unknown language {language!r}; one of {LANGUAGES}")
        if language == self.language:
            return
        translators: list[QTranslator] = []
        ours = QTranslator(self)
        qm = compiled_qm(language, self._cache)
        if not ours.load(str(qm)):
            raise TranslationError(f"the translation {qm} could not be loaded")
        translators.append(ours)
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{language}", str(qt_translations_dir())):
            translators.append(qt_own)
        else:
            log.info("no Qt translation for %s: the standard buttons come from ours", language)
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        # Installed last is asked first: ours wins over Qt's for the standard buttons.
        for translator in reversed(translators):
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        QLocale.setDefault(locale_of(language))
        self.language = language
        log.info("interface language: %s", language)

    def remove(self) -> None:
        """Uninstall this object's translators (the source strings show again)."""
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
            old.deleteLater()
        self._installed = []
        self.language = ""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``text`` for ``pyside6-lupdate`` under ``context`` and returns it unchanged
    (translate it where it is shown). PySide6's own marker is typed as returning object."""
    return text
