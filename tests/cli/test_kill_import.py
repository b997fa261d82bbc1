"""`kill -9` during a large import: none or all of the file, and a consistent outbox."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.conftest import SAMPLE_DAY, Cli, load
from workstation.security.datakey import connect_raw
from workstation.store import DataDir

COUNT = 20_000
# The folders are made here and imported into by a child process: key wrapped with the
# passphrase (the child has no keyring).
pytestmark = pytest.mark.usefixtures("keyring_free_folders")


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workstation",
            "sample",
            str(path),
            "--count",
            str(COUNT),
            "--seed",
            "9",
            "--today",
            SAMPLE_DAY,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return path


def _start_import(folder: Path, file: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "workstation", "--data-dir", str(folder), "import", str(file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _counts(folder: Path) -> tuple[int, int, int, int]:
    """(applications, persons, outbox rows, audit events), read with plain SQL."""
    with closing(connect_raw(DataDir(folder))) as db:
        return tuple(  # type: ignore[return-value]
            db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("applications", "persons", "outbox", "audit_events")
        )


def _assert_none_or_all(cli: Cli, folder: Path, persons: int) -> bool:
    """Checks the folder after a kill; True when the whole file landed."""
    apps, stored_persons, outbox, audit = _counts(folder)
    assert (apps, stored_persons) in ((0, 0), (COUNT, persons))
    assert outbox == apps + stored_persons  # exactly one outbox row per stored change
    assert audit == outbox
    code, _out, err = cli("--data-dir", folder, "status", "--json")
    assert code == 0, err
    return apps == COUNT


def _init(cli: Cli, folder: Path) -> None:
    assert cli("--data-dir", folder, "init")[0] == 0


@pytest.mark.slow
def test_kill_in_the_middle_of_writing_leaves_nothing(
    cli: Cli, tmp_path: Path, big_file: Path
) -> None:
    persons = len(load(big_file)["persons"])
    folder = tmp_path / "dir"
    _init(cli, folder)
    wal = folder / "workstation.sqlite3-wal"
    start = wal.stat().st_size if wal.exists() else 0
    process = _start_import(folder, big_file)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 2_000_000:
            break  # the import's transaction is writing pages
        time.sleep(0.005)
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not _assert_none_or_all(cli, folder, persons)
    # the lock died with the process: the same file imports whole afterwards
    code, _out, err = cli("--data-dir", folder, "import", big_file)
    assert code == 0, err
    assert _assert_none_or_all(cli, folder, persons)


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.2, 0.5, 0.8, 0.95, 1.2])
def test_kill_at_any_moment_leaves_none_or_all(
    cli: Cli, tmp_path: Path, big_file: Path, fraction: float, import_seconds: float
) -> None:
    persons = len(load(big_file)["persons"])
    folder = tmp_path / "dir"
    _init(cli, folder)
    process = _start_import(folder, big_file)
    time.sleep(import_seconds * fraction)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    _assert_none_or_all(cli, folder, persons)


@pytest.fixture(scope="module")
def import_seconds(tmp_path_factory: pytest.TempPathFactory, big_file: Path) -> float:
    """How long an undisturbed import of the big file takes here, to aim the kills."""
    folder = tmp_path_factory.mktemp("timing") / "dir"
    subprocess.run(
        [sys.executable, "-m", "workstation", "--data-dir", str(folder), "init"],
        check=True,
        capture_output=True,
    )
    started = time.monotonic()
    _start_import(folder, big_file).wait()
    return time.monotonic() - started
