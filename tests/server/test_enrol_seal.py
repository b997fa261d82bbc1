"""Enrolment endorses the workstation's seal key with the server's root key."""

from __future__ import annotations

import base64
import datetime as dt

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from tests.server.harness import HEADERS, Harness
from workstation.domain.seal import Endorsement, key_id_for, raw_public_key
from workstation.server import admin


def _enrol(harness: Harness, center: str, key: str | None) -> dict[str, object]:
    code = admin.enrol_code(harness.db, center)
    body: dict[str, str] = {"code": code}
    if key is not None:
        body["seal_public_key"] = key
    response = harness.client.post("/api/v1/enrol", headers=HEADERS, json=body)
    return {"status": response.status_code, **response.json()}


def test_enrolment_endorses_the_seal_key(server: Harness, center: str) -> None:
    key = Ed25519PrivateKey.generate()
    raw = raw_public_key(key.public_key())
    first = _enrol(server, center, base64.b64encode(raw).decode())
    assert first["status"] == 200
    root = Ed25519PublicKey.from_public_bytes(base64.b64decode(str(first["root_public_key"])))
    endorsement = Endorsement.from_cbor(base64.b64decode(str(first["seal_endorsement"])))
    endorsement.check(root)
    assert endorsement.public_key == raw
    assert endorsement.key_id == key_id_for(raw)
    assert endorsement.center == center
    assert endorsement.not_before <= dt.date.today() < endorsement.not_after
    assert first["center_name"]
    # the same root key endorses the next workstation
    other = Ed25519PrivateKey.generate()
    second = _enrol(server, center, base64.b64encode(raw_public_key(other.public_key())).decode())
    assert second["root_public_key"] == first["root_public_key"]


def test_older_clients_get_only_the_fields_they_know(server: Harness, center: str) -> None:
    answer = _enrol(server, center, None)
    assert set(answer) == {"status", "workstation_id", "center_code"}


def test_malformed_seal_key_is_refused(server: Harness, center: str) -> None:
    answer = _enrol(server, center, base64.b64encode(b"short").decode())
    assert answer["status"] == 422
    assert answer["code"] == "seal_key_invalid"
