"""A sample card and receipt, keys for the seal, and PDF helpers."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from pypdf.generic import ContentStream

from workstation.domain import seal
from workstation.domain.model import Sex
from workstation.domain.mrz import compose_td1
from workstation.printing.card_data import CardData
from workstation.printing.receipt_data import ReceiptData

ROOT = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
WORKSTATION = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
ENDORSEMENT = seal.endorse(
    ROOT,
    seal.raw_public_key(WORKSTATION.public_key()),
    "BAK1",
    dt.date(2025, 1, 1),
    dt.date(2030, 12, 31),
)


def photo_bytes() -> bytes:
    image = Image.new("RGB", (350, 450), (180, 150, 120))
    for y in range(80, 260):
        for x in range(110, 240):
            image.putpixel((x, y), (90, 60, 40))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def make_card(card_type: str = "TRP", *, photo: bytes | None = None) -> CardData:
    number = {"TRP": "MYİ0000123", "PRP": "DYİ0004567", "WP": "İİ0000089"}[card_type]
    mrz = compose_td1(
        document_code="IW" if card_type == "WP" else "IR",
        issuing_state="AZE",
        document_number=number,
        surname="Məmmədova-Çələbi",
        given_names="Gülşən İlahə",
        nationality="TUR",
        birth_date=dt.date(1990, 2, 3),
        sex=Sex.FEMALE,
        expiry_date=dt.date(2026, 5, 31),
        optional_data_2="AB12CD",
    )
    titles = {
        "TRP": ("MÜVƏQQƏTİ YAŞAMAQ İCAZƏSİ", "TEMPORARY RESIDENCE PERMIT"),
        "PRP": ("DAİMİ YAŞAMAQ İCAZƏSİ", "PERMANENT RESIDENCE PERMIT"),
        "WP": ("İŞ İCAZƏSİ", "WORK PERMIT"),
    }[card_type]
    return CardData(
        card_type=card_type,
        title_az=titles[0],
        title_en=titles[1],
        card_number=number,
        surname="Məmmədova-Çələbi",
        given_names="Gülşən İlahə",
        patronymic="Əli qızı",
        birth_date=dt.date(1990, 2, 3),
        birth_place="Şəki",
        sex=Sex.FEMALE,
        nationality="TUR",
        pin="AB12CD",
        valid_from=dt.date(2025, 6, 1),
        valid_until=dt.date(2026, 5, 31),
        issued_by="Bakı şəhəri 1 saylı regional xidmət mərkəzi",
        center_code="BAK1",
        application_number="BAK1-2025-0000123",
        mrz=mrz,
        employer='"Azərsu Tikinti" MMC' if card_type == "WP" else "",
        employer_voen="1234567891" if card_type == "WP" else "",
        position="Mühəndis" if card_type == "WP" else "",
        photo=photo,
    )


def make_receipt() -> ReceiptData:
    return ReceiptData(
        application_number="BAK1-2025-0000123",
        service_code="TRP",
        service_az="Müvəqqəti yaşamaq icazəsi",
        service_en="Temporary residence permit",
        applicant="Məmmədova Gülşən Əli qızı",
        document_number="U12345678",
        received_at=dt.datetime(2025, 6, 2, 10, 15),
        officer="Leyla Məmmədova",
        center="Bakı şəhəri 1 saylı regional xidmət mərkəzi",
        received=(("Ərizə-anket", "Application form"), ("Pasport", "Passport")),
        missing=(("Yaşayış sahəsinə dair sənəd", "Housing document"),),
        fee=Decimal("120.00"),
        tier="Adi qaydada, 20 iş günü",
        payment_ref="AZ-PAY-0099887766",
        due_date=dt.date(2025, 7, 1),
    )


def raster(pdf: bytes, tmp_path: Path, page: int, dpi: int = 300) -> Image.Image:
    """One page of the PDF as an image, by poppler's pdftoppm."""
    source = tmp_path / "in.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(source), str(prefix)],
        check=True,
    )  # fmt: skip
    with Image.open(f"{prefix}.png") as image:
        return image.copy()


@pytest.fixture
def card_keys() -> tuple[Ed25519PrivateKey, seal.Endorsement]:
    return WORKSTATION, ENDORSEMENT


def image_boxes(page: object) -> list[tuple[float, float, float, float]]:
    """Each image drawn on the page: (x, y, width, height) from the matrix before its Do
    (ReportLab draws an image as ``q a 0 0 d e f cm /Name Do Q``)."""
    content = ContentStream(page.get_contents(), page.pdf)  # type: ignore[attr-defined]
    boxes, matrix = [], None
    for operands, operator in content.operations:
        if operator == b"cm":
            matrix = [float(v) for v in operands]
        elif operator == b"Do" and matrix is not None:
            a, _b, _c, d, e, f = matrix
            boxes.append((e, f, a, d))
            matrix = None
    return boxes
