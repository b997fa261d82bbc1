"""The data key's life cycle: made at the first open, found at every open, rotated on
request; and `open_store`, the one way the workstation opens its data folder.

A random 256-bit data key encrypts the database (SQLCipher) and the attachments
(`workstation.store.cipher`). It lives in the OS keyring; where there is none, it is
wrapped with a passphrase in the data folder (`keycustody`), and the passphrase comes
from ``$WORKSTATION_PASSPHRASE`` (scripted use) or from `ask` (a terminal prompt, the
desktop's dialog). With neither, opening fails with a clear message: the data is never
left in plain text. A data folder from before encryption is encrypted at its first open
(attachments first, then the database, which stays as a backup until the encrypted copy
is in place). `rotate` re-encrypts everything under a new key; an interrupted rotation is
finished at the next open.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workstation.security.keycustody import (
    DataKeyError,
    KeyringCustody,
    Keys,
    NoKeyring,
    PassphraseCustody,
    WrongPassphrase,
)
from workstation.store import cipher
from workstation.store.attachments import reseal
from workstation.store.datadir import DataDir
from workstation.store.db import Clock, Store, utc_now

ENV_PASSPHRASE = "WORKSTATION_PASSPHRASE"
PROMPT_TRIES = 3

__all__ = [
    "ENV_PASSPHRASE",
    "Ask",
    "DataKeyError",
    "PassphraseRequest",
    "WrongPassphrase",
    "custody_of",
    "open_store",
    "rotate",
    "unlock",
]


@dataclass(frozen=True, slots=True)
class PassphraseRequest:
    """What `ask` is asked: the passphrase of `folder`; ``new``: choose one (no keyring on
    this computer); ``error``: why the last answer was refused."""

    folder: Path
    new: bool
    error: str = ""


# Returns the passphrase, or None when the officer cancels or nobody can be asked.
Ask = Callable[[PassphraseRequest], str | None]


class PassphraseRequired(DataKeyError):
    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(
            f"The data folder {folder} is encrypted with a passphrase ({reason}), and none was "
            f"given: set {ENV_PASSPHRASE} or run in a terminal. Nothing was changed."
        )


class KeyMissing(DataKeyError):
    def __init__(self, folder: Path, service: str) -> None:
        super().__init__(
            f"The key of the data folder {folder} is not in this computer's keyring "
            f"('{service}'): its data cannot be read. Restore the keyring, or make a new data "
            "folder and sync it from the server (changes never synced are lost)."
        )


def _passphrase(folder: Path, new: bool, ask: Ask | None, error: str = "") -> str:
    answer = ask(PassphraseRequest(folder, new, error)) if ask is not None else None
    if not answer:
        reason = "no keyring on this computer" if new else "it has a key file"
        raise PassphraseRequired(folder, reason)
    return answer


def _unlock_file(custody: PassphraseCustody, ask: Ask | None) -> Keys:
    env = os.environ.get(ENV_PASSPHRASE, "")
    if env:
        return custody.unlock(env)  # scripted: a wrong one fails at once
    error = ""
    for attempt in range(PROMPT_TRIES):
        try:
            return custody.unlock(_passphrase(custody.folder, False, ask, error))
        except WrongPassphrase as exc:
            if attempt == PROMPT_TRIES - 1:
                raise
            error = str(exc)
    raise AssertionError("unreachable")


Custody = KeyringCustody | PassphraseCustody


def _create(datadir: DataDir, ask: Ask | None) -> tuple[Custody, Keys]:
    key = cipher.new_key()
    in_keyring = KeyringCustody(datadir)
    try:
        in_keyring.create(key)
        return in_keyring, Keys(key)
    except NoKeyring:
        pass
    custody = PassphraseCustody(datadir)
    passphrase = os.environ.get(ENV_PASSPHRASE, "") or _passphrase(datadir.path, True, ask)
    custody.create(passphrase, key)
    return custody, Keys(key)


def custody_of(datadir: DataDir) -> Custody:
    """Where this folder's key is kept (a key file wins; else the keyring)."""
    file = PassphraseCustody(datadir)
    return file if file.exists() else KeyringCustody(datadir)


