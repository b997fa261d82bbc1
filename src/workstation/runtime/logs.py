"""Log files of the desktop: ``<data>/logs/workstation.log``, rotated (1 MB × 5), one
logger per area under ``workstation`` (STYLE.md 9).

Areas: ``workstation.sync``, ``.store``, ``.print``, ``.gui``, ``.security``,
``.runtime``. Every record passes `redact` first: tokens, passwords and bearer headers
never reach a file. `read_tail` and `parse` serve the log viewer (they run on a reader
thread).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from dataclasses import dataclass
from pathlib import Path

AREAS = ("sync", "store", "print", "gui", "security", "runtime")
LOG_NAME = "workstation.log"
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUPS = 5

_SECRETS = (
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [redacted]"),
    (
        re.compile(
            r"(?i)\b(password|passwd|token|access_token|refresh_token|secret|authorization)"
            r"(\"?\s*[:=]\s*\"?)[^\s\",}]+"
        ),
        r"\1\2[redacted]",
    ),
)


def area_logger(area: str) -> logging.Logger:
    """The logger of one area (``area_logger("sync")`` is ``workstation.sync``)."""
    if area not in AREAS:
        raise ValueError(f"unknown log area {area!r}; one of {AREAS}")
    return logging.getLogger(f"workstation.{area}")


def redact(text: str) -> str:
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup(folder: Path, level: int = logging.INFO) -> logging.Handler:
    """Log ``workstation.*`` into ``folder/workstation.log`` (made if missing); returns
    the handler (tests remove it again with `teardown`)."""
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    handler.setLevel(level)
    root = logging.getLogger("workstation")
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return handler


def teardown(handler: logging.Handler) -> None:
    logging.getLogger("workstation").removeHandler(handler)
    handler.close()


@dataclass(frozen=True, slots=True)
class LogLine:
    when: str
    level: str
    area: str
    message: str

    @property
    def severity(self) -> int:
        return logging.getLevelName(self.level) if self.level in LEVELS else logging.INFO


LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_LINE = re.compile(
    r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) (DEBUG|INFO|WARNING|ERROR|CRITICAL)\s+(\S+): (.*)$"
)


def read_tail(path: Path, max_bytes: int = 512_000) -> str:
    """The last `max_bytes` of the log (from a whole line on)."""
    if not path.is_file():
        return ""
    with path.open("rb") as file:
        size = file.seek(0, 2)
        file.seek(max(0, size - max_bytes))
        data = file.read()
    text = data.decode("utf-8", errors="replace")
    if size > max_bytes:
        text = text.split("\n", 1)[-1]
    return text


def parse(text: str) -> list[LogLine]:
    """Log lines; continuation lines (tracebacks) join the record above."""
    lines: list[LogLine] = []
    for raw in text.splitlines():
        match = _LINE.match(raw)
        if match:
            when, level, name, message = match.groups()
            area = name.split(".")[1] if name.startswith("workstation.") else name
            lines.append(LogLine(when, level, area, message))
        elif lines and raw.strip():
            last = lines[-1]
            lines[-1] = LogLine(last.when, last.level, last.area, last.message + "\n" + raw)
    return lines
