"""The desk's settings: typed, versioned and migrated, with QSettings underneath
(qutebrowser's configdata + Picard's config_upgrade, STYLE.md 7).

`load(store)` upgrades what is stored (one function per schema version, applied in
order, each recorded by bumping ``meta/schema_version``) and reads every setting through
its type, falling back to the default for a value that is missing or cannot be read
(logged, never fatal). `save(store, settings)` writes them all. Secrets are never
settings: passwords and tokens live in the OS keyring (`sync.Credentials`); a field
whose name says otherwise is refused when the class is defined, and a test checks that
nothing stored looks like one.

The main window's geometry, state and splitter stay under ``main_window/*`` (written
by the window itself as Qt byte arrays); they are part of schema version 1 as they are.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from PySide6.QtCore import QSettings

from workstation.runtime.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("workstation.gui.settings")

SCHEMA_VERSION = 2
VERSION_KEY = "meta/schema_version"
SECRET_WORDS = re.compile(r"pass(word)?|token|secret|private|credential|key$", re.IGNORECASE)
FONT_SCALES = (1.0, 1.25, 1.5)


class SettingsError(ValueError):
    """A value outside what the setting allows (the message says which and why)."""


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    minimum: int | float | None = None
    maximum: int | float | None = None
    choices: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class Settings:
    language: str = DEFAULT_LANGUAGE
    server_url: str = ""
    card_printer: str = ""  # empty: ask in the print dialog
    receipt_printer: str = ""
    sync_interval_seconds: int = 60
    offline_login_days: int = 14
    idle_lock_minutes: int = 10
    font_scale: float = 1.0
    high_contrast: bool = False

    def checked(self) -> Settings:
        """``self`` if every value is allowed; `SettingsError` naming the first that is not."""
        for item in fields(self):
            option = OPTIONS[item.name]
            value = getattr(self, item.name)
            if option.choices and value not in option.choices:
                raise SettingsError(f"{item.name}: {value!r} is not one of {option.choices}")
            if option.minimum is not None and value < option.minimum:
                raise SettingsError(f"{item.name}: {value!r} is below {option.minimum}")
            if option.maximum is not None and value > option.maximum:
                raise SettingsError(f"{item.name}: {value!r} is above {option.maximum}")
        url = self.server_url.strip()
        if url and not re.match(r"^https?://[^\s/]+", url):
            raise SettingsError(f"server_url: {url!r} is not an http(s) address")
        return self


OPTIONS: dict[str, Option] = {
    "language": Option("desk/language", choices=LANGUAGES),
    "server_url": Option("desk/server_url"),
    "card_printer": Option("printing/card_printer"),
    "receipt_printer": Option("printing/receipt_printer"),
    "sync_interval_seconds": Option("sync/interval_seconds", 15, 3600),
    "offline_login_days": Option("security/offline_login_days", 1, 30),
    "idle_lock_minutes": Option("security/idle_lock_minutes", 1, 240),
    "font_scale": Option("appearance/font_scale", choices=FONT_SCALES),
    "high_contrast": Option("appearance/high_contrast"),
}
for _name, _option in OPTIONS.items():
    if SECRET_WORDS.search(_name) or SECRET_WORDS.search(_option.key):
        raise TypeError(f"{_name}: secrets belong in the keyring, not in settings")


def _v1(store: QSettings) -> None:
    """Version 1 (issue 8): the shell's loose keys folded in. ``ui/language`` (English by
    default then) becomes ``desk/language``; ``security/offline_login_days`` keeps
    its key."""
    if store.contains("ui/language"):
        if not store.contains("desk/language"):
            store.setValue("desk/language", store.value("ui/language"))
        store.remove("ui/language")


def _v2(store: QSettings) -> None:
    """Version 2: the sync interval was once kept in milliseconds (``sync/interval_ms``)."""
    if store.contains("sync/interval_ms"):
        try:
            seconds = round(int(str(store.value("sync/interval_ms"))) / 1000)
        except ValueError:
            seconds = None
        if seconds is not None and not store.contains("sync/interval_seconds"):
            store.setValue("sync/interval_seconds", seconds)
        store.remove("sync/interval_ms")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _v1, 2: _v2}


def stored_version(store: QSettings) -> int:
    try:
        return int(str(store.value(VERSION_KEY, 0)))
    except ValueError:
        return 0


def upgrade(store: QSettings) -> int:
    """Run the upgrades the store has not had yet; returns the version it is at now. A
    store written by a newer version is left alone (read with defaults where needed)."""
    version = stored_version(store)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        UPGRADES[target](store)
        store.setValue(VERSION_KEY, target)
        log.info("settings upgraded to version %d", target)
        version = target
    store.sync()
    return version


def _read(raw: object, default: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(f"not a yes/no value: {raw!r}")
    if isinstance(default, int):
        return int(str(raw))
    if isinstance(default, float):
        return float(str(raw))
    return str(raw)


def load(store: QSettings) -> Settings:
    upgrade(store)
    defaults = Settings()
    values: dict[str, Any] = {}
    for name, option in OPTIONS.items():
        default = getattr(defaults, name)
        if not store.contains(option.key):
            continue
        try:
            value = _read(store.value(option.key), default)
            replace(defaults, **{name: value}).checked()
        except (ValueError, SettingsError) as exc:
            log.warning("setting %s ignored (%s); using %r", option.key, exc, default)
            continue
        values[name] = value
    return replace(defaults, **values)


def save(store: QSettings, settings: Settings) -> None:
    settings.checked()
    for name, option in OPTIONS.items():
        store.setValue(option.key, getattr(settings, name))
    store.setValue(VERSION_KEY, SCHEMA_VERSION)
    store.sync()
