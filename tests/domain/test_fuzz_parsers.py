"""Fuzzing the parsers that read what scanners, QR codes and files hand the workstation,
with bounded examples (derandomized, so CI runs the same inputs every time):

* MRZ (`parse_td1`, `parse_td3`): anything but a valid zone is a `ValueError`, never
  another exception;
* the card seal (`seal.decode`, `seal.verify`): arbitrary text, structurally plausible
  COSE/CBOR and mutations of a real seal are `SealInvalid` with a reason, never another
  exception, and never VALID unless the text is the real seal;
* the import file (`interchange.loads`): arbitrary bytes and JSON shapes, and mutations
  of a good file, are `ImportRejected` with reasons (or a clean batch), never another
  exception.

The number of examples each target ran is printed at the end of the module."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import Any

import base45  # type: ignore[import-untyped]
import cbor2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.domain import interchange, seal
from workstation.domain.catalogue import load_catalogue
from workstation.domain.mrz import parse_td1, parse_td3
from workstation.domain.record_checks import application_problems, person_problems
from workstation.samples.generator import generate

TODAY = dt.date(2026, 6, 1)
RAN: Counter[str] = Counter()
FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.fixture(scope="module", autouse=True)
def _report(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is not None and RAN:
        with capture.global_and_fixture_disabled():
            print(f"\nfuzz examples: {dict(sorted(RAN.items()))}")


# --- MRZ ---------------------------------------------------------------------------------

TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
MRZ_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"


def _mrz_lines(width: int, count: int) -> st.SearchStrategy[str]:
    line = st.text(alphabet=MRZ_ALPHABET, min_size=width, max_size=width)
    return st.lists(line, min_size=count, max_size=count).map("\n".join)


@st.composite
def _mutated(draw: st.DrawFn, good: str) -> str:
    chars = list(good)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(chars) - 1))
        chars[index] = draw(st.sampled_from(MRZ_ALPHABET) | st.characters())
    return "".join(chars)


def _parse_mrz(target: str, parse: Any, text: str) -> None:
    RAN[target] += 1
    with contextlib.suppress(ValueError):
        parse(text, today=TODAY)


@FUZZ
@given(st.text(max_size=200) | _mrz_lines(30, 3) | _mutated(TD1))
def test_td1_parser_raises_only_value_error(text: str) -> None:
    _parse_mrz("mrz td1", parse_td1, text)


@FUZZ
@given(st.text(max_size=200) | _mrz_lines(44, 2) | _mutated(TD3))
def test_td3_parser_raises_only_value_error(text: str) -> None:
    _parse_mrz("mrz td3", parse_td3, text)


# --- seal --------------------------------------------------------------------------------

ROOT = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
ENDORSEMENT = seal.endorse(
    ROOT, seal.raw_public_key(KEY.public_key()), "BAK1", dt.date(2025, 1, 1), dt.date(2030, 1, 1)
)
GOOD_SEAL = seal.make_seal({"n": "MYİ0000001", "s": "ƏLİYEV", "v": 20270601}, KEY, ENDORSEMENT)
B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"

cbor_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.binary(max_size=40)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.integers(-8, 8) | st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=10,
)


@st.composite
def _plausible_seal(draw: st.DrawFn) -> str:
    """AZ1: + base45 + zlib + a COSE_Sign1 tag whose parts are random, often with a
    protected header of the right algorithm and an endorsement-shaped list."""
    protected = draw(
        st.just(cbor2.dumps({1: -8, 4: draw(st.binary(max_size=12))}))
        | st.binary(max_size=30)
        | cbor_values.map(cbor2.dumps)
    )
    endorsement = draw(st.none() | cbor_values | st.just(ENDORSEMENT.to_list()))
    unprotected = draw(st.just({"end": endorsement}) | cbor_values)
    payload = draw(cbor_values.map(cbor2.dumps) | st.binary(max_size=40))
    signature = draw(st.binary(max_size=70) | cbor_values)
    tag = draw(st.sampled_from([18, 18, 18, 17, 98]))
    parts = draw(st.sampled_from([4, 4, 4, 3, 5]))
    value = [protected, unprotected, payload, signature, b"x"][:parts]
    packed = zlib.compress(cbor2.dumps(cbor2.CBORTag(tag, value)))
    return seal.PREFIX + base45.b45encode(packed).decode("ascii")


@st.composite
def _mutated_seal(draw: st.DrawFn) -> str:
    chars = list(GOOD_SEAL)
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(len(seal.PREFIX), len(chars) - 1))
        chars[index] = draw(st.sampled_from(B45))
    return "".join(chars)


seal_texts = (
    st.text(max_size=300)
    | st.text(alphabet=B45, max_size=300).map(lambda t: seal.PREFIX + t)
    | _plausible_seal()
    | _mutated_seal()
    | st.binary(max_size=200).map(lambda b: b.decode("latin-1"))
)


@FUZZ
@given(seal_texts)
def test_seal_is_valid_or_invalid_with_a_reason(text: str) -> None:
    RAN["seal"] += 1
    for check in (seal.decode, lambda t: seal.verify(t, ROOT.public_key(), on=TODAY)):
        refusal: seal.SealInvalid | None = None
        try:
            check(text)
        except seal.SealInvalid as exc:
            refusal = exc
        if refusal is not None:
            assert refusal.kind
            assert str(refusal)
            continue
        if check is not seal.decode:  # VALID only for the real seal's signed bytes
            decoded = seal.decode(text)
            real = seal.decode(GOOD_SEAL)
            assert (decoded.payload, decoded.signature) == (real.payload, real.signature)


def test_the_good_seal_verifies() -> None:
    assert seal.verify(GOOD_SEAL, ROOT.public_key(), on=TODAY).claims["s"] == "ƏLİYEV"


# --- the import file ---------------------------------------------------------------------

CATALOGUE = load_catalogue()
SAMPLE = generate(6, 5, CATALOGUE, today=TODAY)
GOOD_FILE = interchange.dumps(SAMPLE.persons, SAMPLE.applications)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=16,
)


@st.composite
def _document_shapes(draw: st.DrawFn) -> bytes:
    """A file whose top level is anything, or nearly the right object: the format and
    version right or wrong, lists of random records, keys of the good file mangled."""
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return json.dumps(draw(json_values)).encode()
    document: dict[str, Any] = json.loads(GOOD_FILE)
    if kind == 1:
        document["format"] = draw(st.sampled_from([interchange.FORMAT]) | json_values)
        document["version"] = draw(st.sampled_from([interchange.FORMAT_VERSION]) | json_values)
        document[draw(st.sampled_from(["persons", "applications"]))] = draw(json_values)
    elif kind == 2:
        records = document[draw(st.sampled_from(["persons", "applications"]))]
        record = records[draw(st.integers(0, len(records) - 1))]
        record[draw(st.sampled_from(sorted(record)))] = draw(json_values)
    else:
        document[draw(st.text(max_size=8))] = draw(json_values)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()


@st.composite
def _flipped(draw: st.DrawFn) -> bytes:
    data = bytearray(GOOD_FILE)
    for _ in range(draw(st.integers(1, 6))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


def load_file(data: bytes) -> interchange.Batch:
    return interchange.loads(
        data,
        check_person=lambda p: person_problems(p, TODAY),
        check_application=lambda a: application_problems(a, CATALOGUE, TODAY),
    )


@FUZZ
@given(st.binary(max_size=400) | _document_shapes() | _flipped())
def test_the_import_reader_rejects_with_reasons(data: bytes) -> None:
    RAN["import file"] += 1
    try:
        batch = load_file(data)
    except interchange.ImportRejected as exc:
        errors = exc.errors
    else:
        assert len(batch.persons) + len(batch.applications) > 0
        return
    assert errors
    assert all(e.reason for e in errors)
