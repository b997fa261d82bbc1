"""Errors of the sync client. Each carries the server's `ErrorBody` code and message
(when there was one) and says what the officer or IT staff can do."""

from __future__ import annotations

from functools import partial
from typing import Any

from workstation.domain.errors import DomainError


class SyncError(DomainError):
    """Base of the errors sync raises on purpose."""


class ApiError(SyncError):
    def __init__(
        self,
        code: str,
        message: str,
        *,
        status: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.status = status
        self.details = details or {}
        where = f"HTTP {status}, " if status is not None else ""
        super().__init__(f"{message} ({where}{code})")

    def __reduce__(self) -> tuple[Any, tuple[str, str]]:
        """Pickled as made (from a child process fetching pages: `pull_process`)."""
        made = partial(type(self), status=self.status, details=self.details)
        return made, (self.code, self.message)


class UpdateRequired(ApiError):
    """HTTP 426: the server no longer accepts this protocol version; install an update."""


class AuthExpired(ApiError):
    """HTTP 401: the access token expired or is invalid (or the credentials are wrong)."""


class Rejected4xx(ApiError):
    """Any other 4xx: the server refused this request; retrying it unchanged won't help."""


class ServerUnavailable(ApiError):
    """5xx, no connection, a timeout, or an unreadable answer: try again later."""


class LoginRequired(SyncError):
    """No usable refresh token: sync pauses (the outbox is kept) until the officer logs in."""

    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            "Sinxronizasiya dayandırıldı: yenidən daxil olun. / Sync paused: log in again "
            f"with 'workstation login --user NAME'{extra}; nothing waiting to be sent is lost."
        )