def unlock(datadir: DataDir, ask: Ask | None = None) -> tuple[Custody, Keys]:
    """The folder's keys and where they are kept; a new key (kept in the keyring, else
    wrapped with a passphrase) when the folder has no encrypted database yet."""
    custody = custody_of(datadir)
    if isinstance(custody, PassphraseCustody):
        return custody, _unlock_file(custody, ask)
    try:
        keys = custody.load()
    except NoKeyring:
        keys = None
    if keys is not None:
        return custody, keys
    if datadir.database.is_file() and not cipher.is_plain_sqlite(datadir.database):
        raise KeyMissing(datadir.path, custody.service)
    return _create(datadir, ask)


def _needs_upkeep(datadir: DataDir, keys: Keys) -> bool:
    database = datadir.database
    return (
        keys.next is not None
        or cipher.is_plain_sqlite(database)
        or any(path.exists() for path in cipher.side_files(database))
    )


def _upkeep(datadir: DataDir, custody: Custody, keys: Keys) -> Keys:
    """Finish what an earlier run left: encrypt a plain folder, complete a rotation,
    remove side files. Needs the folder's lock. Returns the keys now in force."""
    database = datadir.database
    if cipher.is_plain_sqlite(database):
        datadir.attachments.mkdir(parents=True, exist_ok=True)
        reseal(datadir.attachments, None, cipher.Sealer(keys.current))
        cipher.encrypt_plain(database, keys.current)
    cipher.clean_side_files(database)
    if keys.next is None:
        return keys
    new = keys.next
    if not cipher.opens_with(database, new):
        cipher.rekey(database, keys.current, new)
    if datadir.attachments.is_dir():
        reseal(datadir.attachments, cipher.Sealer(keys.current), cipher.Sealer(new))
    custody.finish_rotation(new)
    return Keys(new)


def open_store(
    datadir: DataDir,
    *,
    create: bool = False,
    lock: bool = True,
    clock: Clock = utc_now,
    ask: Ask | None = None,
) -> Store:
    """`Store.open` with the folder's data key (see the module's text). With ``lock``
    false, the folder is locked only while an interrupted upkeep is finished."""
    if create:
        datadir.init()
    else:
        datadir.require()
    if lock:
        datadir.lock()
    try:
        custody, keys = unlock(datadir, ask)
        if _needs_upkeep(datadir, keys):
            if lock:
                keys = _upkeep(datadir, custody, keys)
            else:
                with datadir:
                    keys = _upkeep(datadir, custody, keys)
        return Store.open(datadir, key=keys.current, create=create, lock=False, clock=clock)
    except BaseException:
        if lock:
            datadir.unlock()
        raise


def rotate(datadir: DataDir, ask: Ask | None = None) -> str:
    """Re-encrypt the folder's database and attachments under a new data key and keep it
    where the old one was. Holds the folder's lock throughout; an interruption is finished
    at the next open. Returns where the key is kept ("keyring" or "passphrase")."""
    datadir.require()
    with datadir:
        custody, keys = unlock(datadir, ask)
        if _needs_upkeep(datadir, keys):
            keys = _upkeep(datadir, custody, keys)
        new = cipher.new_key()
        if isinstance(custody, PassphraseCustody):
            custody.begin_rotation(keys.current, new)
        else:
            custody.begin_rotation(new)
        _upkeep(datadir, custody, Keys(keys.current, new))
        return custody.kind


def connect_raw(datadir: DataDir, ask: Ask | None = None, **kwargs: Any) -> Any:
    """A plain DB-API connection (SQLCipher, keyed) to the folder's database, for checks
    and repairs by hand: no migrations, no lock, no upkeep."""
    _custody, keys = unlock(datadir, ask)
    return cipher.connect(datadir.database, keys.current, **kwargs)
