"""Turns any failure of a command into the one line the command prints on standard error."""

from __future__ import annotations

import os
import traceback

from workstation.domain.errors import DomainError


def describe(exc: BaseException) -> str:
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"file not found: {exc.filename or exc}"
    if isinstance(exc, PermissionError):
        return f"permission denied: {exc.filename or exc}"
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
    if os.environ.get("WORKSTATION_DEBUG"):
        traceback.print_exception(exc)
    return (
        f"internal error ({type(exc).__name__}: {exc}); "
        "run again with WORKSTATION_DEBUG=1 for the details"
    )
