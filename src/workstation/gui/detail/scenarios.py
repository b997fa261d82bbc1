"""Scenes for the gallery and the tests, made the way the real code makes them:
attachments through the unit of work, conflicts by answering a local change the way
the server does (a push result ``conflict``) and then pulling the server's state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from workstation.domain.ids import new_id
from workstation.domain.model import Role
from workstation.domain.serialize import application_to_dict, datetime_text
from workstation.protocol.v1 import Change, ConflictField, MutationResult
from workstation.resources import resource_path
from workstation.store import Actor, Store
from workstation.store.pull import apply_changes
from workstation.store.pushstate import pending_mutations, record_push_results
from workstation.store.syncmeta import pull_cursor, server_epoch


def picture_png(title: str, width: int = 700, height: int = 900) -> bytes:
    """A scanned-page look-alike (PNG)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4f1e8"))
    painter = QPainter(image)
    painter.setPen(QColor("#2f5f9e"))
    painter.drawRect(QRect(20, 20, width - 40, height - 40))
    font = QFont("DejaVu Sans", 28, QFont.Weight.Bold)
    painter.setFont(font)
    painter.drawText(QRect(40, 60, width - 80, 80), Qt.AlignmentFlag.AlignCenter, title)
    painter.setPen(QColor("#9a9a9a"))
    for line in range(14):
        y = 200 + line * 45
        painter.drawLine(70, y, width - 70 - (line % 3) * 90, y)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def document_pdf(title: str, lines: list[str]) -> bytes:
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource_path("fonts", "DejaVuSans.ttf"))))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    width, height = A4
    page.setFont("DejaVuSans", 22)
    page.drawString(60, height - 90, title)
    page.setFont("DejaVuSans", 12)
    for n, line in enumerate(lines):
        page.drawString(60, height - 140 - n * 22, line)
    page.rect(40, 40, width - 80, height - 80)
    page.showPage()
    page.save()
    return out.getvalue()


def attach_documents(store: Store, actor: Actor, application_id: str) -> list[str]:
    """A PDF and a scan (PNG) attached to the first two checklist items, received.
    Returns their SHA-256."""
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        person = uow.persons.get(app.person_id)
        png = uow.add_attachment(picture_png("PASSPORT"), "image/png", "document")
        pdf = uow.add_attachment(
            document_pdf(
                "Application form",
                [f"Applicant: {person.full_name}", f"Number: {app.number}", "Signed."],
            ),
            "application/pdf",
            "document",
        )
        shas = [pdf.sha256, png.sha256]
        checklist = list(app.checklist)
        for index, sha in enumerate(shas[: len(checklist)]):
            checklist[index] = dataclasses.replace(
                checklist[index], received=True, attachment_sha256=sha
            )
        uow.update_application(dataclasses.replace(app, checklist=tuple(checklist)))
    return shas


def untick(store: Store, actor: Actor, application_id: str, count: int = 3) -> list[str]:
    """The officer unticks the last `count` documents (not brought after all)."""
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        checklist = list(app.checklist)
        codes = []
        for index in range(max(0, len(checklist) - count), len(checklist)):
            checklist[index] = dataclasses.replace(checklist[index], received=False)
            codes.append(checklist[index].code)
        uow.update_application(dataclasses.replace(app, checklist=tuple(checklist)))
    return codes


def rejected_change(store: Store, actor: Actor, application_id: str) -> str:
    """An edit of this desk that the server rejected (the reason stays visible)."""
    reason = "The payment reference is not known to the treasury (AZ000000000000)."
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        uow.update_application(dataclasses.replace(app, payment_ref="AZ000000000000"))
        waiting = [
            m
            for m in pending_mutations(uow.session, 1000)
            if m.entity == "application" and m.entity_id == application_id
        ]
        results = [
            MutationResult(mutation_id=m.mutation_id, status="applied", version=app.version + 1)
            for m in waiting[:-1]
        ]
        results.append(
            MutationResult(
                mutation_id=waiting[-1].mutation_id,
                status="rejected",
                code="payment_unknown",
                reason=reason,
            )
        )
        record_push_results(
            uow.session,
            results,
            workstation_id=actor.workstation_id,
            username=actor.user,
            now=uow.now(),
        )
    return reason


