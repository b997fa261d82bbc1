"""Refresh resources/translations/workstation_{az,en,ru}.ts from the sources.

    .venv/bin/python scripts/update_translations.py

Runs ``pyside6-lupdate`` over ``src/workstation/gui`` and ``ui/`` (new strings come in
unfinished, strings gone from the code are dropped), then fills the English file, whose
translations are the English source strings themselves (plural forms derived from
"(s)"). Azerbaijani and Russian are translated by people, in Qt Linguist
(``pyside6-linguist resources/translations/workstation_az.ts``) or in the XML;
``tests/runtime/test_translations.py`` fails while any string is unfinished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TARGETS = {"az": "az_AZ", "en": "en_GB", "ru": "ru_RU"}
# English singular forms that "(s)" cannot give.
ENGLISH_ONE = {
    "Which documents are missing? The applicants of the %Ln application(s) are asked for "
    "them.": "Which documents are missing? The applicant is asked for them.",
}


def lupdate(language: str) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(tool),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py,ui",
            "-source-language",
            "en_GB",
            "-target-language",
            TARGETS[language],
            str(ROOT / "src" / "workstation" / "gui"),
            str(ROOT / "ui"),
            "-ts",
            str(FOLDER / f"workstation_{language}.ts"),
        ],
        check=True,
    )


def english_forms(source: str) -> tuple[str, str]:
    one = ENGLISH_ONE.get(source) or re.sub(r"\(s\)", "", source)
    return one, re.sub(r"\(s\)", "s", source)


def fill_english(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, english_forms(source), strict=False):
                form.text = text
        else:
            translation.text = source
        if translation.get("type") == "unfinished":
            filled += 1
        translation.attrib.pop("type", None)
    write_ts(tree, path)
    return filled


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    # lupdate's own layout: <context> at the left margin, so a later lupdate run rewrites
    # nothing.
    lines = ET.tostring(tree.getroot(), encoding="unicode").split("\n")
    body = "\n".join(line.removeprefix("    ") for line in lines)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        lupdate(language)
    filled = fill_english(FOLDER / "workstation_en.ts")
    print(f"updated {', '.join(TARGETS)}; {filled} English strings filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
