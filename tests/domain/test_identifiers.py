"""Identifier and contact rules: FIN, PIN, VÖEN (via python-stdnum), phone, e-mail."""

from __future__ import annotations

import pytest
from stdnum.az import voen as stdnum_voen

from workstation.domain.errors import FieldError
from workstation.domain.identifiers import (
    format_phone,
    normalize_phone,
    validate_email,
    validate_fin,
    validate_phone,
    validate_pin,
    validate_voen,
)


def codes(errors: list[FieldError]) -> list[str]:
    return [e.code for e in errors]


def make_voen(first8: str, last: str = "1") -> str:
    check = stdnum_voen._calc_check_digit(first8)
    assert len(check) == 1, "pick a prefix whose check digit is below 10"
    return first8 + check + last


@pytest.mark.parametrize("fin", ["5ZJ3K8L", "1AB2C3D", "0000000", "ZZZZZZZ"])
def test_valid_fins(fin: str) -> None:
    assert validate_fin(fin) == []


@pytest.mark.parametrize("fin", ["5ZJ3K8O", "5ZI3K8L", "5zj3k8l", "5ZJ3K8", "5ZJ3K8LL", "5ZJ 3K8"])
def test_invalid_fins(fin: str) -> None:
    assert codes(validate_fin(fin)) == ["bad_fin"]


def test_fin_required_only_when_asked() -> None:
    assert validate_fin("") == []
    assert codes(validate_fin("", required=True)) == ["required"]


@pytest.mark.parametrize(
    ("pin", "ok"),
    [
        ("AB123", True),
        ("7K2M9Q", True),
        ("AB12", False),
        ("AB12345", False),
        ("ab123", False),
        ("AB-12", False),
    ],
)
def test_pin(pin: str, ok: bool) -> None:
    assert (validate_pin(pin) == []) is ok


def test_voen() -> None:
    assert validate_voen("1401555071") == []  # the example of python-stdnum
    assert validate_voen("140 155 5071") == []
    for first8 in ("12345678", "99000001", "20061235"):
        good = make_voen(first8, "1")
        assert validate_voen(good) == []
        assert validate_voen(make_voen(first8, "2")) == []
        wrong_check = good[:8] + str((int(good[8]) + 1) % 10) + "1"
        assert codes(validate_voen(wrong_check)) == ["bad_check_digit"]
        assert codes(validate_voen(good[:9] + "3")) == ["bad_voen_type"]
    # The weighted sum of 20061234 leaves 10: no check digit fits, no VÖEN starts so.
    assert stdnum_voen._calc_check_digit("20061234") == "10"
    for digit in "0123456789":
        assert codes(validate_voen(f"20061234{digit}1")) == ["bad_check_digit"]
    assert codes(validate_voen("140155507")) == ["bad_voen_format"]
    assert codes(validate_voen("14015550711")) == ["bad_voen_format"]
    assert codes(validate_voen("14O1555071")) == ["bad_voen_format"]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("+994 50 123 45 67", "+994501234567"),
        ("+994 (55) 123-45-67", "+994551234567"),
        ("(012) 498-12-34", "+994124981234"),
        ("050 123 45 67", "+994501234567"),
        ("00994 99 123 45 67", "+994991234567"),
        ("994701234567", "+994701234567"),
        ("+994 050 123 45 67", "+994501234567"),
        ("+7 999 123 45 67", None),
        ("+994 50 123 45 6", None),
        ("+994 50 123 45 678", None),
        ("phone", None),
        ("", None),
    ],
)
def test_normalize_phone(typed: str, normal: str | None) -> None:
    assert normalize_phone(typed) == normal


def test_phone_prefixes() -> None:
    for prefix in ("10", "40", "44", "50", "51", "55", "60", "70", "77", "99", "12"):
        assert validate_phone(f"+994{prefix}1234567") == [], prefix
    for prefix in ("33", "22", "18", "00"):
        errors = validate_phone(f"+994{prefix}1234567")
        assert codes(errors) == ["unknown_phone_prefix"]
        assert prefix in errors[0].message.en
    assert codes(validate_phone("12345")) == ["bad_phone"]
    assert format_phone("0501234567") == "+994 50 123 45 67"


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("ilqar.mammadov@example.az", True),
        ("a+tag@mail.gov.az", True),
        ("o'neil@example.com", True),
        ("x@xn--80ak6aa92e.com", True),
        ("no-at-sign.az", False),
        ("two@@example.az", False),
        ("dot.@example.az", False),
        ("name@localhost", False),
        ("name@-bad.az", False),
        ("name@example.a", False),
        ("na me@example.az", False),
        ("name@example.az\n", False),
        ("a" * 65 + "@example.az", False),
    ],
)
def test_email(email: str, ok: bool) -> None:
    assert (validate_email(email) == []) is ok
