"""Hostile input over the whole API: schemathesis generates requests from the committed
OpenAPI document (docs/openapi.json, the same as `app.openapi()`) and sends them to a
real server process on PostgreSQL, as a logged-in officer on an enrolled workstation.
No answer may be a 5xx, every documented answer must match its schema, and the server
must still be up at the end. Examples are bounded (derandomized, no example database)
so the run stays within a few minutes; the number of requests sent is printed."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.integration.processes import (
    ServerProcess,
    create_pg_database,
    drop_pg_database,
    pg_url,
)
from workstation.protocol.v1 import PROTOCOL_HEADER, PROTOCOL_VERSION
from workstation.server import admin
from workstation.server.db import Database, migrate, open_engine

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
PASSWORD = "correct horse battery"
MAX_EXAMPLES = 60
SENT: Counter[str] = Counter()
STATUSES: Counter[int] = Counter()


@dataclass
class Live:
    server: ServerProcess
    token: str
    workstation_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {self.token}"}


@pytest.fixture(scope="module")
def live(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Live]:
    name = create_pg_database()
    url = pg_url(name)
    try:
        engine = open_engine(url)
        migrate(engine)
        engine.dispose()
        db = Database.open(url)
        admin.create_center(db, "BAK1", "Bakı 1")
        admin.create_user(db, "officer1", role="officer", center="BAK1", password=PASSWORD)
        code = admin.enrol_code(db, "BAK1")
        db.dispose()
        server = ServerProcess(url, tmp_path_factory.mktemp("schemathesis")).start()
        try:
            base = f"{server.url}/api/v1"
            protocol = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
            enrolled = requests.post(
                f"{base}/enrol", json={"code": code}, headers=protocol, timeout=10
            )
            workstation_id = enrolled.json()["workstation_id"]
            login = requests.post(
                f"{base}/auth/login",
                json={
                    "username": "officer1",
                    "password": PASSWORD,
                    "workstation_id": workstation_id,
                },
                headers=protocol,
                timeout=10,
            )
            assert login.status_code == 200, login.text
            requests.post(  # numbers to void, so that /leases/void gets past "no such lease"
                f"{base}/leases",
                json={"kind": "card", "series": "MYİ", "size": 10},
                headers={**protocol, "Authorization": f"Bearer {login.json()['access_token']}"},
                timeout=10,
            )
            yield Live(server, login.json()["access_token"], workstation_id)
            assert server.running, server.stderr()
            assert "Exception in ASGI application" not in server.stderr(), server.stderr()
        finally:
            server.stop()
            capture = request.config.pluginmanager.get_plugin("capturemanager")
            if capture is not None:
                with capture.global_and_fixture_disabled():
                    print(
                        f"\nschemathesis: {sum(SENT.values())} requests over {len(SENT)} "
                        f"operations x modes; answers by status: {dict(sorted(STATUSES.items()))}"
                    )
    finally:
        drop_pg_database(name)


# Attachment pieces are raw bytes, like application/octet-stream.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
SCHEMA = schemathesis.openapi.from_dict(json.loads(OPENAPI.read_text(encoding="utf-8")))
OPERATIONS = {op.label: op for op in (r.ok() for r in SCHEMA.get_all_operations())}


# Operations that take no input at all (no parameters, no body): no request can break
# their schema, so they have no negative mode (hypothesis finds it unsatisfiable).
NO_INPUT = {"GET /health", "GET /ready"}
CASES = [
    (label, mode)
    for label in sorted(OPERATIONS)
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if not (mode is GenerationMode.NEGATIVE and label in NO_INPUT)
]


@pytest.mark.parametrize(("label", "mode"), CASES)
def test_no_server_error_anywhere(live: Live, label: str, mode: GenerationMode) -> None:
    """Valid requests (positive) and requests that break the schema (negative) of every
    operation, each with the protocol header and the officer's token (bad tokens and
    headers have their own tests: tests/server/test_auth.py, test_active_caller.py)."""
    operation = OPERATIONS[label]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        headers = {**dict(case.headers or {}), **live.headers}  # the officer's real token
        response = case.call(base_url=live.server.url, headers=headers, timeout=30)
        SENT[f"{label} {mode.value}"] += 1
        STATUSES[response.status_code] += 1
        checks = [not_a_server_error]
        if mode is GenerationMode.POSITIVE:
            checks.append(response_schema_conformance)
        case.validate_response(response, checks=checks)

    run()
