"""The workstation's data folder: where it is, what it holds, and who may write to it."""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

import filelock
import platformdirs

from workstation.store.errors import DataDirLocked, DataDirMissing

ENV_VAR = "WORKSTATION_DATA_DIR"
DATABASE_NAME = "workstation.sqlite3"


class DataDir:
    """Resolves the data folder: explicit path, else ``$WORKSTATION_DATA_DIR``, else the
    per-user data folder of the platform. ``lock()`` (or ``with datadir:``) takes an
    exclusive lock so that a second process cannot write to the same folder."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            env = os.environ.get(ENV_VAR, "").strip()
            path = env or platformdirs.user_data_dir("workstation", "workstation")
        self.path: Path = Path(path).expanduser().resolve()
        self._lock = filelock.FileLock(str(self.path / ".lock"), timeout=0)

    def __repr__(self) -> str:
        return f"DataDir({str(self.path)!r})"

    @property
    def database(self) -> Path:
        return self.path / DATABASE_NAME

    @property
    def attachments(self) -> Path:
        return self.path / "attachments"

    @property
    def logs(self) -> Path:
        return self.path / "logs"

    @property
    def lock_file(self) -> Path:
        return self.path / ".lock"

    def exists(self) -> bool:
        """True when the folder has been initialised (it holds a database)."""
        return self.database.is_file()

    def init(self) -> DataDir:
        """Create the folder and its sub-folders (idempotent)."""
        for folder in (self.path, self.attachments, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def require(self) -> DataDir:
        """Raise `DataDirMissing` unless the folder was initialised."""
        if not self.exists():
            raise DataDirMissing(self.path)
        return self

    @property
    def is_locked(self) -> bool:
        """True when this object holds the lock."""
        return self._lock.is_locked

    def lock(self) -> DataDir:
        """Take the exclusive write lock now, or raise `DataDirLocked` at once."""
        if not self.path.is_dir():
            raise DataDirMissing(self.path)
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout as exc:
            raise DataDirLocked(self.path) from exc
        return self

    def unlock(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> DataDir:
        return self.lock()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.unlock()
