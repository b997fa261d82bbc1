"""Why a print step was refused, in the officer's words (and language)."""

from __future__ import annotations

from workstation.domain.errors import DomainError, TransitionRefused
from workstation.domain.permits import NoCard
from workstation.gui.printing.output import PrintFailed
from workstation.store import StoreError, cards


def reason_of(exc: BaseException, language: str) -> str:
    """The officer's reading of why a step was refused."""
    if isinstance(exc, TransitionRefused | cards.CardRefused):
        return str(getattr(exc.message, language, exc.message.en))
    if isinstance(exc, StoreError | DomainError | NoCard | PrintFailed | ValueError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
