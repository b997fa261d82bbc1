"""Errors of the local store. They subclass `DomainError` so that callers can catch both."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import DomainError


class StoreError(DomainError):
    """Base of the errors the local store raises on purpose."""


class DataDirLocked(StoreError):
    """Another process already has this data folder open for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The data folder {path} is in use by another workstation process. "
            "Close the other window or command that uses it, then try again."
        )


class DataDirMissing(StoreError):
    """A command needs an initialised data folder that does not exist."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The data folder {path} does not exist or was never initialised. "
            "Run 'workstation init' first, or point WORKSTATION_DATA_DIR at the right folder."
        )


class NotFound(StoreError):
    """No stored entity has this identifier (or number)."""

    def __init__(self, entity: str, key: str) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"no {entity} {key!r} in the local database")


class AlreadyExists(StoreError):
    """An entity with this identifier (or unique number) is already stored."""

    def __init__(self, entity: str, key: str) -> None:
        self.entity = entity
        self.key = key
        super().__init__(f"{entity} {key!r} already exists in the local database")


class AttachmentCorrupt(StoreError):
    """An attachment file does not match its recorded hash or size (or is missing)."""

    def __init__(self, sha256: str, detail: str) -> None:
        self.sha256 = sha256
        super().__init__(f"attachment {sha256}: {detail}")
