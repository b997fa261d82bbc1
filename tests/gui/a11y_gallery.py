"""Run by tests/gui/test_accessibility.py in a child process (the gallery leaves windows,
a translator and a locale behind): renders every screen in one language and prints, as
JSON, the problems found per picture."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QWidget

from workstation.gui import gallery
from workstation.gui.a11y import (
    mnemonic_clashes,
    unnamed_controls,
    unreachable_controls,
    visible_texts,
)
from workstation.resources import resource_path


def texts(language: str) -> tuple[set[str], set[str]]:
    """(English sources, translations) of one .ts, without mnemonics."""
    sources: set[str] = set()
    translations: set[str] = set()
    root = ET.parse(resource_path("translations", f"workstation_{language}.ts")).getroot()
    for message in root.iter("message"):
        sources.add((message.findtext("source") or "").replace("&", ""))
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            translations.update((f.text or "").replace("&", "") for f in forms)
    return sources, translations


def main(outdir: Path, language: str) -> None:
    english, translated = texts(language)
    problems: dict[str, list[str]] = {}
    screens: list[str] = []

    def visit(stem: str, widget: QWidget) -> None:
        screens.append(stem)
        found = [f"unnamed {w}" for w in unnamed_controls(widget)]
        found += [f"keyboard cannot reach {w}" for w in unreachable_controls(widget)]
        found += [f"mnemonic clash {c}" for c in mnemonic_clashes(widget)]
        found += [
            f"English left: {text!r}"
            for text in visible_texts(widget)
            if text in english and text not in translated
        ]
        if found:
            problems[stem] = found

    gallery.render(outdir, language=language, visit=visit)
    print("RESULT " + json.dumps({"screens": screens, "problems": problems}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
