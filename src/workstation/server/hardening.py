"""Request size limits and security headers, as plain ASGI middleware (they see the raw
request before FastAPI reads it, and every answer, errors included).

A JSON body may hold `ServerConfig.max_json_bytes`, a piece of an attachment upload (its
own limit: uploads come in pieces, resumable) `ServerConfig.max_chunk_bytes`. A body
announced larger (Content-Length) is refused before a byte of it is read; one sent
without a length (chunked) is counted as it arrives and refused once it passes the
limit. Either way the answer is 413 with an `ErrorBody` (code ``body_too_large``).

No CORS middleware is installed on purpose: the API is for the workstation, not for
web pages, so a browser's preflight gets no ``Access-Control-Allow-Origin``.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
# Swagger UI and ReDoc load their scripts; everything else is data, never a page.
_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
_PAGES = ("/docs", "/redoc")
_HSTS = (b"strict-transport-security", b"max-age=31536000")


class BodyTooLarge(HTTPException):
    """Raised while the body arrives; FastAPI passes an `HTTPException` through as it is
    (`errors` answers it with the ErrorBody of `too_large_body`)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit} bytes.")
        self.limit = limit


def too_large_body(limit: int) -> dict[str, Any]:
    return {
        "code": "body_too_large",
        "message": f"The request body is larger than {limit} bytes.",
        "details": {"limit": limit},
    }


def _error_body(limit: int) -> bytes:
    return json.dumps(too_large_body(limit)).encode("utf-8")


async def _send_413(send: Send, limit: int) -> None:
    body = _error_body(limit)
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"connection", b"close"),
                *SECURITY_HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimit:
    def __init__(self, app: ASGIApp, *, max_json_bytes: int, max_chunk_bytes: int) -> None:
        self.app = app
        self.max_json = max_json_bytes
        self.max_chunk = max_chunk_bytes

    def limit_for(self, scope: Scope) -> int:
        upload = scope.get("method") == "PATCH" and "/attachments/" in str(scope.get("path"))
        return self.max_chunk if upload else self.max_json

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        announced = _content_length(scope)
        if announced is not None and announced > limit:
            await _send_413(send, limit)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await _send_413(send, limit)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra: list[tuple[bytes, bytes]] = list(SECURITY_HEADERS)
        if not str(scope.get("path", "")).startswith(_PAGES):
            extra.append(_CSP)
        if scope.get("scheme") == "https":
            extra.append(_HSTS)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", ())}
                headers: list[Any] = list(message.get("headers", ()))
                headers.extend(h for h in extra if h[0] not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
