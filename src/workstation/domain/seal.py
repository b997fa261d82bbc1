"""The signed seal of a card (DESIGN.md section 4): what the QR code on the card carries.

The pattern of the EU digital COVID certificate: a COSE_Sign1 structure (RFC 9052) in
CBOR, compressed with zlib, in base45 (RFC 9285) behind a version prefix. ASCII only,
and within the QR alphanumeric alphabet, so the code stays small::

    AZ1:<base45(zlib(COSE_Sign1))>

    COSE_Sign1 = #6.18([protected, unprotected, payload, signature])
      protected   = bstr .cbor {1: -8 (EdDSA), 4: kid}           (signed)
      unprotected = {"end": endorsement}                        (itself signed by the root)
      payload     = bstr .cbor {claim: value}                   (the card's data)
      signature   = Ed25519 over ["Signature1", protected, h'', payload]

    endorsement = [kid, center, not_before, not_after, public_key, root_signature]
      root_signature = Ed25519 (root key) over
                       ["AZ-WS-KEY/1", kid, center, not_before, not_after, public_key]

Each workstation signs with its own Ed25519 key; the central root key endorses that key
at enrolment (`endorse`). A verifier needs nothing but the root public key: the
endorsement inside the seal proves the workstation key, the workstation key proves the
card's data. Dates are integers YYYYMMDD. Ed25519 signatures are deterministic, so the
same card data and key give the same seal text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import base45  # type: ignore[import-untyped]
import cbor2
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PREFIX = "AZ1:"
ENDORSEMENT_CONTEXT = "AZ-WS-KEY/1"
COSE_SIGN1_TAG = 18
ALG_EDDSA = -8
_HEADER_ALG = 1
_HEADER_KID = 4
_ENDORSEMENT_LABEL = "end"
KEY_ID_BYTES = 8
MAX_TEXT = 4096
"""Longer seal texts are refused before decompression (a QR code holds far less)."""

ClaimValue = str | int
Claims = Mapping[str, ClaimValue]


class SealInvalid(ValueError):
    """Why a seal does not verify. `kind`: malformed, bad signature, unknown key,
    unendorsed key, key not valid."""

    def __init__(self, kind: str, detail: str = "") -> None:
        self.kind = kind
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id_for(public_key: bytes) -> bytes:
    """The key id: the first 8 bytes of the SHA-256 of the raw public key."""
    return hashlib.sha256(public_key).digest()[:KEY_ID_BYTES]


def date_number(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


def number_date(value: int) -> dt.date:
    return dt.date(value // 10000, value // 100 % 100, value % 100)


@dataclass(frozen=True, slots=True)
class Endorsement:
    """The root's signature over a workstation's public key, center and validity."""

    key_id: bytes
    center: str
    not_before: dt.date
    not_after: dt.date
    public_key: bytes
    signature: bytes

    def signed_bytes(self) -> bytes:
        return _signed_endorsement(
            self.key_id, self.center, self.not_before, self.not_after, self.public_key
        )

    def to_list(self) -> list[Any]:
        return [
            self.key_id,
            self.center,
            date_number(self.not_before),
            date_number(self.not_after),
            self.public_key,
            self.signature,
        ]

    def to_cbor(self) -> bytes:
        return cbor2.dumps(self.to_list(), canonical=True)

    @classmethod
    def from_list(cls, value: object) -> Endorsement:
        if not isinstance(value, list | tuple) or len(value) != 6:
            raise SealInvalid("unknown key", "no endorsement of the signing key")
        kid, center, not_before, not_after, public_key, signature = value
        if not (
            isinstance(kid, bytes)
            and isinstance(center, str)
            and isinstance(not_before, int)
            and isinstance(not_after, int)
            and isinstance(public_key, bytes)
            and len(public_key) == 32
            and isinstance(signature, bytes)
        ):
            raise SealInvalid("malformed", "endorsement fields have the wrong types")
        try:
            return cls(
                kid, center, number_date(not_before), number_date(not_after), public_key, signature
            )
        except ValueError as exc:
            raise SealInvalid("malformed", f"endorsement date: {exc}") from None

    @classmethod
    def from_cbor(cls, data: bytes) -> Endorsement:
        try:
            value = cbor2.loads(data)
        except (cbor2.CBORDecodeError, ValueError) as exc:
            raise SealInvalid("malformed", f"endorsement: {exc}") from None
        return cls.from_list(value)

    def check(self, root: Ed25519PublicKey) -> None:
        """`SealInvalid` unless the root key signed this endorsement."""
        if key_id_for(self.public_key) != self.key_id:
            raise SealInvalid("unendorsed key", "the key id does not match the endorsed key")
        try:
            root.verify(self.signature, self.signed_bytes())
        except InvalidSignature:
            raise SealInvalid(
                "unendorsed key", "the endorsement is not signed by the root key"
            ) from None


def _signed_endorsement(
    key_id: bytes, center: str, not_before: dt.date, not_after: dt.date, public_key: bytes
) -> bytes:
    return cbor2.dumps(
        [
            ENDORSEMENT_CONTEXT,
            key_id,
            center,
            date_number(not_before),
            date_number(not_after),
            public_key,
        ],
        canonical=True,
    )


def endorse(
    root: Ed25519PrivateKey,
    public_key: bytes,
    center: str,
    not_before: dt.date,
    not_after: dt.date,
) -> Endorsement:
    """The root key's endorsement of a workstation public key (raw 32 bytes)."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    kid = key_id_for(public_key)
    signature = root.sign(_signed_endorsement(kid, center, not_before, not_after, public_key))
    return Endorsement(kid, center, not_before, not_after, public_key, signature)


