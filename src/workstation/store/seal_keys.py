"""This workstation's seal key, its endorsement and the root public key, in the data folder.

``seal/workstation.key``   the Ed25519 private key (PKCS#8 PEM), mode 0600
``seal/endorsement.cbor``  the root key's endorsement of its public key (public)
``seal/root.pub``          the central root public key (SubjectPublicKeyInfo PEM, public)

The private key is a file, not a keyring entry: a card must be printable offline on a
machine without a keyring backend (where the keyring would keep it in memory only and
lose it at exit). Mode 0600 restricts it to the workstation's OS user; hardening (an
encrypted key unlocked from the keyring) belongs to the security work.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)

from workstation.domain.seal import Endorsement, raw_public_key
from workstation.files import write_atomically
from workstation.store.errors import StoreError

ISSUER_NAME_KEY = "seal.issuer_name"
"""Meta key: the issuing center's name printed on cards and receipts, kept at enrolment."""
FOLDER = "seal"
KEY_FILE = "workstation.key"
ENDORSEMENT_FILE = "endorsement.cbor"
ROOT_FILE = "root.pub"


class SealKeyMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"this workstation has no seal key ({path}): enrol it with a server that "
            "endorses workstation keys ('workstation enrol --server URL --code CODE')"
        )


@dataclass(frozen=True, slots=True)
class SealKeys:
    key: Ed25519PrivateKey
    endorsement: Endorsement
    root: Ed25519PublicKey


def folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def root_key_path(data_dir: Path) -> Path:
    return folder(data_dir) / ROOT_FILE


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def load_root_key(path: Path) -> Ed25519PublicKey:
    """A root public key from a PEM file; `StoreError` if it is not an Ed25519 key."""
    try:
        key = load_pem_public_key(path.read_bytes())
    except FileNotFoundError:
        raise StoreError(f"no root public key at {path}") from None
    except ValueError as exc:
        raise StoreError(f"{path} is not a PEM public key: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise StoreError(f"{path} is not an Ed25519 public key")
    return key


def save(data_dir: Path, keys: SealKeys) -> None:
    """Write the three files; the private key with mode 0600 from its creation on."""
    target = folder(data_dir)
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    pem = keys.key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    key_path = target / KEY_FILE
    old_umask = os.umask(0o077)
    try:
        write_atomically(key_path, pem)
    finally:
        os.umask(old_umask)
    key_path.chmod(0o600)
    write_atomically(target / ENDORSEMENT_FILE, keys.endorsement.to_cbor())
    write_atomically(target / ROOT_FILE, public_pem(keys.root))


def load(data_dir: Path) -> SealKeys:
    """The workstation's seal keys; `SealKeyMissing` when it was enrolled without one."""
    target = folder(data_dir)
    key_path = target / KEY_FILE
    try:
        key = load_pem_private_key(key_path.read_bytes(), password=None)
        endorsement = Endorsement.from_cbor((target / ENDORSEMENT_FILE).read_bytes())
    except FileNotFoundError:
        raise SealKeyMissing(key_path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise StoreError(f"{key_path} is not an Ed25519 private key")
    return SealKeys(key, endorsement, load_root_key(target / ROOT_FILE))


def from_enrolment(key: Ed25519PrivateKey, endorsement_b64: str, root_b64: str) -> SealKeys | None:
    """The keys from an enrolment answer; None when the server endorsed no key."""
    if not endorsement_b64 or not root_b64:
        return None
    endorsement = Endorsement.from_cbor(base64.b64decode(endorsement_b64))
    root = Ed25519PublicKey.from_public_bytes(base64.b64decode(root_b64))
    endorsement.check(root)
    if endorsement.public_key != raw_public_key(key.public_key()):
        raise StoreError("the server endorsed another seal key than this workstation's")
    return SealKeys(key, endorsement, root)


def public_key_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(raw_public_key(key.public_key())).decode("ascii")
