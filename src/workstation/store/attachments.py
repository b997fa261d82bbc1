"""Attachment files, content-addressed by SHA-256 under ``attachments/ab/cdef…``.

A file is written to a temporary name, flushed to disk, then renamed into place, so a
crash never leaves a half-written file under a hash name. Reading checks the hash.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from workstation.files import write_atomically
from workstation.store.errors import AttachmentCorrupt

_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class AttachmentFiles:
    """The ``attachments/`` folder of a data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

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
        write_atomically(target, data)
        if not self.has_valid(digest, len(data)):
            raise AttachmentCorrupt(digest, "the file could not be written back intact")
        return digest

    def read(self, sha256: str, size: int | None = None) -> bytes:
        """The bytes of an attachment; `AttachmentCorrupt` if missing or tampered with."""
        path = self.path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise AttachmentCorrupt(sha256, f"the file {path} is missing") from exc
        if size is not None and len(data) != size:
            raise AttachmentCorrupt(
                sha256, f"the file {path} has {len(data)} bytes, {size} were recorded"
            )
        if sha256_hex(data) != sha256:
            raise AttachmentCorrupt(sha256, f"the file {path} does not match its hash")
        return data
