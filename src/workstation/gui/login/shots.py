"""Gallery pictures of the login and enrolment dialogs."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workstation.gui.context import AppContext
from workstation.gui.login.dialogs import EnrolDialog, LoginDialog
from workstation.gui.login.service import Enrolled

ENROLLED = Enrolled("https://workstation.migration.gov.az", "WS-BAK1-0007", "BAK1", "officer")


def shots(ctx: AppContext) -> Iterator[tuple[str, QWidget]]:
    login = LoginDialog(ctx, ENROLLED)
    login.adjustSize()
    yield "login", login
    login.password.setText("secret")
    login._show_error(  # what an offline refusal looks like
        QCoreApplication.translate(
            "LoginDialog",
            "The server cannot be reached. Wrong password (3 tries left before offline "
            "login locks).",
        )
    )
    login.adjustSize()
    yield "login_offline_refused", login
    login.close()
    enrol = EnrolDialog(ctx)
    enrol.adjustSize()
    yield "enrolment", enrol
    enrol.server.setText("https://workstation.migration.gov.az")
    enrol.code.setText("7Q4X-93KD")
    enrol.name.setText("BAK1 reception desk 3")
    enrol.message.setStyleSheet("color: #b71c1c;")
    enrol.message.setText("The server refused the code: the enrolment code was already used")
    enrol.adjustSize()
    yield "enrolment_refused", enrol
    enrol.close()
