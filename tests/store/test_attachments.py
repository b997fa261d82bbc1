from __future__ import annotations

import hashlib

import pytest

from workstation.store import Actor, AttachmentCorrupt, NotFound, Store


def test_attachment_is_content_addressed_and_idempotent(store: Store, actor: Actor) -> None:
    data = b"%PDF-1.7 passport scan" * 100
    digest = hashlib.sha256(data).hexdigest()
    with store.unit_of_work(actor) as uow:
        ref = uow.add_attachment(data, "application/pdf", "passport_copy")
    with store.unit_of_work(actor) as uow:
        again = uow.add_attachment(data, "application/pdf", "passport_copy")
    assert ref == again
    assert (ref.sha256, ref.size) == (digest, len(data))
    path = store.datadir.attachments / digest[:2] / digest[2:]
    assert path.read_bytes() == data
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp")]
    assert store.read_attachment(digest) == data
    with store.read() as r:
        entries = r.outbox.for_entity("attachment", digest)
        assert len(entries) == 1
        assert entries[0].changed == {
            "sha256": digest,
            "mime_type": "application/pdf",
            "size": len(data),
            "kind": "passport_copy",
        }
        assert [e.action for e in r.audit.for_entity("attachment", digest)] == ["attachment.create"]


def test_tampered_or_missing_file_is_detected(store: Store, actor: Actor) -> None:
    data = b"\x89PNG photo bytes"
    with store.unit_of_work(actor) as uow:
        ref = uow.add_attachment(data, "image/png", "photo")
    path = store.attachments.path(ref.sha256)
    path.write_bytes(b"\x89PNG photo bytez")
    with pytest.raises(AttachmentCorrupt, match="does not match"):
        store.read_attachment(ref.sha256)
    path.write_bytes(data + b"!")
    with pytest.raises(AttachmentCorrupt, match="bytes"):
        store.read_attachment(ref.sha256)
    path.unlink()
    with pytest.raises(AttachmentCorrupt, match="missing"):
        store.read_attachment(ref.sha256)
    with store.unit_of_work(actor) as uow:  # adding the bytes again repairs the file
        uow.add_attachment(data, "image/png", "photo")
    assert store.read_attachment(ref.sha256) == data


def test_unknown_attachment(store: Store) -> None:
    with pytest.raises(NotFound):
        store.read_attachment("0" * 64)
    with pytest.raises(ValueError, match="SHA-256"):
        store.attachments.path("../../etc/passwd")


def test_file_is_written_before_the_row_and_kept_on_rollback(store: Store, actor: Actor) -> None:
    data = b"scan made just before the power cut"

    def crash() -> str:
        with store.unit_of_work(actor) as uow:
            ref = uow.add_attachment(data, "image/jpeg", "photo")
            assert store.attachments.path(ref.sha256).is_file()
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        crash()
    digest = hashlib.sha256(data).hexdigest()
    assert store.attachments.read(digest) == data  # the bytes are safe on disk
    with pytest.raises(NotFound):
        store.read_attachment(digest)  # but not recorded
    with store.unit_of_work(actor) as uow:
        uow.add_attachment(data, "image/jpeg", "photo")
    assert store.read_attachment(digest) == data
