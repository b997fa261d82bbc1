"""`python -m workstation.gui.gallery OUTDIR` renders every screen: the files exist, have
the sizes their screens were shown at, and are not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat

EXPECTED = {  # stem: (width, height); None: a dialog at its natural size
    "login": None,
    "login_offline_refused": None,
    "enrolment": None,
    "enrolment_refused": None,
    **{
        f"main_window_{key}": (1280, 800)
        for key in (
            "mine",
            "received",
            "awaiting",
            "review",
            "decided",
            "print",
            "issue",
            "conflicts",
            "rejected",
            "drafts",
            "search_results",
            "offline",
            "detail",
            "new_application",
        )
    },
    "queue_filtered": (1280, 800),
    "queue_request_documents": None,
    "search_popup": (1280, 800),
    **{
        f"sync_status_{state}": None
        for state in ("online", "offline", "syncing", "error", "login_required", "no_keyring")
    },
}


@pytest.mark.slow
def test_the_gallery_renders_every_screen(tmp_path: Path) -> None:
    out = tmp_path / "gallery"
    done = subprocess.run(
        [sys.executable, "-m", "workstation.gui.gallery", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    written = {p.stem for p in out.glob("*.png")}
    assert set(EXPECTED) <= written
    others = written - set(EXPECTED)  # the reception form's and the detail page's
    assert any(name.startswith("reception") for name in others), sorted(others)
    assert any(name.startswith("detail") for name in others), sorted(others)
    for path in sorted(out.glob("*.png")):
        with Image.open(path) as image:
            size = EXPECTED.get(path.stem)
            if size is not None:
                assert image.size == size, path.name
            assert image.width >= 200, path.name
            assert image.height >= 24, path.name
            stats = ImageStat.Stat(image.convert("L"))
            assert stats.stddev[0] > 5, f"{path.name} looks blank"
