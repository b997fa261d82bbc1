"""Access tokens: ``base64url(JSON payload) . base64url(HMAC-SHA256)``, signed with the
secret the first migration stored in the database; refresh tokens: 32 random bytes,
only their SHA-256 stored."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass


class TokenError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a valid access token speaks for."""

    username: str
    role: str
    center_code: str
    workstation_id: str
    expires_at: float


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_access(secret: bytes, principal: Principal) -> str:
    payload = {
        "sub": principal.username,
        "role": principal.role,
        "ctr": principal.center_code,
        "ws": principal.workstation_id,
        "exp": principal.expires_at,
    }
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    signature = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
    return f"{body}.{_b64(signature)}"


def verify_access(secret: bytes, token: str, now: float | None = None) -> Principal:
    try:
        body, signature = token.split(".")
        expected = hmac.new(secret, body.encode("ascii"), hashlib.sha256).digest()
        if not hmac.compare_digest(expected, _unb64(signature)):
            raise TokenError("token_invalid", "The access token is not valid.")
        payload = json.loads(_unb64(body))
        principal = Principal(
            username=str(payload["sub"]),
            role=str(payload["role"]),
            center_code=str(payload["ctr"]),
            workstation_id=str(payload["ws"]),
            expires_at=float(payload["exp"]),
        )
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError) as exc:
        raise TokenError("token_invalid", "The access token is not valid.") from exc
    if principal.expires_at <= (time.time() if now is None else now):
        raise TokenError("token_expired", "The access token has expired; refresh it.")
    return principal


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
