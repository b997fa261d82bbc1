"""The Qt binding must not leak or drop references on plain calls. PySide6 6.12.0 drops a
reference to ``None`` on every void call (``setText``…); on Python 3.11, where ``None``
is not immortal, a long session then dies with "none_dealloc". pyproject excludes that
release; this test stops an upgrade to a binding with the same bug."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit


def test_void_calls_keep_none_alive(qtbot):
    edit, box, combo = QLineEdit(), QCheckBox(), QComboBox()
    for widget in (edit, box, combo):
        qtbot.addWidget(widget)
    combo.addItems(["a", "b"])
    before = sys.getrefcount(None)
    for i in range(200):
        edit.setText(str(i))
        box.setChecked(i % 2 == 0)
        combo.setCurrentIndex(i % 2)
        edit.setVisible(True)
    assert sys.getrefcount(None) - before > -50  # 6.12.0: -800
