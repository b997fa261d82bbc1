"""`workstation audit verify` against a data folder whose SQLite file is tampered with
directly (sqlite3, the store closed): an edited, a deleted, an inserted and a reordered
event are each caught, named by seq and kind, with exit 1; the intact chain exits 0."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from workstation.security.datakey import connect_raw
from workstation.store import DataDir
from workstation.store.audit import chain_values

COLUMNS = "seq, at, actor, workstation_id, action, entity, entity_id, prev_hash, hash"


@pytest.fixture
def folder(tmp_path: Path, cli: Cli, keyring_free_folders: None) -> Path:
    """A data folder with a real trail: 6 applications imported (an event per entity).
    Its key is wrapped with the passphrase: the real command opens it in a child process."""
    sample = tmp_path / "sample.json"
    assert cli("sample", sample, "--count", "6", "--seed", "2", "--today", "2026-06-01")[0] == 0
    data = tmp_path / "data"
    assert cli("--data-dir", data, "init")[0] == 0
    code, _, err = cli("--data-dir", data, "import", sample)
    assert code == 0, err
    return data


def _db(folder: Path) -> sqlite3.Connection:
    return connect_raw(DataDir(folder), isolation_level=None)  # type: ignore[no-any-return]


def _count(folder: Path) -> int:
    with _db(folder) as conn:
        return int(conn.execute("SELECT count(*) FROM audit_events").fetchone()[0])


def _verify(cli: Cli, folder: Path) -> tuple[int, str, str]:
    return cli("--data-dir", folder, "audit", "verify")


def test_an_intact_chain_exits_0_with_the_count(folder: Path) -> None:
    done = subprocess.run(  # the real command, as IT staff run it
        [sys.executable, "-m", "workstation", "--data-dir", str(folder), "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"audit chain intact: {_count(folder)} events"
    assert _count(folder) >= 10


def _edit(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_events SET entity_id = 'someone-else' WHERE seq = 5")


def _edit_time(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_events SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 5")


def _delete(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_events WHERE seq = 5")


def _delete_and_renumber(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM audit_events WHERE seq = 5")
    _shift(conn, 6, -1)


def _shift(conn: sqlite3.Connection, from_seq: int, by: int) -> None:
    """seq += by for every event from ``from_seq`` (through a distant range: seq is the key)."""
    conn.execute("UPDATE audit_events SET seq = seq + 1000000 WHERE seq >= ?", (from_seq,))
    conn.execute("UPDATE audit_events SET seq = seq - 1000000 + ? WHERE seq >= 1000000", (by,))


def _insert_forged(conn: sqlite3.Connection) -> None:
    """An event slipped in at 5 with a correctly computed hash linking to event 4; the
    later events renumbered to make room."""
    prev_hash = conn.execute("SELECT hash FROM audit_events WHERE seq = 4").fetchone()[0]
    at = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.UTC)
    values = chain_values(
        4,
        prev_hash,
        at=at,
        actor="intruder",
        workstation_id="WS-X",
        action="application.approve",
        entity="application",
        entity_id="0190aaaa-0000-7000-8000-000000000000",
    )
    _shift(conn, 5, 1)
    values["at"] = "2026-06-01T09:00:00.000000Z"
    conn.execute(
        f"INSERT INTO audit_events ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [values[c.strip()] for c in COLUMNS.split(",")],
    )


def _insert_naive(conn: sqlite3.Connection) -> None:
    """A copy of event 4 slipped in after it (its hash rotated: unique), the rest shifted."""
    _shift(conn, 5, 1)
    conn.execute(
        f"INSERT INTO audit_events ({COLUMNS}) SELECT 5, at, actor, workstation_id, action, "
        "entity, entity_id, prev_hash, substr(hash, 2) || substr(hash, 1, 1) "
        "FROM audit_events WHERE seq = 4"
    )


def _edit_and_rehash(conn: sqlite3.Connection) -> None:
    """Event 5 edited and its own hash recomputed: event 6 still links to the old one."""
    row = conn.execute(f"SELECT {COLUMNS} FROM audit_events WHERE seq = 5").fetchone()
    values = chain_values(
        4,
        row[7],
        at=dt.datetime.fromisoformat(row[1].replace("Z", "+00:00")),
        actor="someone-else",
        workstation_id=row[3],
        action=row[4],
        entity=row[5],
        entity_id=row[6],
    )
    conn.execute(
        "UPDATE audit_events SET actor = ?, hash = ? WHERE seq = 5",
        (values["actor"], values["hash"]),
    )


def _reorder(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE audit_events SET seq = -1 WHERE seq = 5")
    conn.execute("UPDATE audit_events SET seq = 5 WHERE seq = 6")
    conn.execute("UPDATE audit_events SET seq = 6 WHERE seq = -1")


def _move_far(conn: sqlite3.Connection) -> None:
    """The last event moved to the front half (seq 5), the ones between shifted up."""
    last = int(conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0])
    conn.execute("UPDATE audit_events SET seq = -1 WHERE seq = ?", (last,))
    _shift(conn, 5, 1)
    conn.execute("UPDATE audit_events SET seq = 5 WHERE seq = -1")


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (_edit, "event 5 (edited): its content does not match its hash"),
        (_edit_time, "event 5 (edited): its content does not match its hash"),
        (_edit_and_rehash, "event 5 (edited): replaced: event 6 does not link to it"),
        (_delete, "event 5 (deleted): missing (event 5 deleted; next is 6)"),
        (_delete_and_renumber, "event 5 (deleted): 1 event(s) before it deleted and the rest"),
        (_insert_forged, "event 5 (inserted): not part of the chain: event 6 was event 5"),
        (_insert_naive, "event 5 (inserted): not part of the chain: event 6 was event 5"),
        (_reorder, "event 5 (reordered): event 5 was event 6"),
        (_move_far, "event 5 (reordered): event 5 was event"),
    ],
)
def test_tampering_is_caught_and_the_first_bad_event_named(
    cli: Cli, folder: Path, tamper: Callable[[sqlite3.Connection], None], expected: str
) -> None:
    with _db(folder) as conn:
        tamper(conn)
    code, out, err = _verify(cli, folder)
    assert code == 1
    assert out == ""
    assert "the audit chain is broken at " + expected in err
    assert "(4 events before it are intact)" in err
