"""The central root key that endorses each workstation's seal key (DESIGN.md section 4).

Made on first need and kept in ``server_meta`` (key ``seal.root_key``, the raw private key
in hex) beside the token secret, so that every server process on the database uses the
same one. It is never logged and never leaves the server; only the public key does.
"""

from __future__ import annotations

import datetime as dt

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workstation.domain.seal import Endorsement, endorse
from workstation.server.tables import MetaRow

ROOT_KEY = "seal.root_key"
ENDORSEMENT_YEARS = 5


def _stored(session: Session) -> str | None:
    return session.scalar(select(MetaRow.value).where(MetaRow.key == ROOT_KEY))


def root_key(session: Session) -> Ed25519PrivateKey:
    """The root key; made and stored by the first caller (a racing second one reads it)."""
    value = _stored(session)
    if value is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
        try:
            with session.begin_nested():
                session.add(MetaRow(key=ROOT_KEY, value=raw))
        except IntegrityError:
            pass
        value = _stored(session)
        if value is None:  # pragma: no cover - the insert or the other writer's is there
            raise RuntimeError("the root key could not be stored")
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(value))


def endorse_workstation(
    session: Session, public_key: bytes, center: str, today: dt.date
) -> Endorsement:
    """The root's endorsement of a workstation key for `center`, valid five years."""
    until = today.replace(year=today.year + ENDORSEMENT_YEARS) - dt.timedelta(days=1)
    return endorse(root_key(session), public_key, center, today, until)
