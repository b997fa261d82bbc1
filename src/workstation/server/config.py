"""The server's settings: arguments of `create_app`, or environment variables for the
worker processes that uvicorn starts (``--workers N``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

ENV_DATABASE = "WORKSTATION_SERVER_DATABASE"
ENV_ACCESS_TTL = "WORKSTATION_SERVER_ACCESS_TTL"
ENV_REFRESH_TTL = "WORKSTATION_SERVER_REFRESH_TTL"
ENV_REFRESH_GRACE = "WORKSTATION_SERVER_REFRESH_GRACE"
ENV_PARTIAL_UPLOAD_MAX_AGE = "WORKSTATION_SERVER_PARTIAL_UPLOAD_MAX_AGE"

DEFAULT_ACCESS_TTL = 15 * 60.0
DEFAULT_REFRESH_TTL = 30 * 24 * 3600.0
DEFAULT_REFRESH_GRACE = 60.0
DEFAULT_PARTIAL_UPLOAD_MAX_AGE = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class ServerConfig:
    database_url: str
    access_ttl: float = DEFAULT_ACCESS_TTL
    """Seconds an access token is valid."""
    refresh_ttl: float = DEFAULT_REFRESH_TTL
    """Seconds a refresh token is valid (each refresh issues a new one)."""
    refresh_grace: float = DEFAULT_REFRESH_GRACE
    """Seconds after a refresh in which the token it exchanged still works once more, as
    long as its successor is unused (the answer to the refresh was lost)."""
    partial_upload_max_age: float = DEFAULT_PARTIAL_UPLOAD_MAX_AGE
    """Seconds after which an attachment upload begun and never finished is deleted (at
    server start and whenever a new upload begins); the workstation uploads it again."""
    login_max_failures: int = 5
    """Failed logins in a row before the user is locked for `login_lock_seconds`."""
    login_lock_seconds: float = 300.0
    enrol_code_ttl: float = 7 * 24 * 3600.0
    login_address_max_failures: int = 20
    """Failed logins from one client address within `login_address_window` seconds (any
    user names, known or not) before that address is refused for `login_lock_seconds`."""
    login_address_window: float = 600.0
    max_json_bytes: int = 2 * 1024 * 1024
    """A JSON request body: a push of 100 mutations, each with the `changed` and `prev`
    of a whole application (≈5 KB), is about 0.5 MB."""
    max_chunk_bytes: int = 4 * 1024 * 1024
    """One piece of an attachment upload (the workstation sends 1 MB pieces)."""

    @classmethod
    def from_env(cls) -> ServerConfig:
        url = os.environ.get(ENV_DATABASE)
        if not url:
            raise RuntimeError(f"set {ENV_DATABASE} to the server's database URL")
        limits: dict[str, Any] = {
            name: kind(os.environ[env])
            for name, (env, kind) in _LIMITS.items()
            if os.environ.get(env)
        }
        return cls(
            database_url=url,
            access_ttl=float(os.environ.get(ENV_ACCESS_TTL, DEFAULT_ACCESS_TTL)),
            refresh_ttl=float(os.environ.get(ENV_REFRESH_TTL, DEFAULT_REFRESH_TTL)),
            refresh_grace=float(os.environ.get(ENV_REFRESH_GRACE, DEFAULT_REFRESH_GRACE)),
            partial_upload_max_age=float(
                os.environ.get(ENV_PARTIAL_UPLOAD_MAX_AGE, DEFAULT_PARTIAL_UPLOAD_MAX_AGE)
            ),
            **limits,
        )

    def to_env(self) -> dict[str, str]:
        return {
            ENV_DATABASE: self.database_url,
            ENV_ACCESS_TTL: repr(self.access_ttl),
            ENV_REFRESH_TTL: repr(self.refresh_ttl),
            ENV_REFRESH_GRACE: repr(self.refresh_grace),
            ENV_PARTIAL_UPLOAD_MAX_AGE: repr(self.partial_upload_max_age),
            **{env: repr(getattr(self, name)) for name, (env, _kind) in _LIMITS.items()},
        }


# The limits a worker process started by uvicorn (``--workers N``) takes from its parent.
_LIMITS: dict[str, tuple[str, type[int] | type[float]]] = {
    "login_max_failures": ("WORKSTATION_SERVER_LOGIN_MAX_FAILURES", int),
    "login_lock_seconds": ("WORKSTATION_SERVER_LOGIN_LOCK_SECONDS", float),
    "login_address_max_failures": ("WORKSTATION_SERVER_LOGIN_ADDRESS_MAX_FAILURES", int),
    "login_address_window": ("WORKSTATION_SERVER_LOGIN_ADDRESS_WINDOW", float),
    "max_json_bytes": ("WORKSTATION_SERVER_MAX_JSON_BYTES", int),
    "max_chunk_bytes": ("WORKSTATION_SERVER_MAX_CHUNK_BYTES", int),
}
