"""Structured errors of the domain: a field, a code, and a message in az, en and ru."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Lang = Literal["az", "en", "ru"]
LANGUAGES: tuple[Lang, ...] = ("az", "en", "ru")


@dataclass(frozen=True, slots=True)
class Message:
    """One message in every interface language."""

    az: str
    en: str
    ru: str

    def text(self, lang: Lang = "az") -> str:
        return str(getattr(self, lang))


@dataclass(frozen=True, slots=True)
class FieldError:
    """Why one field (a dotted path such as ``document.expiry_date``) is not acceptable."""

    field: str
    code: str
    message: Message

    def text(self, lang: Lang = "en") -> str:
        return f"{self.field}: {self.message.text(lang)}"


class DomainError(Exception):
    """Base of the errors the domain raises on purpose."""


class ValidationFailed(DomainError):
    """One or more fields failed their rules."""

    def __init__(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(e.text("en") for e in self.errors))


class TransitionRefused(DomainError):
    """A status change that the state machine does not allow."""

    def __init__(self, code: str, message: Message) -> None:
        self.code = code
        self.message = message
        super().__init__(message.en)
