"""Crash recovery: the raw state of an open form (invalid values and attached files'
references included) written to ``<data folder>/recovery/reception-<key>.json`` about a
second after typing stops, off the GUI thread, atomically. Offered back the next time a
form opens; removed after a successful save or receive, or an explicit discard."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer

from workstation.files import write_atomically
from workstation.gui.context import AppContext
from workstation.gui.reception.formstate import FormState

DEBOUNCE_MS = 1000
FOLDER = "recovery"
PREFIX = "reception-"
NEW = "new-"
_CLAIMED = "reception.recovery_claimed"


@dataclass(frozen=True, slots=True)
class Recovery:
    path: Path
    saved_at: dt.datetime
    state: FormState


def folder(ctx: AppContext) -> Path:
    return ctx.store.datadir.path / FOLDER


def path_for(ctx: AppContext, key: str) -> Path:
    return folder(ctx) / f"{PREFIX}{key}.json"


def claimed(ctx: AppContext) -> dict[str, QObject]:
    """Recovery files that open forms own (per application context, not global), with
    the object that owns each: a file whose owner was deleted without closing (a crash)
    is free again."""
    value = ctx.extras.setdefault(_CLAIMED, {})
    assert isinstance(value, dict)
    for path, owner in list(value.items()):
        if not shiboken6.isValid(owner):
            del value[path]
    return value


def write_recovery(path: Path, data: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"saved_at": dt.datetime.now(dt.UTC).isoformat(), "form": data}
    write_atomically(path, json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8"))


def remove_recovery(path: Path) -> None:
    path.unlink(missing_ok=True)


def read_recovery(path: Path) -> Recovery | None:
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        return Recovery(
            path, dt.datetime.fromisoformat(body["saved_at"]), FormState.from_json(body["form"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def find_recovery(
    root: Path, application_id: str | None, skip: set[str] | dict[str, QObject]
) -> Recovery | None:
    """The newest recovery file for this application (or, for a new form, of any new
    form) that no open form owns; unreadable files are skipped, never deleted."""
    if not root.is_dir():
        return None
    if application_id is not None:
        candidates = [root / f"{PREFIX}{application_id}.json"]
    else:
        candidates = sorted(root.glob(f"{PREFIX}{NEW}*.json"))
    found = [
        r for p in candidates if str(p) not in skip and p.is_file() and (r := read_recovery(p))
    ]
    return max(found, key=lambda r: r.saved_at, default=None)


class Autosaver(QObject):
    """Debounces `touch()` and writes the form's state through the writer thread."""

    def __init__(
        self, ctx: AppContext, key: str, snapshot: Callable[[], FormState], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path_for(ctx, key)
        self.snapshot = snapshot
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        claimed(ctx)[str(self.path)] = self

    def move_to(self, key: str) -> None:
        """The form got a new key (its draft was saved): later writes go to that file."""
        claimed(self.ctx).pop(str(self.path), None)
        self.path = path_for(self.ctx, key)
        claimed(self.ctx)[str(self.path)] = self

    def touch(self) -> None:
        if self.enabled:
            self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if not self.enabled:
            return
        data, path = self.snapshot().to_json(), self.path
        self.ctx.runner.write(lambda: write_recovery(path, data), label="reception.autosave")

    def remove(self) -> None:
        """Forget the unsaved state (after a save, a receive or a discard)."""
        self.timer.stop()
        path = self.path
        self.ctx.runner.write(lambda: remove_recovery(path), label="reception.autosave")

    def release(self) -> None:
        self.timer.stop()
        claimed(self.ctx).pop(str(self.path), None)
