"""`workstation verify TEXT [--root-key FILE]`: check a card's QR seal, offline.

Prints the decoded card data and VALID, or INVALID with the reason (malformed, bad
signature, unknown or unendorsed key, key not valid on the issue date). Exit status 0
only for VALID. The root public key comes from ``--root-key`` or, by default, from the
data folder (``seal/root.pub``, written at enrolment); nothing goes over the network.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workstation.cli_commands.common import datadir
from workstation.domain.seal import SealInvalid, decode, verify
from workstation.printing.seal import describe_claims, issue_date
from workstation.store import seal_keys

EXIT_INVALID = 1


def _show(claims: dict[str, str | int], key_id: bytes, center: str) -> None:
    for name, value in describe_claims(claims):
        print(f"{name}: {value}")
    print(f"signed by key: {key_id.hex()}" + (f" (center {center})" if center else ""))


def run(args: argparse.Namespace) -> int:
    root_path = (
        Path(args.root_key) if args.root_key else seal_keys.root_key_path(datadir(args).path)
    )
    root = seal_keys.load_root_key(root_path)
    text = args.text
    try:
        unverified = decode(text)
    except SealInvalid as exc:
        print(f"INVALID: {exc}")
        return EXIT_INVALID
    center = unverified.endorsement.center if unverified.endorsement else ""
    _show(dict(unverified.claims), unverified.key_id, center)
    try:
        verify(text, root, on=issue_date(unverified.claims))
    except SealInvalid as exc:
        print(f"INVALID: {exc}")
        return EXIT_INVALID
    print("VALID")
    return 0
