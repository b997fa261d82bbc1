"""The messages behind the error codes: complete, natural and in the right alphabet."""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from pathlib import Path

import pytest

from workstation.domain import identifiers, validation
from workstation.domain.errors import LANGUAGES
from workstation.domain.messages import MESSAGES, field_error, message


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_messages_are_complete(code: str) -> None:
    assert re.fullmatch(r"[a-z][a-z0-9_]*", code)
    msg = MESSAGES[code]
    assert all(msg.text(lang).strip() for lang in LANGUAGES)
    assert not [ch for ch in msg.az if "CYRILLIC" in unicodedata.name(ch, "")], msg.az
    assert any("CYRILLIC" in unicodedata.name(ch, "") for ch in msg.ru)
    assert _placeholders(msg.az) == _placeholders(msg.en) == _placeholders(msg.ru)
    assert len({msg.az, msg.en, msg.ru}) == 3


def test_message_fills_placeholders() -> None:
    filled = message("too_early", earliest=dt.date(1900, 1, 1))
    assert all("01.01.1900" in filled.text(lang) for lang in LANGUAGES)
    assert message("too_long").en == MESSAGES["too_long"].en  # missing values stay visible
    assert message("no_such_code") == MESSAGES["bad_format"]


def test_every_code_in_the_source_has_a_message() -> None:
    root = Path(validation.__file__).parent
    sources = (root / "validation.py").read_text() + (root / "identifiers.py").read_text()
    used = set(re.findall(r'field_error\(\s*[^,]+,\s*"([a-z_]+)"', sources))
    used |= set(re.findall(r'ScreenDateError\("([a-z_]+)"', sources))
    used |= set(re.findall(r'code = "([a-z_]+)" if', sources))
    assert len(used) > 20
    assert used <= set(MESSAGES), used - set(MESSAGES)
    assert {"12", "50"} <= identifiers.PHONE_PREFIXES


def test_field_error() -> None:
    day = dt.date(2030, 1, 9)
    error = field_error("document.expiry_date", "document_expires_too_soon", date=day)
    assert error.field == "document.expiry_date"
    assert error.code == "document_expires_too_soon"
    expected = "document.expiry_date: The document must be valid at least until 09.01.2030."
    assert error.text("en") == expected
    assert "09.01.2030" in error.text("az")
