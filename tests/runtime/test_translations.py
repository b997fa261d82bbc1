"""The interface translations: complete for az, en and ru (what lupdate finds in the code
today included), placeholders kept, Azerbaijani written with the right letters, and the
compiled .qm really translates."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("az", "en", "ru")

# Letters that look like Azerbaijani ones but are not: ä (for ə), schwa look-alikes
# (U+01DD ǝ, Cyrillic ә/Ә), and any other Cyrillic letter.
AZ_LOOKALIKES = re.compile("[äÄǝƎ\u0400-\u04ff]")
PLACEHOLDER = re.compile(r"%L?n|%\d")


def messages(language: str, folder: Path = FOLDER) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(folder / f"workstation_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def unfinished(language: str, folder: Path = FOLDER) -> list[str]:
    out = []
    for context, source, message in messages(language, folder):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "missing") or not all(texts(message)):
            out.append(f"{context}: {source!r} ({kind})")
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_translated(language: str, tmp_path: Path) -> None:
    """lupdate over the code as it is now, merged into a copy of the .ts: a string added to
    the code without a translation comes in unfinished (strings gone from the code are
    dropped, as scripts/update_translations.py does)."""
    copy = tmp_path / f"workstation_{language}.ts"
    shutil.copy(FOLDER / copy.name, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py,ui",
            str(ROOT / "src" / "workstation" / "gui"),
            str(ROOT / "ui"),
            "-ts",
            str(copy),
        ],
        check=True,
    )
    missing = unfinished(language, tmp_path)
    assert not missing, (
        f"{len(missing)} strings are not translated into {language} "
        "(run scripts/update_translations.py, then translate):\n" + "\n".join(missing[:40])
    )
    assert len(messages(language, tmp_path)) > 500


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = []
    for context, source, message in messages(language):
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"})
        for text in texts(message):
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n", "%Ln"}) != wanted:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_azerbaijani_uses_azerbaijani_letters() -> None:
    bad = [
        f"{source!r} -> {text!r}"
        for _c, source, message in messages("az")
        for text in texts(message)
        if AZ_LOOKALIKES.search(text)
    ]
    assert not bad, "look-alike letters in Azerbaijani:\n" + "\n".join(bad)
    every = " ".join(t for _c, _s, m in messages("az") for t in texts(m))
    for letter in "əƏşçğöüıİ":
        assert letter in every, f"no {letter!r} in the Azerbaijani translation at all"


def test_the_checker_catches_lookalikes() -> None:
    assert AZ_LOOKALIKES.search("Müraciät")  # ä for ə
    assert AZ_LOOKALIKES.search("Мüraciət")  # Cyrillic М
    assert AZ_LOOKALIKES.search("müraciǝt")  # U+01DD for U+0259
    assert not AZ_LOOKALIKES.search("Müraciət İŞ ğ ö ü ç ı")


def test_russian_is_russian() -> None:
    latin_only = [
        source
        for _c, source, message in messages("ru")
        for text in texts(message)
        if re.search("[A-Za-z]{4,}", text) and not re.search("[а-яА-Я]", text)
    ]
    # Only addresses, formats and codes may stay Latin.
    assert set(latin_only) <= {
        "https://workstation.example.gov.az",
        "dd.MM.yyyy",
        "name@example.az",
    }, latin_only


def test_compiled_translations_translate(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QDialogButtonBox

    from workstation.runtime.i18n import Translations, compiled_qm

    translations = Translations(cache=tmp_path)
    try:
        translations.apply("az")
        assert QCoreApplication.translate("Queues", "My work") == "Mənim işlərim"
        # Qt ships no Azerbaijani: the standard buttons come from ours.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == "İmtina"
        assert QLocale().name() == "az_AZ"
        translations.apply("ru")
        assert QCoreApplication.translate("Queues", "My work") == "Мои дела"
        plural = "%Ln application(s)"
        assert QCoreApplication.translate("QueuePage", plural, None, 3) == "3 заявления"
        assert QCoreApplication.translate("QueuePage", plural, None, 25) == "25 заявлений"
        assert QCoreApplication.translate("QueuePage", plural, None, 1) == "1 заявление"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() == "Отмена"
        # Compiled once, then taken from the cache.
        first = compiled_qm("ru", tmp_path)
        assert compiled_qm("ru", tmp_path) == first
    finally:
        translations.apply("en")