def _sig_structure(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def make_seal(claims: Claims, key: Ed25519PrivateKey, endorsement: Endorsement) -> str:
    """The seal text of `claims`, signed by the workstation `key` that `endorsement` covers."""
    if raw_public_key(key.public_key()) != endorsement.public_key:
        raise ValueError("the endorsement is for another key")
    protected = cbor2.dumps({_HEADER_ALG: ALG_EDDSA, _HEADER_KID: endorsement.key_id})
    payload = cbor2.dumps(dict(claims), canonical=True)
    signature = key.sign(_sig_structure(protected, payload))
    sign1 = cbor2.CBORTag(
        COSE_SIGN1_TAG,
        [protected, {_ENDORSEMENT_LABEL: endorsement.to_list()}, payload, signature],
    )
    packed = zlib.compress(cbor2.dumps(sign1), 9)
    encoded: bytes = base45.b45encode(packed)
    return PREFIX + encoded.decode("ascii")


@dataclass(frozen=True, slots=True)
class Seal:
    """A decoded seal; `verify` says whether to trust it."""

    claims: Mapping[str, ClaimValue]
    key_id: bytes
    endorsement: Endorsement | None
    protected: bytes
    payload: bytes
    signature: bytes


def _unpack(text: str) -> list[Any]:
    text = text.strip()
    if len(text) > MAX_TEXT:
        raise SealInvalid("malformed", f"longer than {MAX_TEXT} characters")
    if not text.startswith(PREFIX):
        raise SealInvalid("malformed", f"does not start with {PREFIX}")
    try:
        packed = base45.b45decode(text[len(PREFIX) :])
    except (ValueError, KeyError) as exc:
        raise SealInvalid("malformed", f"not base45 ({exc})") from None
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(packed, 64 * 1024)
        if inflater.unconsumed_tail or not inflater.eof:
            raise SealInvalid("malformed", "the compressed data is truncated or too large")
    except zlib.error as exc:
        raise SealInvalid("malformed", f"not zlib data ({exc})") from None
    try:
        tag = cbor2.loads(raw)
    except (cbor2.CBORDecodeError, ValueError, TypeError) as exc:
        raise SealInvalid("malformed", f"not CBOR ({exc})") from None
    if not (isinstance(tag, cbor2.CBORTag) and tag.tag == COSE_SIGN1_TAG):
        raise SealInvalid("malformed", "not a COSE_Sign1 structure")
    value = tag.value
    if not (isinstance(value, list | tuple) and len(value) == 4):
        raise SealInvalid("malformed", "COSE_Sign1 has not four elements")
    return list(value)


def decode(text: str) -> Seal:
    """The seal's parts without checking any signature; `SealInvalid` ("malformed")."""
    protected, unprotected, payload, signature = _unpack(text)
    if not (
        isinstance(protected, bytes)
        and isinstance(unprotected, Mapping)
        and isinstance(payload, bytes)
        and isinstance(signature, bytes)
    ):
        raise SealInvalid("malformed", "COSE_Sign1 elements have the wrong types")
    try:
        header = cbor2.loads(protected)
        claims = cbor2.loads(payload)
    except (cbor2.CBORDecodeError, ValueError, TypeError) as exc:
        raise SealInvalid("malformed", f"header or payload is not CBOR ({exc})") from None
    if not isinstance(header, Mapping) or header.get(_HEADER_ALG) != ALG_EDDSA:
        raise SealInvalid("malformed", "the algorithm is not EdDSA")
    kid = header.get(_HEADER_KID)
    if not isinstance(kid, bytes):
        raise SealInvalid("unknown key", "no key id")
    if not isinstance(claims, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str | int) for k, v in claims.items()
    ):
        raise SealInvalid("malformed", "the card data is not a map of texts and numbers")
    raw_endorsement = unprotected.get(_ENDORSEMENT_LABEL)
    endorsement = None if raw_endorsement is None else Endorsement.from_list(raw_endorsement)
    return Seal(dict(claims), kid, endorsement, protected, payload, signature)


def verify(text: str, root: Ed25519PublicKey, *, on: dt.date | None = None) -> Seal:
    """The decoded seal if it verifies under the `root` public key; else `SealInvalid`.

    `on` (e.g. the card's issue date) must lie within the key's endorsed validity.
    """
    seal = decode(text)
    endorsement = seal.endorsement
    if endorsement is None:
        raise SealInvalid("unknown key", f"key {seal.key_id.hex()} carries no endorsement")
    if endorsement.key_id != seal.key_id:
        raise SealInvalid("unendorsed key", f"key {seal.key_id.hex()} is not the endorsed key")
    endorsement.check(root)
    if on is not None and not endorsement.not_before <= on <= endorsement.not_after:
        raise SealInvalid(
            "key not valid",
            f"key {seal.key_id.hex()} is endorsed from {endorsement.not_before} "
            f"to {endorsement.not_after}, not on {on}",
        )
    public = Ed25519PublicKey.from_public_bytes(endorsement.public_key)
    try:
        public.verify(seal.signature, _sig_structure(seal.protected, seal.payload))
    except InvalidSignature:
        raise SealInvalid("bad signature", "the card data does not match its signature") from None
    return seal
