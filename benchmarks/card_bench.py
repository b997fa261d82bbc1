"""Permit card PDFs: one card, and a batch, through `printing.documents.card_pdf` (card
data from the application, the seal signed with a workstation key endorsed by a root,
front and back rendered with the photo) on generated approved applications.

    python benchmarks/card_bench.py [--batch 1000] [--single 30]

Prints the median and p95 of one card, and the seconds of a batch. Figures only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageFilter

from workstation.domain.catalogue import Service, load_catalogue
from workstation.domain.model import Application, Permit, Person
from workstation.domain.seal import Endorsement, endorse, raw_public_key
from workstation.printing.documents import card_pdf
from workstation.samples.generator import generate
from workstation.store import seal_keys

TODAY = dt.date(2026, 6, 1)


@dataclass(frozen=True, slots=True)
class Job:
    """What `card_pdf` reads (as `store.cards.CardJob` hands it)."""

    permit: Permit
    app: Application
    person: Person
    service: Service
    issued_by: str
    photo: bytes | None


def photo() -> bytes:
    """A passport photo sized as the camera gives it (JPEG, 600 x 800): smooth shading and
    fine grain, compressing as a real photo does (not noise, which never compresses)."""
    size = (600, 800)
    grain = Image.effect_noise(size, 12).filter(ImageFilter.GaussianBlur(1.5))
    image = Image.merge(
        "RGB",
        (
            Image.linear_gradient("L").resize(size),
            grain,
            Image.radial_gradient("L").resize(size),
        ),
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def jobs(count: int) -> list[Job]:
    catalogue = load_catalogue()
    card_services = {
        s.code: s for s in catalogue.services if s.result.kind == "card" and s.result.series_prefix
    }
    data = generate(max(100, count * 6), 7, catalogue, today=TODAY)
    persons = {p.id: p for p in data.persons}
    picture = photo()
    out: list[Job] = []
    for app in data.applications:
        service = card_services.get(app.service_code)
        if service is None or not app.number:
            continue
        series = service.result.series_prefix or "MYİ"
        permit = Permit(
            id=f"permit-{len(out)}",
            application_id=app.id,
            card_number=f"{series}{len(out) + 1:07d}",
            card_type=service.result.card_type or app.service_code,
            valid_from=TODAY,
            valid_until=TODAY.replace(year=TODAY.year + 1),
        )
        out.append(Job(permit, app, persons[app.person_id], service, "BAK1", picture))
        if len(out) == count:
            break
    return out


def keys() -> tuple[Ed25519PrivateKey, Endorsement]:
    key = seal_keys.new_key()
    endorsement = endorse(
        seal_keys.new_key(),
        raw_public_key(key.public_key()),
        "BAK1",
        TODAY,
        TODAY.replace(year=TODAY.year + 5),
    )
    return key, endorsement


def single_card_ms(samples: int) -> tuple[float, float]:
    """Median and p95 (ms) of one card, each a different application."""
    key, endorsement = keys()
    work = jobs(samples + 1)
    card_pdf(work[0], key, endorsement)  # fonts and images loaded once, as in the program
    times = []
    for job in work[1:]:
        started = time.perf_counter()
        card_pdf(job, key, endorsement)
        times.append((time.perf_counter() - started) * 1000)
    ordered = sorted(times)
    return statistics.median(ordered), ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))
    ]


def batch_seconds(count: int) -> float:
    """Seconds for a batch of `count` cards, from the jobs to every PDF's bytes."""
    work = jobs(count)
    if len(work) < count:
        raise RuntimeError(f"only {len(work)} card applications generated")
    key, endorsement = keys()
    started = time.perf_counter()
    for job in work:
        card_pdf(job, key, endorsement)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="card PDF rendering")
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--single", type=int, default=30)
    args = parser.parse_args(argv)
    median, p95 = single_card_ms(args.single)
    print(f"one card PDF: median {median:.1f} ms, p95 {p95:.1f} ms")
    print(f"batch of {args.batch:,} cards: {batch_seconds(args.batch):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
