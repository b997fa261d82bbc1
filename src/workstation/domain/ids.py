"""Client-made identifiers: UUID version 7 (time-ordered), as DESIGN.md section 2 asks."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def _uuid7_ints(count: int, now_ms: int | None) -> list[int]:
    """`count` UUIDv7 values as integers (the caller holds `_lock`)."""
    global _last_ms, _counter  # noqa: PLW0603 - module-level monotonic state, guarded by _lock
    noise = os.urandom(10 * count)
    values = []
    for i in range(0, 10 * count, 10):
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = int.from_bytes(noise[i : i + 2], "big") & 0x3FF
        rand_b = int.from_bytes(noise[i + 2 : i + 10], "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= (_counter & 0xFFF) << 64
        value |= 0b10 << 62
        value |= rand_b
        values.append(value)
    return values


def uuid7(now_ms: int | None = None) -> uuid.UUID:
    """A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter and random bits.

    Within one process the values are strictly increasing, even inside one millisecond.
    """
    with _lock:
        return uuid.UUID(int=_uuid7_ints(1, now_ms)[0])


def new_id() -> str:
    """A new entity identifier as its canonical text."""
    return str(uuid7())


def new_ids(count: int) -> list[str]:
    """`count` new identifiers at once (as `new_id` gives them, increasing), for bulk work."""
    with _lock:
        values = _uuid7_ints(count, None)
    texts = []
    for value in values:
        h = f"{value:032x}"
        texts.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return texts
