"""Loading a draft, offering a recovered form, Save draft, Receive and Discard: the
writes go through ``ctx.runner.write`` and the outcome comes back as a banner."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from workstation.domain.errors import TransitionRefused
from workstation.domain.ids import new_id
from workstation.domain.model import Application, Role, Status
from workstation.domain.validation import format_screen_date
from workstation.gui.reception import autosave, ops
from workstation.gui.reception.formstate import PERSON_KEYS, FormState, person_errors
from workstation.store.leases import NoNumbersLeft

if TYPE_CHECKING:
    from workstation.gui.reception.form import ReceptionForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceptionSave", text)


class SaveFlow:
    def __init__(self, form: ReceptionForm) -> None:
        self.form = form
        self.ctx = form.ctx
        self.busy = False

    # -- opening -----------------------------------------------------------------------

    def load(self, application_id: str) -> None:
        form = self.form
        form.setEnabled(False)

        def done(result: tuple[FormState, Application]) -> None:
            state, app = result
            form.setEnabled(True)
            form.loading = False
            form.apply_state(state)
            if app.status is not Status.DRAFT:
                form.set_title(app.number, self._status_text(app))
                form.set_read_only()
                form.banner.show_message(
                    "info",
                    QCoreApplication.translate(
                        "ReceptionSave",
                        "This application was received already; it is shown read-only.",
                    ),
                )
                return
            form.set_title("", QCoreApplication.translate("ReceptionSave", "Draft"))
            if form.autosaver.enabled:
                self.offer_recovery()

        def failed(exc: BaseException) -> None:
            form.setEnabled(True)
            form.loading = False
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave", "The draft could not be opened: %1"
                ).replace("%1", str(exc)),
            )

        key = form.key
        self.ctx.runner.read(
            lambda: ops.load_draft(self.ctx.store, self.ctx.catalogue, application_id, key),
            done=done,
            failed=failed,
            owner=form,
            label="reception.load",
        )

    def offer_recovery(self) -> None:
        form = self.form
        root = autosave.folder(self.ctx)
        skip = set(autosave.claimed(self.ctx)) - {str(form.autosaver.path)}
        app_id = form.application_id
        self.ctx.runner.read(
            lambda: autosave.find_recovery(root, app_id, skip),
            done=self._offer,
            owner=form,
            label="reception.recovery",
        )

    def _offer(self, found: autosave.Recovery | None) -> None:
        if found is None:
            return
        form = self.form
        when = found.saved_at.astimezone()
        stamp = (
            when.strftime("%H:%M")
            if when.date() == dt.date.today()
            else when.strftime("%d.%m.%Y %H:%M")
        )
        who = " ".join(
            p
            for p in (
                found.state.person.get("surname", ""),
                found.state.person.get("given_names", ""),
            )
            if p
        )
        text = QCoreApplication.translate(
            "ReceptionSave", "Restore unsaved reception of %1?"
        ).replace("%1", stamp)
        if who.strip():
            text += " " + QCoreApplication.translate("ReceptionSave", "(applicant: %1)").replace(
                "%1", who.strip()
            )
        autosave.claimed(self.ctx)[str(found.path)] = form.autosaver

        def restore() -> None:
            form.key = found.state.key
            form.autosaver.remove()
            form.autosaver.move_to(form.key)
            form.apply_state(found.state)
            form.banner.show_message(
                "info",
                QCoreApplication.translate("ReceptionSave", "The unsaved reception was restored."),
            )
            form.autosaver.flush()

        def discard() -> None:
            autosave.claimed(self.ctx).pop(str(found.path), None)
            self.ctx.runner.write(
                lambda: autosave.remove_recovery(found.path), label="reception.autosave"
            )
            form.banner.hide()

        form.banner.show_message(
            "warning",
            text,
            (
                (QCoreApplication.translate("ReceptionSave", "Restore"), restore),
                (QCoreApplication.translate("ReceptionSave", "Discard it"), discard),
            ),
        )

    # -- saving ------------------------------------------------------------------------

    def save_draft(self) -> None:
        form = self.form
        if self.busy or form.read_only or form.loading:
            return
        state = form.state()
        if not state.service_code:
            form.touched.add("service")
            form.refresh()
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave", "Choose the service before saving a draft."
                ),
            )
            form.service_combo.setFocus()
            return
        errors = person_errors(state, self.ctx.today())
        if errors:
            form.touched.update(PERSON_KEYS)
            form.refresh()
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave",
                    "A draft needs the applicant's data without errors: %1 to fix (marked in "
                    "red). Everything typed is kept.",
                ).replace("%1", str(len({e.field for e in errors}))),
            )
            self._focus_first(errors[0].field)
            return
        self._write(state, receive=False)

    def receive(self) -> None:
        form = self.form
        if self.busy or form.read_only or form.loading:
            return
        form.show_all_errors = True
        form.refresh()
        if form.current_errors:
            first = form.current_errors[0]
            count = len({e.field for e in form.current_errors})
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave",
                    "The application cannot be received yet: %1 to fix, marked in red. First: %2",
                )
                .replace("%1", str(count))
                .replace("%2", first.message.text(form.lang)),
            )
            self._focus_first(first.field)
            return
        self._write(form.state(), receive=True)

    def _focus_first(self, path: str) -> None:
        form = self.form
        entry = form.errors.labels.get(path)
        widget = entry[2] if entry is not None else form.first_error_widget()
        if widget is not None:
            form.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _write(self, state: FormState, *, receive: bool) -> None:
        form = self.form
        session = self.ctx.session
        role = session.role if session is not None else Role.OFFICER
        center = session.center_code if session is not None else ""
        store, catalogue, actor, today = (
            self.ctx.store,
            self.ctx.catalogue,
            self.ctx.actor,
            self.ctx.today(),
        )
        self._set_busy(True, receive)
        self.ctx.runner.write(
            lambda: ops.save(store, catalogue, actor, role, center, state, today, receive=receive),
            done=lambda saved: self._saved(saved, receive),
            failed=self._failed,
            owner=form,
            label="reception.receive" if receive else "reception.save",
        )

    def _set_busy(self, busy: bool, receive: bool = False) -> None:
        self.busy = busy
        form = self.form
        if busy:
            self._label_before = form.state_label.text()
        else:
            form.state_label.setText(getattr(self, "_label_before", ""))
        form.save_button.setEnabled(not busy)
        form.receive_button.setEnabled(not busy)
        if busy:
            form.state_label.setText(
                QCoreApplication.translate("ReceptionSave", "Receiving…")
                if receive
                else QCoreApplication.translate("ReceptionSave", "Saving…")
            )

    def _saved(self, saved: ops.Saved, receive: bool) -> None:
        form = self.form
        self._set_busy(False)
        form.application_id = saved.application_id
        form.applicant.set_person(saved.person_id)
        form.autosaver.remove()
        time = dt.datetime.now().strftime("%H:%M")
        if saved.status is Status.RECEIVED:
            due = format_screen_date(saved.due_date) if saved.due_date else "—"
            form.set_title(
                saved.number,
                QCoreApplication.translate("ReceptionSave", "Received · due %1").replace("%1", due),
            )
            form.set_read_only()
            form.autosaver.release()
            form.banner.show_message(
                "success",
                QCoreApplication.translate(
                    "ReceptionSave", "Received as %1 at %2. Legal due date: %3."
                )
                .replace("%1", saved.number)
                .replace("%2", time)
                .replace("%3", due),
            )
        else:
            form.key = saved.application_id
            form.autosaver.move_to(form.key)
            form.set_title(
                "",
                QCoreApplication.translate("ReceptionSave", "Draft · saved at %1").replace(
                    "%1", time
                ),
            )
            form.banner.show_message(
                "success",
                QCoreApplication.translate("ReceptionSave", "Draft saved at %1.").replace(
                    "%1", time
                ),
            )
        self.ctx.events.application_saved.emit(saved.application_id)
        self.ctx.events.data_changed.emit()
        self.ctx.events.status_message.emit(form.banner.text.text())
        form.saved.emit(saved.application_id)
        if receive and saved.status is Status.RECEIVED:
            form.received.emit(saved.application_id)

    def _failed(self, exc: BaseException) -> None:
        form = self.form
        self._set_busy(False)
        kept = QCoreApplication.translate(
            "ReceptionSave", "Nothing was saved; everything typed is kept."
        )
        if isinstance(exc, ops.DuplicatePerson):
            number = form.applicant.texts()["document.number"]
            form.applicant.show_duplicates(number, exc.persons)
            form.scroll_area.ensureWidgetVisible(form.applicant.duplicate_frame)
            form.banner.show_message(
                "warning",
                QCoreApplication.translate(
                    "ReceptionSave",
                    "A person with this passport number is already known. Use that person or "
                    "confirm a new one, then save again.",
                )
                + " "
                + kept,
            )
        elif isinstance(exc, NoNumbersLeft):
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave",
                    "No application numbers are left on this workstation, so the application "
                    "cannot be received now. Save it as a draft and receive it after the "
                    "next sync brings new numbers (the server leases them).",
                )
                + " "
                + kept,
            )
        elif isinstance(exc, ops.NotADraft):
            form.banner.show_message(
                "error",
                QCoreApplication.translate(
                    "ReceptionSave",
                    "This application is no longer a draft (it is %1 now) and cannot be "
                    "changed here.",
                ).replace("%1", exc.status.value),
            )
        elif isinstance(exc, TransitionRefused):
            form.banner.show_message("error", exc.message.text(form.lang) + " " + kept)
        else:
            form.banner.show_message(
                "error",
                QCoreApplication.translate("ReceptionSave", "Saving failed: %1").replace(
                    "%1", str(exc)
                )
                + " "
                + kept,
            )

    def discard(self) -> None:
        """Forget what was typed since the last save (a new form starts empty again)."""
        form = self.form
        if self.busy or form.read_only:
            return
        form.autosaver.remove()
        if form.application_id is not None:
            self.load(form.application_id)
        else:
            form.key = f"{autosave.NEW}{new_id()}"
            form.autosaver.move_to(form.key)
            form.touched.clear()
            form.show_all_errors = False
            form.applicant.clear_mrz()
            form.apply_state(FormState(key=form.key, person={"document.type": "ordinary"}))
            form.applicant.set_person(None)
            form.banner.hide()
        form.discarded.emit()

    @staticmethod
    def _status_text(app: Application) -> str:
        return app.status.value.replace("_", " ")
