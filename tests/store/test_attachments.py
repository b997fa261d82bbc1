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
    on_disk = path.read_bytes()
    assert data[:8] not in on_disk  # sealed: the plain bytes are not on disk
    assert len(on_disk) == len(data) + 4 + 8 + 12 + 16  # magic, key id, nonce, GCM tag
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
    sealed = path.read_bytes()
    path.write_bytes(sealed[:-1] + bytes([sealed[-1] ^ 1]))  # one bit flipped
    with pytest.raises(AttachmentCorrupt, match="cannot be decrypted"):
        store.read_attachment(ref.sha256)
    path.write_bytes(b"\x89PNG photo bytez")  # a plain file put in its place
    with pytest.raises(AttachmentCorrupt, match="cannot be decrypted"):
        store.read_attachment(ref.sha256)
    other = b"another photo"
    with store.unit_of_work(actor) as uow:
        moved = uow.add_attachment(other, "image/png", "photo")
    path.write_bytes(store.attachments.path(moved.sha256).read_bytes())  # moved address
    with pytest.raises(AttachmentCorrupt, match="cannot be decrypted"):
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
