"""Attachment files, content-addressed by SHA-256 under ``attachments/ab/cdef…``.

Files are sealed (AES-256-GCM under a key derived from the data key, `store.cipher`); the
address stays the SHA-256 of the plain bytes, checked after opening. A file is written to
a temporary name, flushed to disk, then renamed into place, so a crash never leaves a
half-written file under a hash name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from workstation.files import write_atomically
from workstation.store.cipher import Sealer
from workstation.store.errors import AttachmentCorrupt

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class AttachmentFiles:
    """The ``attachments/`` folder of a data folder, sealed under the data key `key`."""

    def __init__(self, root: Path, key: bytes) -> None:
        self.root = root
        self._sealer = Sealer(key)

    def path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def has_valid(self, sha256: str, size: int | None = None) -> bool:
        try:
            self.read(sha256, size)
        except AttachmentCorrupt:
            return False
        return True

    def write(self, data: bytes) -> str:
        """Store `data` durably (idempotent) and return its SHA-256. A damaged file
        under the same hash is replaced by the good bytes."""
        digest = sha256_hex(data)
        if self.has_valid(digest, len(data)):
            return digest
        target = self.path(digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, self._sealer.seal(data, digest))
        if not self.has_valid(digest, len(data)):
            raise AttachmentCorrupt(digest, "the file could not be written back intact")
        return digest

    def read(self, sha256: str, size: int | None = None) -> bytes:
        """The bytes of an attachment; `AttachmentCorrupt` if missing or tampered with."""
        path = self.path(sha256)
        try:
            sealed = path.read_bytes()
        except FileNotFoundError as exc:
            raise AttachmentCorrupt(sha256, f"the file {path} is missing") from exc
        data = self._sealer.open(sealed, sha256)
        if data is None:
            raise AttachmentCorrupt(
                sha256, f"the file {path} cannot be decrypted (altered, or another key)"
            )
        if size is not None and len(data) != size:
            raise AttachmentCorrupt(
                sha256, f"the file {path} has {len(data)} bytes, {size} were recorded"
            )
        if sha256_hex(data) != sha256:
            raise AttachmentCorrupt(sha256, f"the file {path} does not match its hash")
        return data


def addresses(root: Path) -> Iterator[str]:
    """The address of every file under an attachments folder (temporary files left out)."""
    for folder in sorted(root.glob("[0-9a-f][0-9a-f]")):
        for file in sorted(folder.iterdir()):
            address = folder.name + file.name
            if _SHA256.match(address):
                yield address


def reseal(root: Path, old: Sealer | None, new: Sealer) -> tuple[int, list[str]]:
    """Seal every file under `root` with `new`, each rewritten atomically: files sealed by
    `old` are opened and sealed again; with `old` None (a folder from before encryption)
    plain files are sealed as they are. Files already sealed by `new` are left alone, so
    an interrupted run can simply go on. Returns (files rewritten, addresses of files that
    `old` cannot open: already damaged, left as they are)."""
    count, damaged = 0, []
    for address in list(addresses(root)):
        path = root / address[:2] / address[2:]
        content = path.read_bytes()
        if new.open(content, address) is not None:
            continue
        data = content if old is None else old.open(content, address)
        if data is None:
            damaged.append(address)
            continue
        write_atomically(path, new.seal(data, address))
        count += 1
    return count, damaged
