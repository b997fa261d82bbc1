"""Encryption at rest, the mechanics: the SQLCipher database and sealed attachment files.

The data key is 32 random bytes, handed in by the caller (`workstation.security.datakey`
keeps it in the OS keyring or wraps it with a passphrase). The database is SQLCipher 4
(AES-256-CBC per page with an HMAC-SHA512 per page, WAL pages too) keyed with the raw key
(``PRAGMA key = "x'…'"``: no key derivation on each connection). Attachment files are
sealed with AES-256-GCM under a key derived from the data key (HKDF-SHA256), one random
nonce per file, the file's content address as associated data (a file moved to another
address does not open). The content address stays the SHA-256 of the plain bytes.

Sealed file: ``b"WSA1"`` · key id (8 bytes, names the data key) · nonce (12) · ciphertext
with its tag. The key id lets a half-finished key rotation read both generations.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlcipher3 import dbapi2 as sqlcipher

from workstation.files import fsync_dir
from workstation.store.errors import StoreError

KEY_BYTES = 32
MAGIC = b"WSA1"
KEY_ID_BYTES = 8
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + KEY_ID_BYTES + NONCE_BYTES
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

dbapi = sqlcipher


class WrongKey(StoreError):
    """The data key does not open this database (or the file is not a database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The database {path} cannot be opened with this key: the key or passphrase is "
            "wrong, or the file is damaged. Nothing was changed."
        )


class PlainDatabase(StoreError):
    """The database is plain SQLite: it must be encrypted before it is opened."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"The database {path} is not encrypted yet.")


def check_key(key: bytes) -> bytes:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a data key has {KEY_BYTES} bytes, not {len(key)}")
    return key


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def _pragma_key(key: bytes) -> str:
    return f"\"x'{check_key(key).hex()}'\""


def is_plain_sqlite(path: Path) -> bool:
    """True when `path` is an unencrypted SQLite database (its header says so)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER
    except FileNotFoundError:
        return False


def _quiet(conn: Any) -> None:
    # SQLCipher logs each failed page HMAC to stderr; a wrong key is reported as WrongKey.
    with contextlib.suppress(sqlcipher.DatabaseError):
        conn.execute("PRAGMA cipher_log_level = NONE")


def connect(path: Path, key: bytes, **kwargs: Any) -> Any:
    """A SQLCipher DB-API connection to `path`, keyed and checked: `WrongKey` if the key
    does not open an existing database (a new file is created encrypted)."""
    conn = sqlcipher.connect(str(path), **kwargs)
    try:
        _quiet(conn)
        conn.execute(f"PRAGMA key = {_pragma_key(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise WrongKey(path) from exc
    return conn


def opens_with(path: Path, key: bytes) -> bool:
    try:
        connect(path, key).close()
    except WrongKey:
        return False
    return True


@contextlib.contextmanager
def _closing(conn: Any) -> Iterator[Any]:
    try:
        yield conn
    finally:
        conn.close()


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _export(source: Any, target: Path, key: bytes) -> None:
    """Copy the whole database of connection `source` into a new SQLCipher file."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    _remove_sidecars(target)
    source.execute(f"ATTACH DATABASE ? AS rewritten KEY {_pragma_key(key)}", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('rewritten')").fetchall()
    finally:
        source.execute("DETACH DATABASE rewritten")
    with _closing(sqlcipher.connect(str(target))) as check:
        _quiet(check)
        check.execute(f"PRAGMA key = {_pragma_key(key)}")
        result = check.execute("PRAGMA integrity_check").fetchone()
        if result is None or result[0] != "ok":
            raise StoreError(f"the rewritten database {target} failed its integrity check")
        check.execute("PRAGMA journal_mode = DELETE")  # no WAL beside the new file yet
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def _replace(path: Path, rewritten: Path, backup: Path) -> None:
    """Put `rewritten` in place of `path`, keeping `path` as `backup` until done."""
    with contextlib.suppress(FileNotFoundError):
        backup.unlink()
    try:
        os.link(path, backup)
    except OSError:  # a file system without hard links
        shutil.copy2(path, backup)
    _remove_sidecars(path)  # checkpointed and closed: they hold nothing the file lacks
    os.replace(rewritten, path)
    fsync_dir(path.parent)
    backup.unlink()
    fsync_dir(path.parent)


def side_files(path: Path) -> tuple[Path, Path]:
    """(the rewritten database being built, the backup kept while it replaces `path`)."""
    return Path(f"{path}.rewriting"), Path(f"{path}.backup")


def clean_side_files(path: Path) -> None:
    """Remove what an interrupted rewrite left beside `path` (the database itself is
    always whole: the old one or the new one)."""
    for leftover in side_files(path):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
        _remove_sidecars(leftover)


def encrypt_plain(path: Path, key: bytes) -> None:
    """Rewrite the plain SQLite database at `path` as SQLCipher under `key`, atomically:
    the plain file stays as a backup until the encrypted one is in place."""
    rewritten, backup = side_files(path)
    with _closing(sqlite3.connect(str(path), isolation_level=None)) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with _closing(sqlcipher.connect(str(path), isolation_level=None)) as source:
        _export(source, rewritten, key)
    _replace(path, rewritten, backup)


def rekey(path: Path, old: bytes, new: bytes) -> None:
    """Rewrite the database at `path` from key `old` to key `new`, atomically (a copy is
    made under the new key, checked, and renamed over the old file)."""
    rewritten, backup = side_files(path)
    with _closing(connect(path, old, isolation_level=None)) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _export(source, rewritten, new)
    _replace(path, rewritten, backup)


# --- attachment files ---------------------------------------------------------------------


def file_key(key: bytes) -> bytes:
    """The AES-256-GCM key of attachment files, derived from the data key."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"workstation attachments v1"
    ).derive(check_key(key))


def key_id(key: bytes) -> bytes:
    """A short public name of a data key (in sealed files' headers)."""
    return hmac.new(check_key(key), b"workstation key id v1", hashlib.sha256).digest()[
        :KEY_ID_BYTES
    ]


class Sealer:
    """Seals and opens attachment files under one data key."""

    def __init__(self, key: bytes) -> None:
        self.key_id = key_id(key)
        self._aead = AESGCM(file_key(key))

    def seal(self, data: bytes, address: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, data, address.encode("ascii"))
        return MAGIC + self.key_id + nonce + body

    def opens(self, sealed: bytes) -> bool:
        return sealed[: len(MAGIC)] == MAGIC and sealed[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES] == (
            self.key_id
        )

    def open(self, sealed: bytes, address: str) -> bytes | None:
        """The plain bytes, or None when the file is not sealed by this key or was altered."""
        if not self.opens(sealed):
            return None
        nonce = sealed[len(MAGIC) + KEY_ID_BYTES : HEADER_BYTES]
        try:
            return self._aead.decrypt(nonce, sealed[HEADER_BYTES:], address.encode("ascii"))
        except InvalidTag:
            return None
