"""Must show (issue 6): a full flow through the real commands against a real server
process — enrol, log in, receive applications, sync, print a card — then every file under
the data folder, every log of the commands and of the server, and the server's SQLite
database is scanned for the password and for every access and refresh token that crossed
the wire (seen by a recording loopback proxy between the workstation and the server), and
the data folder for the applicant's surname and passport number.

Tokens and the password: never anywhere. Personal data: nowhere in the data folder (the
database is SQLCipher, attachments sealed: encryption at rest); the server's database
holds applicant data by design and is scanned for secrets only."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.integration.faultproxy import FaultProxy
from tests.integration.httpframe import Message
from tests.integration.processes import ServerProcess, Workstation, admin, sqlite_url
from workstation.domain.text import fold
from workstation.security.datakey import connect_raw
from workstation.store import DataDir

CENTER = "BAK1"
OFFICER = "officer1"
PASSWORD = "Gizli-Parol-9137"


class RecordingProxy(FaultProxy):
    """Forwards everything and keeps every token the server hands out or is shown."""

    def __init__(self, upstream_port: int) -> None:
        super().__init__(upstream_port)
        self.tokens: set[str] = set()
        self.requests = 0

    def _answer(self, conn: Any, request: Message, response: Message, action: str) -> bool:
        self.requests += 1
        for name, value in request.headers:
            if name.lower() == "authorization" and value.lower().startswith("bearer "):
                self.tokens.add(value[7:].strip())
        if "/auth/" in request.start_line:
            for body in (request.body, response.body):
                try:
                    data = json.loads(body or b"null")
                except ValueError:
                    continue
                if isinstance(data, dict):
                    for key in ("access_token", "refresh_token"):
                        if isinstance(data.get(key), str):
                            self.tokens.add(data[key])
        return super()._answer(conn, request, response, action)


@dataclass
class Flow:
    data_dir: Path
    files: list[Path]  # everything to scan for secrets
    tokens: set[str]
    surname: str
    passport: str
    printed_number: str
    audit: list[dict[str, str]] = field(default_factory=list)


def _files(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(p for p in sorted(root.rglob("*")) if p.is_file())
    return found


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory) -> Flow:
    base = tmp_path_factory.mktemp("flow")
    db_path = base / "server.sqlite3"
    url = sqlite_url(db_path)
    admin(url, "create-center", CENTER, "--name", "Bakı 1 saylı mərkəz", in_process=True)
    admin(
        url, "create-user", OFFICER, "--role", "officer", "--center", CENTER,
        "--full-name", "Test officer", "--password-stdin", stdin=PASSWORD, in_process=True,
    )  # fmt: skip
    code = admin(url, "enrol-workstation", "--center", CENTER, in_process=True).stdout.strip()
    server = ServerProcess(url, base / "server-logs")
    server.start()
    proxy = RecordingProxy(server.port)
    proxy.start()
    outputs: list[str] = []
    try:
        ws = Workstation(base / "data")
        ws.init()
        outputs.append(ws.enrol(proxy.url, code).stderr)
        sample = base / "sample.json"
        ws.run("sample", sample, "--count", "20", "--seed", "6", "--center", CENTER)
        ws.import_file(sample)  # received (and later) applications with their applicants
        done = ws.login(OFFICER, PASSWORD)
        outputs += [done.stdout, done.stderr]
        done = ws.sync()
        outputs += [done.stdout, done.stderr]
        exported = ws.export()
        card = base / "out" / "card.pdf"
        card.parent.mkdir()
        printed = None
        for approved in (a for a in exported["applications"] if a["status"] == "approved"):
            done = ws.run("print-card", approved["number"], "--pdf", card, check=False)
            outputs += [done.stdout, done.stderr]
            if done.returncode == 0:  # (some services give no card)
                printed = approved
                break
        assert printed is not None, "\n".join(outputs)[-3000:]
        person = next(p for p in exported["persons"] if p["id"] == printed["person_id"])
        done = ws.sync()  # the print's outbox row goes to the server
        outputs += [done.stdout, done.stderr]
        done = ws.run("audit", "verify")
        outputs += [done.stdout, done.stderr]
        conn = connect_raw(DataDir(ws.data_dir))  # SQLCipher: keyed as the commands do
        try:
            rows = conn.execute(
                "SELECT seq, at, actor, workstation_id, action, entity, entity_id "
                "FROM audit_events ORDER BY seq"
            ).fetchall()
        finally:
            conn.close()
        events = [
            dict(zip(("seq", "at", "actor", "workstation_id", "action", "entity", "entity_id"),
                     map(str, row), strict=True))
            for row in rows
        ]  # fmt: skip
        log = base / "command-output.log"  # what the commands printed, as a log file
        log.write_text("\n".join(outputs), encoding="utf-8")
    finally:
        proxy.stop()
        server.stop()
    assert proxy.tokens, "the proxy saw no token: the flow did not log in"
    return Flow(
        data_dir=ws.data_dir,
        files=_files(ws.data_dir, base / "server-logs", log)
        + [p for p in base.glob("server.sqlite3*") if p.is_file()],
        tokens=proxy.tokens,
        surname=person["surname"],
        passport=person["document"]["number"],
        printed_number=printed["number"],
        audit=events,
    )


def _holders(files: list[Path], needles: dict[str, str]) -> dict[str, list[str]]:
    """{what: [files holding it]} for every needle found (as UTF-8 bytes)."""
    found: dict[str, list[str]] = {}
    for path in files:
        data = path.read_bytes()
        for what, needle in needles.items():
            if needle and needle.encode("utf-8") in data:
                found.setdefault(what, []).append(path.name)
    return found


def test_no_token_or_password_in_any_file_or_log(flow: Flow) -> None:
    assert any(p.name == "workstation.sqlite3" for p in flow.files)
    assert any(p.name.startswith("server.sqlite3") for p in flow.files)
    assert any(p.suffix == ".stderr" for p in flow.files)  # the server's log
    needles = {"password": PASSWORD}
    needles.update({f"token {i}": token for i, token in enumerate(sorted(flow.tokens))})
    assert len(flow.tokens) >= 4  # access and refresh tokens of several logins
    assert _holders(flow.files, needles) == {}


def test_audit_events_name_who_when_where_what_and_no_personal_data(flow: Flow) -> None:
    actions = {e["action"] for e in flow.audit}
    assert {"workstation.enrol", "permit.print"} <= actions
    assert any(a.startswith("application.") for a in actions)
    for event in flow.audit:
        assert event["actor"]
        assert event["at"]
        assert event["workstation_id"]
        assert event["action"]
        assert event["entity"]
        assert event["entity_id"]
        text = json.dumps(event, ensure_ascii=False)
        assert flow.surname not in text
        assert flow.passport not in text
        assert PASSWORD not in text


def test_no_personal_data_readable_in_the_data_folder(flow: Flow) -> None:
    files = [p for p in flow.files if p.is_relative_to(flow.data_dir)]
    assert files
    needles = {
        "surname": flow.surname,
        "surname (search form)": fold(flow.surname) if len(flow.surname) >= 4 else "",
        "passport number": flow.passport,
    }
    assert re.fullmatch(r"[A-Z0-9<]{5,}", flow.passport)
    assert _holders(files, needles) == {}
