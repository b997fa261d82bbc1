"""`workstation print-card`, `print-receipt` and `verify` on a data folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import random
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from pypdf import PdfReader

from tests.cli.conftest import Cli
from tests.printing.conftest import ENDORSEMENT, ROOT, WORKSTATION, raster
from workstation.domain.model import Application, Status
from workstation.samples.people import person
from workstation.security.datakey import open_store
from workstation.store import Actor, DataDir, seal_keys
from workstation.store.permits import permit_for
from workstation.store.syncmeta import WORKSTATION_ID_KEY, put_meta

TODAY = dt.date(2026, 6, 1)


@dataclass(frozen=True)
class _Lease:
    lease_id: str
    kind: str
    series: str
    first: int
    last: int


def _folder(tmp_path: Path, card_numbers: int = 1) -> Path:
    folder = tmp_path / "data"
    rng = random.Random(5)
    with (
        open_store(DataDir(folder), create=True) as store,
        store.unit_of_work(Actor("officer", "ws-1")) as uow,
    ):
        put_meta(uow.session, WORKSTATION_ID_KEY, "ws-1")
        uow.add_lease(_Lease("lease-1", "card", "MYİ", 41, 40 + card_numbers))
        for i in (1, 2):
            holder = person(rng, TODAY, adult=True)
            uow.add_person(holder)
            uow.add_application(
                    Application(
                        id=f"00000000-0000-7000-8000-00000000000{i}",
                        number=f"BAK1-2026-000000{i}",
                        service_code="TRP",
                        person_id=holder.id,
                        status=Status.APPROVED,
                        center_code="BAK1",
                        received_at=dt.datetime(2026, 5, 1, 9, 30, tzinfo=dt.UTC),
                        received_by="officer",
                        due_date=dt.date(2026, 5, 29),
                        fields={"application_kind": "first_issue", "ground": "entrepreneur",
                                "term": "1y"},
                        fee_tier="standard",
                    )
                )  # fmt: skip
    seal_keys.save(folder, seal_keys.SealKeys(WORKSTATION, ENDORSEMENT, ROOT.public_key()))
    return folder


def test_print_card_takes_a_leased_number_and_moves_to_card_printed(
    tmp_path: Path, cli: Cli
) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "card.pdf"
    code, stdout, err = cli("--data-dir", folder, "print-card", "BAK1-2026-0000001", "--pdf", out)
    assert code == 0, err
    assert "MYİ0000041" in stdout
    assert len(PdfReader(io.BytesIO(out.read_bytes())).pages) == 2
    with open_store(DataDir(folder)) as store, store.read() as repos:
        app = repos.applications.by_number("BAK1-2026-0000001")
        assert app is not None
        assert app.status is Status.CARD_PRINTED
        permit = permit_for(repos.session, app.id)
        assert permit is not None
        assert permit.card_number == "MYİ0000041"
        assert permit.valid_until == permit.valid_from.replace(year=permit.valid_from.year + 1) - (
            dt.timedelta(days=1)
        )
        assert [e.entity for e in repos.outbox.pending()][-2:] == ["permit", "application"]
        actions = [e.action for e in repos.audit.events()]
        assert "permit.print" in actions
        assert "application.print_card" in actions
    # printed again: the same card, the same bytes, no new number
    again = tmp_path / "again.pdf"
    code, _, err = cli("--data-dir", folder, "print-card", "BAK1-2026-0000001", "--pdf", again)
    assert code == 0, err
    assert again.read_bytes() == out.read_bytes()

    # the card's seal verifies with the root key kept in the data folder
    image = raster(out.read_bytes(), tmp_path, page=2)
    text = next(r.text for r in zxingcpp.read_barcodes(image))
    code, stdout, _ = cli("--data-dir", folder, "verify", text)
    assert code == 0
    assert stdout.strip().endswith("VALID")
    assert "card number: MYİ0000041" in stdout
    tampered = text[:40] + ("A" if text[40] != "A" else "B") + text[41:]
    code, stdout, _ = cli("--data-dir", folder, "verify", tampered)
    assert code == 1
    assert "INVALID" in stdout


def test_print_card_refuses_without_leased_numbers(tmp_path: Path, cli: Cli) -> None:
    folder = _folder(tmp_path, card_numbers=1)
    ok, _, _ = cli("--data-dir", folder, "print-card", "BAK1-2026-0000001", "--pdf", tmp_path / "a")
    assert ok == 0
    code, _, err = cli(
        "--data-dir", folder, "print-card", "BAK1-2026-0000002", "--pdf", tmp_path / "b"
    )
    assert code == 1
    assert "No leased numbers left" in err
    assert not (tmp_path / "b").exists()
    with open_store(DataDir(folder)) as store, store.read() as repos:
        app = repos.applications.by_number("BAK1-2026-0000002")
        assert app is not None
        assert app.status is Status.APPROVED


def test_verify_with_another_root_key_is_invalid(tmp_path: Path, cli: Cli) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = tmp_path / "other.pub"
    other.write_bytes(seal_keys.public_pem(Ed25519PrivateKey.generate().public_key()))
    from tests.printing.conftest import make_card
    from workstation.printing.seal import seal_card

    text = seal_card(make_card(), WORKSTATION, ENDORSEMENT).seal
    code, stdout, _ = cli("verify", text, "--root-key", other)
    assert code == 1
    assert "INVALID: unendorsed key" in stdout
    code, stdout, _ = cli("verify", "AZ1:nonsense", "--root-key", other)
    assert code == 1
    assert "INVALID: malformed" in stdout


def test_print_receipt(tmp_path: Path, cli: Cli) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "receipt.pdf"
    code, _, err = cli("--data-dir", folder, "print-receipt", "BAK1-2026-0000002", "--pdf", out)
    assert code == 0, err
    image = raster(out.read_bytes(), tmp_path, page=1)
    found = {r.format: r.text for r in zxingcpp.read_barcodes(image)}
    assert found[zxingcpp.BarcodeFormat.Code128] == "BAK1-2026-0000002"
    assert found[zxingcpp.BarcodeFormat.QRCode] == "WS-STATUS:BAK1-2026-0000002"


def test_print_card_for_a_service_without_cards_says_so(tmp_path: Path, cli: Cli) -> None:
    """Registration at the place of stay produces no card: a clear one-line refusal, not
    an internal error, and nothing changes."""
    folder = _folder(tmp_path)
    with open_store(DataDir(folder)) as store:
        with store.read() as repos:
            app = repos.applications.by_number("BAK1-2026-0000002")
        assert app is not None
        with store.unit_of_work(Actor("officer", "ws-1")) as uow:
            uow.update_application(dataclasses.replace(app, service_code="REG-STAY", fields={}))
    code, _, err = cli(
        "--data-dir", folder, "print-card", "BAK1-2026-0000002", "--pdf", tmp_path / "c"
    )
    assert code == 1
    assert "produces no card" in err
    assert "internal error" not in err
    assert not (tmp_path / "c").exists()
    with open_store(DataDir(folder)) as store, store.read() as repos:
        again = repos.applications.by_number("BAK1-2026-0000002")
        assert again is not None
        assert again.status is Status.APPROVED
