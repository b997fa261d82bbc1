"""The refresh token in the OS keyring (DESIGN.md section 5): never in files or logs.

The keyring entry is service ``workstation``, user ``<server>|<workstation>|<user>``.
Without a keyring backend (a headless machine: ``keyring.errors.NoKeyringError``) the
token is held in this process's memory only, and the officer logs in each session
(``--password-stdin`` for scripts). ``PYTHON_KEYRING_BACKEND`` picks the backend
(keyring reads it by itself).
"""

from __future__ import annotations

import keyring
import keyring.errors

SERVICE = "workstation"
NO_KEYRING_WARNING = (
    "No OS keyring is available: the login is kept in memory for this process only; "
    "log in again in each session (scripts: --password-stdin)."
)

_memory: dict[str, str] = {}


class Credentials:
    """Where the refresh token of (server, workstation, user) is kept."""

    def __init__(
        self, server_url: str, workstation_id: str, username: str, *, service: str = SERVICE
    ) -> None:
        self.service = service
        self.key = f"{server_url.rstrip('/')}|{workstation_id}|{username}"
        self.username = username
        self.persistent = True
        self.warning: str | None = None

    def __repr__(self) -> str:  # never shows a token
        return f"Credentials({self.key!r}, persistent={self.persistent})"

    def _no_keyring(self) -> None:
        self.persistent = False
        self.warning = NO_KEYRING_WARNING

    def get_refresh_token(self) -> str | None:
        if self.persistent:
            try:
                token = keyring.get_password(self.service, self.key)
            except keyring.errors.KeyringError:
                self._no_keyring()
            else:
                if token:
                    return token
        return _memory.get(self.key)

    def set_refresh_token(self, token: str) -> None:
        """Keep the (rotated) token: in the keyring, else in memory for this process."""
        if self.persistent:
            try:
                keyring.set_password(self.service, self.key, token)
            except keyring.errors.KeyringError:
                self._no_keyring()
            else:
                _memory.pop(self.key, None)
                return
        _memory[self.key] = token

    def keep_in_memory(self, token: str) -> None:
        """Hold the token for this process only (``--password-stdin``: nothing on disk)."""
        _memory[self.key] = token

    def forget(self) -> None:
        _memory.pop(self.key, None)
        if self.persistent:
            try:
                keyring.delete_password(self.service, self.key)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError:
                self._no_keyring()
