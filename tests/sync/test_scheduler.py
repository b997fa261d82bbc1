from __future__ import annotations

import random
import threading
from dataclasses import dataclass

import pytest

from workstation.sync.errors import LoginRequired, ServerUnavailable
from workstation.sync.scheduler import Backoff, run_forever


def test_backoff_grows_is_capped_jittered_and_resets() -> None:
    backoff = Backoff(base=2, cap=300, rng=random.Random(7))
    delays, ceilings = [], []
    for _ in range(12):
        delays.append(backoff.next_delay())
        ceilings.append(backoff.ceiling())
    assert ceilings[:9] == [2, 4, 8, 16, 32, 64, 128, 256, 300]
    assert max(ceilings) == 300
    assert all(0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays)) == len(delays)  # jittered
    backoff.reset()
    assert backoff.ceiling() == 2


@dataclass
class Report:
    ok: bool


class FlakyEngine:
    def __init__(self, outcomes: list[object], stop: threading.Event) -> None:
        self.outcomes = outcomes
        self.stop = stop
        self.calls = 0

    def sync_once(self) -> Report:
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if not self.outcomes:
            self.stop.set()
        if isinstance(outcome, Exception):
            raise outcome
        assert isinstance(outcome, Report)
        return outcome


def test_loop_backs_off_on_failure_and_resets_on_success() -> None:
    stop = threading.Event()
    engine = FlakyEngine(
        [ServerUnavailable("x", "down"), Report(False), Report(True), Report(True)], stop
    )
    backoff = Backoff(base=0.001, cap=0.002)
    seen: list[int] = []
    original = backoff.next_delay

    def spy() -> float:
        seen.append(backoff.failures + 1)
        return original()

    backoff.next_delay = spy  # type: ignore[method-assign]
    run_forever(engine, 0.001, stop, backoff=backoff)
    assert engine.calls == 4
    assert seen == [1, 2]
    assert backoff.failures == 0


def test_login_required_ends_the_loop() -> None:
    stop = threading.Event()
    engine = FlakyEngine([LoginRequired(), Report(True)], stop)
    with pytest.raises(LoginRequired):
        run_forever(engine, 0.001, stop)
