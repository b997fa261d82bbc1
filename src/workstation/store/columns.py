"""Column types that keep SQLite files readable by any tool and sortable as text."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from workstation.domain.serialize import datetime_text, parse_datetime


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime stored as ISO 8601 UTC text with microseconds and a ``Z``
    (``2024-05-01T08:30:00.000000Z``): one fixed width, so text order is time order."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        return datetime_text(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else parse_datetime(value)


def dumps(value: Any) -> str:
    """Canonical JSON text: sorted keys, no spaces, letters kept as written."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class JSONText(TypeDecorator[Any]):
    """A JSON value stored as canonical text (so plain sqlite3 shows it readably)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any | None, dialect: Dialect) -> str | None:
        return None if value is None else dumps(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
