"""The seal: round trip, and every kind of refusal."""

from __future__ import annotations

import datetime as dt
import zlib

import base45  # type: ignore[import-untyped]
import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.printing.conftest import ENDORSEMENT, ROOT, WORKSTATION, make_card
from workstation.domain import seal
from workstation.printing.seal import card_claims, describe_claims, seal_card


def _text() -> str:
    return seal_card(make_card("WP"), WORKSTATION, ENDORSEMENT).seal


def test_seal_is_ascii_qr_alphanumeric_and_deterministic() -> None:
    text = _text()
    assert text.startswith("AZ1:")
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert text == _text()
    assert len(text) < 700


def test_seal_verifies_and_carries_the_card() -> None:
    checked = seal.verify(_text(), ROOT.public_key(), on=dt.date(2025, 6, 1))
    assert dict(checked.claims) == card_claims(make_card("WP"))
    rows = dict(describe_claims(checked.claims))
    assert rows["surname"] == "Məmmədova-Çələbi"
    assert rows["birth date"] == "03.02.1990"
    assert rows["employer"] == '"Azərsu Tikinti" MMC'


def test_other_root_is_unendorsed() -> None:
    other = Ed25519PrivateKey.from_private_bytes(bytes(32))
    with pytest.raises(seal.SealInvalid) as info:
        seal.verify(_text(), other.public_key())
    assert info.value.kind == "unendorsed key"


def test_key_not_endorsed_for_the_issue_date() -> None:
    with pytest.raises(seal.SealInvalid) as info:
        seal.verify(_text(), ROOT.public_key(), on=dt.date(2031, 1, 1))
    assert info.value.kind == "key not valid"


def test_changed_data_is_a_bad_signature() -> None:
    rogue_card = make_card("WP")
    text = seal.make_seal(card_claims(rogue_card), WORKSTATION, ENDORSEMENT)
    decoded = seal.decode(text)
    forged_payload = decoded.payload.replace(b"TUR", b"RUS")  # same length: valid CBOR
    assert forged_payload != decoded.payload
    sign1 = cbor2.CBORTag(
        18,
        [decoded.protected, {"end": ENDORSEMENT.to_list()}, forged_payload, decoded.signature],
    )
    forged = "AZ1:" + base45.b45encode(zlib.compress(cbor2.dumps(sign1))).decode()
    with pytest.raises(seal.SealInvalid) as info:
        seal.verify(forged, ROOT.public_key())
    assert info.value.kind == "bad signature"


def test_unendorsed_workstation_key_is_refused() -> None:
    rogue = Ed25519PrivateKey.from_private_bytes(bytes([7] * 32))
    self_endorsed = seal.endorse(
        rogue, seal.raw_public_key(rogue.public_key()), "BAK1", dt.date(2025, 1, 1),
        dt.date(2030, 1, 1),
    )  # fmt: skip
    text = seal.make_seal(card_claims(make_card()), rogue, self_endorsed)
    with pytest.raises(seal.SealInvalid) as info:
        seal.verify(text, ROOT.public_key())
    assert info.value.kind == "unendorsed key"


@pytest.mark.parametrize("text", ["", "HC1:ABC", "AZ1:!!!", "AZ1:" + "A" * 30, "AZ1:" + "0" * 5000])
def test_malformed_texts(text: str) -> None:
    with pytest.raises(seal.SealInvalid) as info:
        seal.verify(text, ROOT.public_key())
    assert info.value.kind == "malformed"
