"""Keeping tokens and passwords out of logs and crash reports (DESIGN.md section 5).

`redact(text)` blanks what looks like a secret: ``Bearer <token>``, the value of any
``password``/``access_token``/``refresh_token``/``token``/``secret``/``authorization``
key (JSON, Python reprs, ``key=value`` query and keyword forms), and access tokens
by their shape (base64url JSON and a signature, as the server issues them).

`RedactingFilter` applies it to a log record: the formatted message, the formatted
exception (traceback text, including chained exceptions such as a pydantic error quoting
the server's answer) and the stack. `install()` puts it on every handler of the root
logger and into the log-record factory, so that handlers added later (a crash log, a
file) only ever see redacted records. Crash reporters that format exceptions themselves
should pass their text through `redact`.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

MASK = "[redacted]"

_KEYS = (
    r"(?:access_token|refresh_token|accesstoken|refreshtoken|id_token|token|password|passwd|"
    r"passphrase|secret|client_secret|authorization|api_key|apikey)"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization: Bearer <token>
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+"), rf"\1 {MASK}"),
    # "key": "value" / 'key': 'value' / key='value' / key: "value" (JSON, reprs, kwargs)
    (
        re.compile(rf"""(?i)(["']?\b{_KEYS}["']?\s*[:=]\s*)(["'])(?:\\.|(?!\2).)*\2"""),
        rf"\1\2{MASK}\2",
    ),
    # key=value unquoted (query strings, form bodies, plain text)
    (re.compile(rf"(?i)(\b{_KEYS}=)(?![\"'])(?!{re.escape(MASK)})[^\s&,;)\]}}]+"), rf"\1{MASK}"),
    # an access token by its shape: base64url of a JSON object, a dot, a signature
    (re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}"), MASK),
]


def redact(text: str) -> str:
    """``text`` with every secret it seems to hold replaced by ``[redacted]``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Redacts a record in place (message, exception text, stack); never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def _redacted_args(args: Any) -> Any:
    if isinstance(args, tuple):
        return tuple(redact(a) if isinstance(a, str) else a for a in args)
    if isinstance(args, dict):
        return {k: redact(v) if isinstance(v, str) else v for k, v in args.items()}
    return args


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    if getattr(record, "_redacted", False):
        return record
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: keep what there is, redacted
        record.msg, record.args = redact(f"{record.msg!r} {record.args!r}"), None
    else:
        if redact(message) != message:
            # Redact the arguments one by one and keep them: formatters such as uvicorn's
            # access log read ``record.args`` themselves. Only when a secret is still in
            # the message then (an object's str, a secret split over msg and args) is
            # the message flattened to its redacted text.
            if isinstance(record.msg, str):
                record.msg = redact(record.msg)
            record.args = _redacted_args(record.args)
            try:
                leaked = redact(record.getMessage()) != record.getMessage()
            except Exception:
                leaked = True
            if leaked:
                record.msg, record.args = redact(message), None
    if record.exc_info and record.exc_info[0] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_text = redact(text)
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    record._redacted = True
    return record


def install(logger: logging.Logger | None = None) -> RedactingFilter:
    """Redact every record from now on (idempotent): a filter on the handlers of
    ``logger`` (the root logger by default) and a log-record factory for the rest."""
    target = logger or logging.getLogger()
    existing = getattr(logging, "_workstation_redacting_filter", None)
    filt = existing if isinstance(existing, RedactingFilter) else RedactingFilter()
    for handler in target.handlers:
        if filt not in handler.filters:
            handler.addFilter(filt)
    if existing is None:
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            return redact_record(previous(*args, **kwargs))

        logging.setLogRecordFactory(factory)
        logging._workstation_redacting_filter = filt  # type: ignore[attr-defined]
    return filt
