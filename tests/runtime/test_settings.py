"""Typed, versioned settings over QSettings: upgrades per version, bad values fall back,
round trip, limits, and never a secret."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from workstation.runtime import settings as st
from workstation.runtime.settings import Settings, SettingsError


def _store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


def test_a_fresh_store_gets_the_defaults_and_the_current_version(tmp_path: Path) -> None:
    store = _store(tmp_path)
    assert st.load(store) == Settings()
    assert Settings().language == "az"  # Azerbaijani by default
    assert st.stored_version(store) == st.SCHEMA_VERSION


def test_the_shell_keys_of_version_0_are_upgraded(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.setValue("ui/language", "ru")
    store.setValue("sync/interval_ms", 90_000)
    store.setValue("security/offline_login_days", 7)
    store.setValue("main_window/geometry", b"\x01\x02")  # kept as it is
    loaded = st.load(store)
    assert (loaded.language, loaded.sync_interval_seconds, loaded.offline_login_days) == (
        "ru",
        90,
        7,
    )
    assert not store.contains("ui/language")
    assert not store.contains("sync/interval_ms")
    assert store.value("main_window/geometry") == b"\x01\x02"
    assert st.stored_version(store) == 2


def test_each_upgrade_runs_once_and_in_order(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.setValue(st.VERSION_KEY, 1)
    store.setValue("ui/language", "ru")  # a version-1 store no longer has this key's meaning
    store.setValue("sync/interval_ms", 30_000)
    loaded = st.load(store)
    assert loaded.language == "az"  # upgrade 1 did not run again
    assert loaded.sync_interval_seconds == 30  # upgrade 2 did
    store.setValue("sync/interval_ms", 45_000)
    assert st.load(store).sync_interval_seconds == 30  # nothing runs twice


def test_unreadable_or_out_of_range_values_fall_back(tmp_path: Path) -> None:
    store = _store(tmp_path)
    store.setValue(st.VERSION_KEY, st.SCHEMA_VERSION)
    store.setValue("sync/interval_seconds", "often")
    store.setValue("security/idle_lock_minutes", 100_000)
    store.setValue("desk/language", "de")
    store.setValue("appearance/high_contrast", "true")
    loaded = st.load(store)
    assert loaded.sync_interval_seconds == 60
    assert loaded.idle_lock_minutes == 10
    assert loaded.language == "az"
    assert loaded.high_contrast is True


def test_round_trip_and_limits(tmp_path: Path) -> None:
    chosen = Settings(
        language="en",
        server_url="https://central.example.gov.az",
        card_printer="Zebra ZC300",
        receipt_printer="HP LaserJet",
        sync_interval_seconds=300,
        offline_login_days=5,
        idle_lock_minutes=3,
        font_scale=1.5,
        high_contrast=True,
    )
    st.save(_store(tmp_path), chosen)
    assert st.load(_store(tmp_path)) == chosen
    for bad in (
        Settings(sync_interval_seconds=5),
        Settings(offline_login_days=31),
        Settings(language="fr"),
        Settings(font_scale=3.0),
        Settings(server_url="central.example"),
    ):
        with pytest.raises(SettingsError):
            st.save(_store(tmp_path), bad)
    assert st.load(_store(tmp_path)) == chosen  # a refused save changed nothing


def test_no_setting_holds_a_secret(tmp_path: Path) -> None:
    store = _store(tmp_path)
    st.save(store, Settings(server_url="https://central.example.gov.az"))
    store.setValue("main_window/geometry", b"\x00")
    for key in store.allKeys():
        assert not st.SECRET_WORDS.search(key), key
        assert not st.SECRET_WORDS.search(str(store.value(key))), key
    for name, option in st.OPTIONS.items():
        assert not st.SECRET_WORDS.search(name)
        assert not st.SECRET_WORDS.search(option.key)
    text = (tmp_path / "workstation.ini").read_text()
    for word in ("password", "token", "secret"):
        assert word not in text.lower()
