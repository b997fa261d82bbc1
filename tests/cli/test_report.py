"""`workstation report`: a valid PDF and CSV whose numbers are those computed from the
generated applications; bad dates give one clear line."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.store.stats_expected import expected, fill, sample
from workstation.cli import main
from workstation.domain.catalogue import load_catalogue
from workstation.security.datakey import open_store
from workstation.store import DataDir
from workstation.store.stats import local_offset

SINCE, UNTIL = dt.date(2026, 5, 1), dt.date(2026, 5, 31)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "data"
    with open_store(DataDir(path), create=True) as store:
        fill(store, sample(load_catalogue()))
    return path


def _run(folder: Path, *args: str) -> int:
    return main(
        ["--data-dir", str(folder), "report", "--from", "2026-05-01", "--to", "2026-05-31", *args]
    )


def test_csv_and_pdf_hold_the_numbers(folder: Path, tmp_path: Path) -> None:
    apps = [a for part in sample(load_catalogue()) for a in part.applications]
    want = expected(apps, SINCE, UNTIL, today=dt.date.today(), offset=local_offset())
    assert _run(folder, "--csv", str(tmp_path / "r.csv")) == 0
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0])[:7] == [
        "from",
        "to",
        "center_filter",
        "officer_filter",
        "section",
        "key",
        "name",
    ]
    by = {(r["section"], r["key"]): r for r in rows}
    for name in ("received", "decided", "approved", "refused", "printed", "issued", "overdue"):
        assert int(by["total", ""][name]) == want.total[name], name
        for center in ("BAK1", "GNJ1"):
            assert int(by["center", center][name]) == want.center[name, center]
    assert (
        int(by["officer", "officer.huseynli"]["received"])
        == want.officer["received", "officer.huseynli"]
    )
    assert int(by["day", "2026-05-12"]["received"]) == want.day["received", dt.date(2026, 5, 12)]

    assert _run(folder, "--lang", "en", "--pdf", str(tmp_path / "r.pdf")) == 0
    pdf = (tmp_path / "r.pdf").read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Period report" in text
    assert "01.05.2026 – 31.05.2026" in text
    t = want.total
    assert f"Received {t['received']}" in text
    assert f"Cards printed {t['printed']}" in text
    c = want.center
    line = " ".join(
        str(c[n, "GNJ1"])
        for n in (
            "received",
            "decided",
            "approved",
            "refused",
            "printed",
            "issued",
            "open",
            "overdue",
        )
    )
    assert f"GNJ1 {line}" in text
    # the fonts are embedded DejaVu subsets, as on the cards
    assert b"DejaVuSans" in pdf
    assert b"/FontFile2" in pdf
    # deterministic: the same report twice, the same bytes
    assert _run(folder, "--lang", "en", "--pdf", str(tmp_path / "again.pdf")) == 0
    assert (tmp_path / "again.pdf").read_bytes() == pdf


def test_bad_dates_are_refused_with_one_line(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "report",
                "--from",
                "2026-02-30",
                "--to",
                "2026-03-01",
                "--csv",
                str(out),
            ]
        )
        == 1
    )
    assert "--from: '2026-02-30' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                str(folder),
                "report",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-01",
                "--csv",
                str(out),
            ]
        )
        == 1
    )
    assert "ends (2026-03-01) before it starts (2026-03-02)" in capsys.readouterr().err
    assert not out.exists()
