"""Every page and dialog of the gallery, rendered in Azerbaijani and in Russian: each
control has a name (accessible name, buddy label or its own text) and is reachable from
the keyboard (Tab, a mnemonic or a shortcut), no two mnemonics of a window clash, and no
English interface string is left on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from workstation.gui import gallery
from workstation.gui.a11y import unnamed_controls, unreachable_controls

TS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _texts(language: str) -> tuple[set[str], set[str]]:
    """(English sources, translations) of one .ts, without mnemonics."""
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(TS / f"workstation_{language}.ts").getroot().iter("message"):
        sources.add((message.findtext("source") or "").replace("&", ""))
        translation = message.find("translation")
        if translation is not None:
            forms = translation.findall("numerusform") or [translation]
            translations.update((f.text or "").replace("&", "") for f in forms)
    return sources, translations


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Two visible labels, buttons or tabs of one window with the same Alt+letter."""
    by_letter: dict[str, list[str]] = {}
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            found = re.search(r"&([^&\s])", text.replace("&&", ""))
            if found:
                by_letter.setdefault(found.group(1).lower(), []).append(text)
    return [f"Alt+{k}: {v}" for k, v in by_letter.items() if len(v) > 1]


def visible_texts(top: QWidget) -> list[str]:
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
    return [t.replace("&", "").strip() for t in texts if t and t.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_screen_is_named_keyboard_reachable_and_translated(
    language: str, tmp_path: Path
) -> None:
    english, translated = _texts(language)
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

    gallery.render(tmp_path / language, language=language, visit=visit)
    assert len(screens) > 50
    assert not problems, "\n".join(f"{k}: {v}" for k, v in problems.items())
