"""Attaching files: type by content, size limit, clear errors, nothing attached."""

from __future__ import annotations

from tests.gui.reception.conftest import choose, settle, write_png
from workstation.gui.reception import ops
from workstation.store.tables import AttachmentRow


def attachment_count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.store.read() as repos:
        return int(repos.session.execute(AttachmentRow.__table__.select()).all().__len__())


def test_wrong_type_is_refused_by_content(qtbot, context, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    choose(form.service_combo, "EXT-STAY")
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"GIF89a" + bytes(200))  # a GIF with a PDF's name
    before = attachment_count(context)
    form.attach_path("passport", fake)
    settle(qtbot, context)
    row = form.checklist.rows["passport"]
    assert row.file is None
    assert not row.tick.isChecked()
    assert row.error_label.isVisible()
    assert row.error_label.text() == (
        "“scan.pdf” is not a PDF, JPEG or PNG file (judged by its content, not its name). "
        "Nothing was attached."
    )
    assert attachment_count(context) == before


def test_too_big_is_refused(qtbot, context, open_form, tmp_path) -> None:  # type: ignore[no-untyped-def]
    form = open_form()
    choose(form.service_combo, "EXT-STAY")
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(ops.MAX_FILE_BYTES + 1)
    before = attachment_count(context)
    form.attach_path("passport", big)
    settle(qtbot, context)
    row = form.checklist.rows["passport"]
    assert row.file is None
    assert (
        row.error_label.text()
        == "“huge.pdf” is 20.0 MB; a file may have at most 20.0 MB. Nothing was attached."
    )
    assert attachment_count(context) == before
    # A good file afterwards clears the message.
    form.attach_path("passport", write_png(tmp_path / "passport.png"))
    settle(qtbot, context)
    assert row.file is not None
    assert not row.error_label.isVisible()


def test_sniff() -> None:
    assert ops.sniff(b"%PDF-1.4") == "application/pdf"
    assert ops.sniff(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert ops.sniff(b"\x89PNG\r\n\x1a\n") == "image/png"
    assert ops.sniff(b"GIF89a") is None
