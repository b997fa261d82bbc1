"""What the status bar shows about sync (plain data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Connection(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    ERROR = "error"
    LOGIN_REQUIRED = "login_required"


@dataclass(frozen=True, slots=True)
class SyncState:
    connection: Connection = Connection.OFFLINE
    reason: str = ""
    pending: int = 0
    last_sync: dt.datetime | None = None
    next_in: float | None = None  # seconds until the next scheduled round
