"""The offline login verifier: made at an online login, valid for some days, locked after
five wrong passwords for five minutes, stored without the password."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from workstation.domain.model import Role
from workstation.security import offline
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, Store
from workstation.store.syncmeta import put_meta

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
ACTOR = Actor("officer", "WS-1")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(DataDir(tmp_path / "data"), create=True) as opened:
        yield opened


def _remember(store: Store, password: str = "s3cret-pass", when: dt.datetime = NOW) -> None:
    with store.unit_of_work(ACTOR) as uow:
        offline.remember(
            uow.session,
            username="officer",
            password=password,
            full_name="Leyla Məmmədova",
            role=Role.OFFICER,
            center_code="BAK1",
            now=when,
        )


def _check(store: Store, password: str, when: dt.datetime, days: int = 14) -> offline.OfflineResult:
    with store.unit_of_work(ACTOR) as uow:
        return offline.check(uow.session, "officer", password, now=when, valid_days=days)


def test_right_password_lets_the_user_in_with_role_and_name(store: Store) -> None:
    _remember(store)
    result = _check(store, "s3cret-pass", NOW + dt.timedelta(days=3))
    assert result.ok
    assert result.user is not None
    assert result.user.role is Role.OFFICER
    assert result.user.full_name == "Leyla Məmmədova"
    assert result.user.last_online_login == NOW


def test_the_password_is_not_stored(store: Store) -> None:
    _remember(store)
    with store.read() as repos:
        raw = repos.meta("security.offline.officer") or ""
    assert "s3cret-pass" not in raw
    entry = json.loads(raw)
    assert entry["kdf"] == "argon2id"
    assert entry["hash"].startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    # a fresh salt at each online login: the same password never gives the same verifier
    _remember(store)
    with store.read() as repos:
        assert json.loads(repos.meta("security.offline.officer") or "")["hash"] != entry["hash"]


def test_unknown_user_wrong_password_and_expiry(store: Store) -> None:
    assert _check(store, "x", NOW).refusal is offline.Refusal.UNKNOWN
    _remember(store)
    wrong = _check(store, "nope", NOW)
    assert wrong.refusal is offline.Refusal.WRONG_PASSWORD
    assert wrong.failures_left == 4
    late = NOW + dt.timedelta(days=15)
    assert _check(store, "s3cret-pass", late).refusal is offline.Refusal.EXPIRED
    assert _check(store, "s3cret-pass", late, days=30).ok


def test_five_wrong_passwords_lock_for_five_minutes(store: Store) -> None:
    _remember(store)
    results = [_check(store, f"wrong-{i}", NOW) for i in range(5)]
    assert [r.refusal for r in results[:4]] == [offline.Refusal.WRONG_PASSWORD] * 4
    assert results[4].refusal is offline.Refusal.LOCKED
    assert results[4].locked_until == NOW + dt.timedelta(minutes=5)
    # even the right password is refused while locked
    assert _check(store, "s3cret-pass", NOW + dt.timedelta(minutes=4)).refusal is (
        offline.Refusal.LOCKED
    )
    assert _check(store, "s3cret-pass", NOW + dt.timedelta(minutes=5, seconds=1)).ok


def test_a_good_password_resets_the_count_and_a_new_online_login_renews(store: Store) -> None:
    _remember(store)
    for _ in range(4):
        _check(store, "wrong", NOW)
    assert _check(store, "s3cret-pass", NOW).ok
    assert _check(store, "wrong", NOW).failures_left == 4
    _remember(store, "new-password", NOW + dt.timedelta(days=13))
    assert not _check(store, "s3cret-pass", NOW + dt.timedelta(days=20)).ok
    assert _check(store, "new-password", NOW + dt.timedelta(days=20)).ok


def _plant_scrypt_verifier(store: Store, password: str) -> None:
    """A verifier as the first scheme (salted scrypt, before argon2id) wrote it."""
    salt = bytes(range(16))
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    entry = {
        "v": 1,
        "kdf": "scrypt",
        "n": 2**14,
        "r": 8,
        "p": 1,
        "salt": salt.hex(),
        "hash": digest.hex(),
        "full_name": "Leyla Məmmədova",
        "role": "officer",
        "center_code": "BAK1",
        "last_online_login": NOW.isoformat(),
        "failures": 0,
        "locked_until": None,
    }
    with store.unit_of_work(ACTOR) as uow:
        put_meta(uow.session, "security.offline.officer", json.dumps(entry))


def _entry(store: Store) -> dict[str, object]:
    with store.read() as repos:
        return json.loads(repos.meta("security.offline.officer") or "null")  # type: ignore[no-any-return]


def test_an_old_scrypt_verifier_is_upgraded_by_the_next_good_offline_login(store: Store) -> None:
    _plant_scrypt_verifier(store, "old-pass")
    assert _check(store, "wrong", NOW).refusal is offline.Refusal.WRONG_PASSWORD
    assert _entry(store)["kdf"] == "scrypt"  # a wrong password upgrades nothing
    assert _check(store, "old-pass", NOW + dt.timedelta(days=1)).ok
    entry = _entry(store)
    assert entry["kdf"] == "argon2id"
    assert "salt" not in entry
    assert "n" not in entry
    assert entry["last_online_login"] == NOW.isoformat()  # validity is not extended
    assert _check(store, "old-pass", NOW + dt.timedelta(days=2)).ok
    assert not _check(store, "wrong", NOW + dt.timedelta(days=2)).ok


def test_an_old_scrypt_verifier_is_replaced_by_the_next_online_login(store: Store) -> None:
    _plant_scrypt_verifier(store, "old-pass")
    _remember(store, "old-pass")
    assert _entry(store)["kdf"] == "argon2id"
    assert _check(store, "old-pass", NOW).ok


def test_forget_removes_the_verifier(store: Store) -> None:
    _remember(store)
    with store.unit_of_work(ACTOR) as uow:
        assert offline.forget(uow.session, "officer")
        assert not offline.forget(uow.session, "officer")
    assert _check(store, "s3cret-pass", NOW).refusal is offline.Refusal.UNKNOWN


def test_a_damaged_verifier_lets_nobody_in(store: Store) -> None:
    _remember(store)
    entry = _entry(store)
    entry["hash"] = "$argon2id$garbage"
    with store.unit_of_work(ACTOR) as uow:
        put_meta(uow.session, "security.offline.officer", json.dumps(entry))
    assert _check(store, "s3cret-pass", NOW).refusal is offline.Refusal.WRONG_PASSWORD
