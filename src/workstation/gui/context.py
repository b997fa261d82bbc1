"""What every screen is given: the store, the task runner, the catalogue, who is logged
in, and the application-wide events. Built once by the composition root (`gui/app.py`)
and passed in through constructors — no globals, no service locator."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workstation.domain.model import Role

if TYPE_CHECKING:  # not imported at run time: the window's shell is painted without them
    from workstation.domain.catalogue import Catalogue
    from workstation.runtime.tasks import TaskRunner
    from workstation.store import Actor, Store

LANGUAGES = ("az", "en", "ru")


@dataclass(frozen=True, slots=True)
class UserSession:
    """The officer at the desk. ``online`` is false after an offline login (the server
    was unreachable and the cached verifier was used)."""

    username: str
    full_name: str
    role: Role
    workstation_id: str
    center_code: str
    online: bool = True

    @property
    def actor(self) -> Actor:
        from workstation.store import Actor  # noqa: PLC0415 - not before the window

        return Actor(self.username, self.workstation_id)


class Events(QObject):
    """Application-wide notifications, emitted on the GUI thread.

    - ``data_changed``: something was written locally or pulled; views re-query.
    - ``application_saved(id)``: one application was written by this desk.
    - ``open_application(id)``: somebody asked to show an application's detail.
    - ``new_application()``: somebody asked for an empty reception form.
    - ``status_message(text)``: a short message for the status bar.
    """

    data_changed = Signal()
    application_saved = Signal(str)
    open_application = Signal(str)
    new_application = Signal()
    status_message = Signal(str)


def _today() -> dt.date:
    return dt.date.today()


@dataclass(eq=False)
class AppContext:
    store: Store
    runner: TaskRunner
    catalogue: Catalogue
    events: Events
    language: str = "en"
    session: UserSession | None = None
    today: Callable[[], dt.date] = _today
    extras: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown UI language {self.language!r}; one of {LANGUAGES}")

    @property
    def actor(self) -> Actor:
        """Who writes: the logged-in user (``RuntimeError`` before login)."""
        if self.session is None:
            raise RuntimeError("nobody is logged in")
        return self.session.actor
