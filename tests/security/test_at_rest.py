"""Encryption at rest: nothing of the applicant readable in the data folder without the key;
the key in the keyring (or wrapped with a passphrase where there is none); wrong keys
refused with nothing changed; a plain folder encrypted at its first open with nothing lost;
key rotation, also when interrupted."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail
from sqlalchemy import text

from tests.conftest import MemoryKeyring
from tests.store.store_factory import make_application, make_person
from workstation.domain import interchange
from workstation.domain.model import ChecklistItem, Status
from workstation.security import datakey
from workstation.security.keycustody import KEY_FILE, KEYRING_ID_FILE, KeyringCustody
from workstation.store import Actor, DataDir, Store, cipher
from workstation.store.attachments import addresses
from workstation.store.cipher import Sealer, WrongKey

SURNAME = "Zəfərqulubəyli"
PASSPORT = "ZQ7319046"
SCAN = b"%PDF-1.7 scan of the passport of the applicant " + bytes(range(256)) * 8
ACTOR = Actor(user="aliyev", workstation_id="WS-BAK-01")


def _receive(store: Store) -> str:
    """One application of a recognisable applicant, with a scan of the passport."""
    person = make_person(surname=SURNAME, given_names="Gülnarə")
    person = replace(person, document=replace(person.document, number=PASSPORT))
    with store.unit_of_work(ACTOR) as uow:
        ref = uow.add_attachment(SCAN, "application/pdf", "passport_copy")
        uow.add_person(person)
        app = make_application(
            person,
            1,
            status=Status.RECEIVED,
            checklist=(ChecklistItem("passport_copy", True, ref.sha256),),
        )
        uow.add_application(app)
    return ref.sha256


def _export(store: Store) -> bytes:
    with store.read() as repos:
        snapshot = repos.all_for_export()
    return interchange.dumps(snapshot.persons, snapshot.applications)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def _secrets() -> list[bytes]:
    words = [SURNAME, SURNAME.upper(), "zafarqulubayli", PASSPORT]
    return (
        [w.encode("utf-8") for w in words]
        + [w.encode("utf-16-le") for w in words]
        + [
            SCAN[:32],
            SCAN[-32:],
        ]
    )


def _leaks(folder: Path) -> list[tuple[str, bytes]]:
    return [
        (name, secret)
        for name, content in _files(folder).items()
        for secret in _secrets()
        if secret in content
    ]


@contextlib.contextmanager
def _keyring(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with _keyring(fail.Keyring()):  # type: ignore[no-untyped-call]
        yield


def test_nothing_of_the_applicant_on_disk_and_the_key_in_the_keyring(
    tmp_path: Path, memory_keyring_for_data_keys: MemoryKeyring
) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        sha = _receive(store)
        with store.read() as repos:  # the search index has the name (inside the database)
            found = repos.session.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH '\"zafarq\"*'")
            ).scalar()
            assert found == 1
        # while open too: the WAL holds the latest pages, encrypted as well
        assert _leaks(folder.path) == []
    assert _leaks(folder.path) == []
    assert sha in set(addresses(folder.attachments))  # the address is the plain SHA-256
    assert not (folder.path / KEY_FILE).exists()  # no key file where the keyring works
    service = KeyringCustody(folder).service
    stored = memory_keyring_for_data_keys.entries[(service, "current")]
    key = bytes.fromhex(stored)
    assert not cipher.is_plain_sqlite(folder.database)
    for content in _files(folder.path).values():
        assert key not in content
        assert stored.encode() not in content
    with datakey.open_store(folder) as store:
        assert store.read_attachment(sha) == SCAN


def test_wrong_key_is_refused_and_changes_nothing(
    tmp_path: Path, memory_keyring_for_data_keys: MemoryKeyring
) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        _receive(store)
    before = _files(folder.path)
    with pytest.raises(WrongKey, match="cannot be opened with this key"):
        Store.open(folder, key=cipher.new_key())
    service = KeyringCustody(folder).service
    good = memory_keyring_for_data_keys.entries[(service, "current")]
    memory_keyring_for_data_keys.entries[(service, "current")] = cipher.new_key().hex()
    try:
        with pytest.raises(WrongKey):
            datakey.open_store(folder)
    finally:
        memory_keyring_for_data_keys.entries[(service, "current")] = good
    assert _files(folder.path) == before
    assert not folder.is_locked
    del memory_keyring_for_data_keys.entries[(service, "current")]
    with pytest.raises(datakey.DataKeyError, match="not in this computer's keyring"):
        datakey.open_store(folder)
    assert _files(folder.path) == before


def test_without_a_keyring_the_key_is_wrapped_with_the_passphrase(
    tmp_path: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = DataDir(tmp_path / "data")
    monkeypatch.delenv(datakey.ENV_PASSPHRASE, raising=False)
    with pytest.raises(datakey.DataKeyError, match="WORKSTATION_PASSPHRASE"):
        datakey.open_store(folder, create=True)  # nobody to ask: refused, never plain
    assert not folder.database.exists()
    asked: list[datakey.PassphraseRequest] = []

    def ask(request: datakey.PassphraseRequest) -> str | None:
        asked.append(request)
        return "a good passphrase" if len(asked) != 2 else "a wrong passphrase"

    with datakey.open_store(folder, create=True, ask=ask) as store:
        sha = _receive(store)
    assert asked[0].new
    assert (folder.path / KEY_FILE).is_file()
    assert not (folder.path / KEYRING_ID_FILE).exists()
    assert _leaks(folder.path) == []
    before = _files(folder.path)
    with datakey.open_store(folder, ask=ask) as store:  # wrong, then asked again: right
        assert store.read_attachment(sha) == SCAN
    assert [r.new for r in asked] == [True, False, False]
    assert "Wrong passphrase" in asked[2].error
    monkeypatch.setenv(datakey.ENV_PASSPHRASE, "not the passphrase")
    with pytest.raises(datakey.WrongPassphrase, match="Nothing was changed"):
        datakey.open_store(folder, ask=ask)  # scripted: no retry
    assert _files(folder.path) == before
    assert not folder.is_locked


def _make_plain(folder: DataDir) -> None:
    """Turn an encrypted folder back into what the workstation wrote before encryption:
    plain SQLite, plain attachment files, no key anywhere."""
    _custody, keys = datakey.unlock(folder)
    plain = folder.path / "plain.sqlite3"
    with contextlib.closing(cipher.connect(folder.database, keys.current)) as conn:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    for suffix in ("-wal", "-shm"):
        Path(f"{folder.database}{suffix}").unlink(missing_ok=True)
    plain.replace(folder.database)
    sealer = Sealer(keys.current)
    for address in addresses(folder.attachments):
        path = folder.attachments / address[:2] / address[2:]
        opened = sealer.open(path.read_bytes(), address)
        assert opened is not None
        path.write_bytes(opened)
    (folder.path / KEYRING_ID_FILE).unlink()


def test_a_plain_folder_is_encrypted_at_its_first_open_and_nothing_is_lost(
    tmp_path: Path,
) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        sha = _receive(store)
        before = _export(store)
    _make_plain(folder)
    assert cipher.is_plain_sqlite(folder.database)
    assert _leaks(folder.path) != []  # the way folders were before this change
    with datakey.open_store(folder) as store:
        assert _export(store) == before
        assert store.read_attachment(sha) == SCAN
        with store.read() as repos:  # the search index came along
            found = repos.session.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH 'zq7319*'")
            ).scalar()
            assert found == 1
    assert _leaks(folder.path) == []
    leftovers = [
        p.name for p in folder.path.iterdir() if p.name.endswith((".backup", ".rewriting"))
    ]
    assert leftovers == []  # the plain backup is gone once the encrypted copy is in place


def _digest_of_files(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256(c).hexdigest() for name, c in _files(folder).items()}


def test_rotation_reencrypts_everything_and_keeps_the_data(
    tmp_path: Path, memory_keyring_for_data_keys: MemoryKeyring
) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        sha = _receive(store)
        before = _export(store)
    service = KeyringCustody(folder).service
    old = bytes.fromhex(memory_keyring_for_data_keys.entries[(service, "current")])
    files_before = _digest_of_files(folder.path)
    assert datakey.rotate(folder) == "keyring"
    new = bytes.fromhex(memory_keyring_for_data_keys.entries[(service, "current")])
    assert new != old
    assert (service, "next") not in memory_keyring_for_data_keys.entries
    files_after = _digest_of_files(folder.path)
    changed = [name for name in files_before if files_before[name] != files_after.get(name)]
    assert "workstation.sqlite3" in changed
    assert any(name.startswith("attachments") for name in changed)
    assert not cipher.opens_with(folder.database, old)
    with datakey.open_store(folder) as store:
        assert _export(store) == before
        assert store.read_attachment(sha) == SCAN
    assert _leaks(folder.path) == []


def test_rotation_with_a_passphrase_and_an_interrupted_one(
    tmp_path: Path, no_keyring: None
) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        sha = _receive(store)
        before = _export(store)
    assert datakey.rotate(folder) == "passphrase"
    custody, keys = datakey.unlock(folder)
    assert keys.next is None
    # interrupted: the next key kept, the database re-encrypted, the attachments not yet
    new = cipher.new_key()
    custody.begin_rotation(keys.current, new)  # type: ignore[call-arg]
    cipher.rekey(folder.database, keys.current, new)
    with datakey.open_store(folder) as store:  # the next open finishes the rotation
        assert _export(store) == before
        assert store.read_attachment(sha) == SCAN
    _custody, after = datakey.unlock(folder)
    assert after == type(after)(new)
    assert not cipher.opens_with(folder.database, keys.current)


def test_copied_folder_still_opens_and_a_foreign_folder_does_not(tmp_path: Path) -> None:
    folder = DataDir(tmp_path / "data")
    with datakey.open_store(folder, create=True) as store:
        before = _export(store)
    copy = tmp_path / "restored"
    shutil.copytree(folder.path, copy, ignore=shutil.ignore_patterns(".lock"))
    with datakey.open_store(DataDir(copy)) as store:
        assert _export(store) == before
    (copy / KEYRING_ID_FILE).unlink()  # the copy lost the name of its keyring entry
    with pytest.raises(datakey.DataKeyError, match="not in this computer's keyring"):
        datakey.open_store(DataDir(copy))
