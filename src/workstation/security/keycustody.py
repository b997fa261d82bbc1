"""Where a data folder's key lives: the OS keyring, or a key file wrapped with a passphrase.

Keyring: service ``workstation data key <folder id>``, user ``current`` (and ``next``
while a key rotation is under way), the key as hex; the folder id is a random name kept in
``keyring.id`` of the data folder (not a secret: it names the entry, so that a folder moved
or restored elsewhere on the same account still finds its key). Key file (only where no keyring
exists): ``datakey.json`` in the data folder, the data key wrapped with AES-256-GCM under a
key derived from the passphrase with argon2id (64 MiB, t=3, p=4, random salt). Neither the
key nor the passphrase is ever logged or written in plain.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from workstation.domain.errors import DomainError
from workstation.files import write_atomically
from workstation.store.cipher import KEY_BYTES, check_key
from workstation.store.datadir import DataDir

KEY_FILE = "datakey.json"
KEYRING_ID_FILE = "keyring.id"
SERVICE_PREFIX = "workstation data key"
FORMAT = 1
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
SALT_BYTES = 16
MIN_PASSPHRASE = 8
_AAD = b"workstation data key v1"


class DataKeyError(DomainError):
    """The data folder's key cannot be had: it says why and what to do."""


class WrongPassphrase(DataKeyError):
    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"Wrong passphrase for the data folder {folder}: its data stays locked. "
            "Nothing was changed."
        )


class KeyFileDamaged(DataKeyError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"The key file {path} is damaged ({detail}); nothing was changed.")


class NoKeyring(Exception):
    """The OS has no usable keyring (keyring's NoKeyringError and friends)."""


@dataclass(frozen=True, slots=True)
class Keys:
    """The data key, and the next one while a rotation is under way."""

    current: bytes
    next: bytes | None = None


class KeyringCustody:
    """The data key in the OS keyring."""

    kind = "keyring"

    def __init__(self, datadir: DataDir) -> None:
        self.id_file = datadir.path / KEYRING_ID_FILE
        try:
            self.folder_id = self.id_file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            self.folder_id = ""

    @property
    def service(self) -> str:
        return f"{SERVICE_PREFIX} {self.folder_id or '(no keyring.id)'}"

    def _get(self, user: str) -> bytes | None:
        try:
            value = keyring.get_password(self.service, user)
        except keyring.errors.KeyringError as exc:
            raise NoKeyring(str(exc) or type(exc).__name__) from exc
        if value is None:
            return None
        try:
            return check_key(bytes.fromhex(value))
        except ValueError as exc:
            raise DataKeyError(
                f"the keyring entry '{self.service}' ({user}) is not a data key"
            ) from exc

    def _set(self, user: str, key: bytes) -> None:
        try:
            keyring.set_password(self.service, user, check_key(key).hex())
        except keyring.errors.KeyringError as exc:
            raise NoKeyring(str(exc) or type(exc).__name__) from exc
        if self._get(user) != key:
            raise NoKeyring(f"the keyring did not keep '{self.service}'")

    def load(self) -> Keys | None:
        if not self.folder_id:
            return None
        current = self._get("current")
        return None if current is None else Keys(current, self._get("next"))

    def create(self, key: bytes) -> None:
        if not self.folder_id:
            folder_id = uuid.uuid4().hex
            self.folder_id = folder_id
            try:
                self._set("current", key)
            except NoKeyring:
                self.folder_id = ""
                raise
            write_atomically(self.id_file, (folder_id + "\n").encode("ascii"))
            return
        self._set("current", key)

    def begin_rotation(self, new: bytes) -> None:
        self._set("next", new)

    def finish_rotation(self, new: bytes) -> None:
        self._set("current", new)
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self.service, "next")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not a base64 text")
    return base64.b64decode(value, validate=True)


class PassphraseCustody:
    """The data key wrapped with a passphrase in ``datakey.json`` of the data folder."""

    kind = "passphrase"

    def __init__(self, datadir: DataDir) -> None:
        self.path = datadir.path / KEY_FILE
        self.folder = datadir.path
        self._kek: bytes | None = None
        self._salt: bytes = b""
        self._params = (ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_LANES)

    def exists(self) -> bool:
        return self.path.is_file()

    @staticmethod
    def _derive(passphrase: str, salt: bytes, t: int, m: int, p: int) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=t,
            memory_cost=m,
            parallelism=p,
            hash_len=KEY_BYTES,
            type=Type.ID,
        )

    def _read(self) -> dict[str, Any]:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise KeyFileDamaged(self.path, "not readable JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileDamaged(self.path, "unknown format")
        return doc

    def _unwrap(self, box: Any) -> bytes:
        assert self._kek is not None
        try:
            nonce, sealed = _unb64(box["nonce"]), _unb64(box["key"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged(self.path, "a wrapped key is malformed") from exc
        try:
            return check_key(AESGCM(self._kek).decrypt(nonce, sealed, _AAD))
        except InvalidTag as exc:
            raise WrongPassphrase(self.folder) from exc

    def _wrap(self, key: bytes) -> dict[str, str]:
        assert self._kek is not None
        nonce = os.urandom(12)
        return {"nonce": _b64(nonce), "key": _b64(AESGCM(self._kek).encrypt(nonce, key, _AAD))}

    def unlock(self, passphrase: str) -> Keys:
        """The keys, with `WrongPassphrase` if the passphrase does not unwrap them."""
        doc = self._read()
        try:
            kdf = doc["kdf"]
            salt = _unb64(kdf["salt"])
            t, m, p = int(kdf["t"]), int(kdf["m"]), int(kdf["p"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyFileDamaged(self.path, "the key derivation is malformed") from exc
        if kdf.get("name") != "argon2id":
            raise KeyFileDamaged(self.path, f"unknown key derivation {kdf.get('name')!r}")
        self._kek, self._salt = self._derive(passphrase, salt, t, m, p), salt
        self._params = (t, m, p)
        current = self._unwrap(doc.get("current"))
        following = doc.get("next")
        return Keys(current, None if following is None else self._unwrap(following))

    def create(self, passphrase: str, key: bytes) -> None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise DataKeyError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
        self._salt = os.urandom(SALT_BYTES)
        self._kek = self._derive(passphrase, self._salt, *self._params)
        self._write(Keys(key))

    def _write(self, keys: Keys) -> None:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "about": "the data key of this workstation data folder, wrapped with a passphrase",
            "kdf": {
                "name": "argon2id",
                "t": self._params[0],
                "m": self._params[1],
                "p": self._params[2],
                "salt": _b64(self._salt),
            },
            "current": self._wrap(keys.current),
        }
        if keys.next is not None:
            doc["next"] = self._wrap(keys.next)
        write_atomically(self.path, json.dumps(doc, indent=1).encode("utf-8"))

    def begin_rotation(self, current: bytes, new: bytes) -> None:
        self._write(Keys(current, new))

    def finish_rotation(self, new: bytes) -> None:
        self._write(Keys(new))
