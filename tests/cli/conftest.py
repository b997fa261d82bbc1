"""Helpers for driving the `workstation` command, in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workstation.cli import main

SAMPLE_DAY = "2026-06-01"


class Cli:
    """Runs `workstation` in this process and captures what it prints."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(capsys)


@pytest.fixture
def sample_file(tmp_path: Path, cli: Cli) -> Path:
    path = tmp_path / "sample.json"
    code, _, err = cli("sample", path, "--count", "300", "--seed", "4", "--today", SAMPLE_DAY)
    assert code == 0, err
    return path


def run_process(
    *args: str | Path, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """`python -m workstation ARGS` as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "workstation", *map(str, args)],
        capture_output=True,
        text=True,
        env={**(os.environ if env is None else env), "PYTHONWARNINGS": "error"},
        check=False,
        **kwargs,
    )


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
