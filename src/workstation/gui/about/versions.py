"""What the About dialog and the crash report say about this installation (no Qt
widgets; the database schema is read on a reader thread)."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from sqlalchemy import text

from workstation import __version__
from workstation.domain.catalogue import Catalogue
from workstation.protocol.v1 import PROTOCOL_VERSION
from workstation.store import Store


def static_versions(catalogue: Catalogue | None) -> list[tuple[str, str]]:
    """(name, version) pairs known without the database; names are English keys the
    dialog translates."""
    rows = [
        ("Workstation", __version__),
        ("Sync protocol", f"v{PROTOCOL_VERSION}"),
    ]
    if catalogue is not None:
        schema = QCoreApplication.translate("AboutDialog", "%1 (schema %2)")
        rows.append(
            (
                "Service catalogue",
                schema.replace("%1", catalogue.version).replace("%2", str(catalogue.schema)),
            )
        )
    rows += [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", f"{platform.python_version()} ({sys.implementation.name})"),
        ("Operating system", platform.platform(terse=True)),
    ]
    return rows


def database_schema(store: Store) -> str:
    """The Alembic revision of the local database (reader thread)."""
    with store.read() as repos:
        value = repos.session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(value or "?")