def _answer_with_conflict(
    store: Store,
    actor: Actor,
    application_id: str,
    fields: list[tuple[str, Any, Any]],
    server_data: dict[str, Any],
) -> str:
    """The server answers this workstation's waiting change of the application with a
    conflict on `fields` (key, mine, server's), then a pull brings `server_data`."""
    conflict_id = new_id()
    with store.unit_of_work(actor) as uow:
        waiting = [
            m
            for m in pending_mutations(uow.session, 1000)
            if m.entity == "application" and m.entity_id == application_id
        ]
        version = uow.applications.get(application_id).version + 1
        results = [
            MutationResult(mutation_id=m.mutation_id, status="applied", version=version)
            for m in waiting[:-1]
        ]
        results.append(
            MutationResult(
                mutation_id=waiting[-1].mutation_id,
                status="conflict",
                version=version,
                conflict_id=conflict_id,
                fields=[ConflictField(field=k, client=c, server=s) for k, c, s in fields],
            )
        )
        record_push_results(
            uow.session,
            results,
            workstation_id=actor.workstation_id,
            username=actor.user,
            now=uow.now(),
        )
        cursor = pull_cursor(uow.session)
        change = Change(
            seq=cursor + 1,
            entity="application",
            entity_id=application_id,
            version=version,
            data=server_data,
        )
        apply_changes(uow.session, [change], cursor, server_epoch(uow.session) or "gallery")
    return conflict_id


def field_conflict(store: Store, actor: Actor, application_id: str) -> str:
    """Offline, this desk changed the payment reference, the assignee and a service
    field; another desk changed the same ones first."""
    with store.unit_of_work(actor) as uow:
        app = uow.applications.get(application_id)
        server = application_to_dict(app)
        fields = dict(app.fields)
        mine_fields = dict(fields)
        service = store.catalogue.service(app.service_code)
        text_codes = [
            k
            for k, v in fields.items()
            if isinstance(v, str) and v and getattr(service.field(k), "type", "") == "text"
        ]
        if text_codes:
            mine_fields[text_codes[0]] = f"{fields[text_codes[0]]} (düzəliş)"
        mine = dataclasses.replace(
            app, payment_ref="AZ111122223333", assignee=actor.user, fields=mine_fields
        )
        uow.update_application(mine)
    server.update(payment_ref="AZ999988887777", assignee="karimov")
    clashes: list[tuple[str, Any, Any]] = [
        ("assignee", actor.user, "karimov"),
        ("payment_ref", "AZ111122223333", "AZ999988887777"),
    ]
    if text_codes:
        clashes.append(("fields", dict(sorted(mine_fields.items())), server["fields"]))
    return _answer_with_conflict(store, actor, application_id, clashes, server)


def decision_conflict(
    store: Store, actor: Actor, application_id: str, other: str = "karimov"
) -> str:
    """This desk approved an application under review while offline; another
    supervisor had refused it first (the server kept the refusal)."""
    with store.unit_of_work(actor) as uow:
        before = uow.applications.get(application_id)
        approved = uow.transition(application_id, "approve", Role.SUPERVISOR, "")
        refused_at = uow.now() - dt.timedelta(minutes=42)
    reason = "Tibbi arayış saxtadır; sənədlər natamamdır"
    server = application_to_dict(before)
    step = {
        "at": datetime_text(refused_at),
        "by": other,
        "from": "under_review",
        "to": "refused",
        "reason": reason,
    }
    decision = {
        "outcome": "refused",
        "by": other,
        "at": datetime_text(refused_at),
        "reason": reason,
    }
    server.update(status="refused", decision=decision, history=[*server["history"], step])
    mine = application_to_dict(approved)
    clashes = [(key, mine[key], server[key]) for key in ("decision", "history", "status")]
    return _answer_with_conflict(store, actor, application_id, clashes, server)
