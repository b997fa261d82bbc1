"""API errors: every 4xx/5xx answer carries an `ErrorBody` (docs/protocol-v1.md)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from workstation.protocol.v1 import ErrorBody
from workstation.server.hardening import BodyTooLarge, too_large_body


class ApiError(Exception):
    """Raised by a route or a dependency: becomes an HTTP answer with an `ErrorBody`."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(code=code, message=message, details=details or {})
        self.headers = headers


def error_response(
    status: int, body: ErrorBody, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(status_code=status, content=body.model_dump(mode="json"), headers=headers)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` of a route: these statuses answer an `ErrorBody`."""
    return {status: {"model": ErrorBody} for status in statuses}


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.body, exc.headers)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # The request's own field names are echoed: control characters (NUL above all, which
    # no text field may hold) are shown escaped, so that the answer itself stays valid.
    problems = [
        {
            "where": _printable(".".join(str(p) for p in e.get("loc", ()))),
            "reason": _printable(str(e.get("msg", ""))),
        }
        for e in exc.errors()
    ]
    body = ErrorBody(
        code="invalid_request",
        message="The request is not valid: " + "; ".join(p["where"] for p in problems),
        details={"problems": problems},
    )
    return error_response(422, body)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, BodyTooLarge):
        return error_response(413, ErrorBody.model_validate(too_large_body(exc.limit)))
    code = {400: "invalid_request", 404: "not_found", 405: "method_not_allowed"}.get(
        exc.status_code, "http_error"
    )
    body = ErrorBody(code=code, message=str(exc.detail))
    return error_response(exc.status_code, body, getattr(exc, "headers", None))


async def _data_error(_request: Request, exc: Exception) -> JSONResponse:
    """A value the database cannot hold (a NUL character, a number beyond 64 bits) that
    no check caught before: the request's fault, and its transaction was rolled back."""
    assert isinstance(exc, DataError)
    body = ErrorBody(
        code="invalid_request",
        message="A value of the request cannot be stored (a NUL character or a number "
        "out of range).",
    )
    return error_response(422, body)


def install(app: FastAPI) -> None:
    app.add_exception_handler(DataError, _data_error)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
