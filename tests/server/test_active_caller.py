"""Every authenticated endpoint checks, at each request, that the user is still active
and the workstation still enrolled: a disabled user's access token stops working at once
for push, pull, conflicts, leases and attachments, not at its expiry."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.server.harness import HEADERS, Harness, Session
from workstation.server import admin
from workstation.server.tokens import Principal, issue_access

DATA = b"scan of a passport page"
SHA = hashlib.sha256(DATA).hexdigest()


def _calls(s: Session) -> dict[str, Callable[[], Any]]:
    """One request of each authenticated endpoint, by family and name."""
    client = s.harness.client
    upload_headers = {**s.headers, "Upload-Offset": "0", "Upload-Length": str(len(DATA))}
    return {
        "sync: push": lambda: s.post("/sync/push", {"mutations": []}),
        "sync: pull": lambda: s.get("/sync/pull", params={"since": 0}),
        "sync: conflicts": lambda: s.get("/conflicts"),
        "leases: new": lambda: s.post("/leases", {"kind": "card", "series": "MYİ", "size": 5}),
        "leases: mine": lambda: s.get("/leases"),
        "leases: void": lambda: s.post("/leases/void", {"lease_id": "x", "numbers": [1]}),
        "attachments: upload": lambda: client.patch(
            f"/api/v1/attachments/{SHA}", headers=upload_headers, content=DATA
        ),
        "attachments: status": lambda: s.get(f"/attachments/{SHA}/status"),
        "attachments: download": lambda: s.get(f"/attachments/{SHA}"),
    }


def _codes(s: Session) -> dict[str, tuple[int, str]]:
    answers = {name: call() for name, call in _calls(s).items()}
    return {
        name: (r.status_code, r.json().get("code", "") if r.status_code >= 400 else "")
        for name, r in answers.items()
    }


def test_every_endpoint_works_for_an_active_user(server: Harness, center: str) -> None:
    s = server.station("officer1")
    codes = _codes(s)
    assert codes.pop("leases: void")[0] == 404  # no such lease: got past the caller check
    assert {name: code for name, code in codes.items() if code[0] >= 400} == {}


def test_a_disabled_user_is_refused_everywhere_at_once(server: Harness, center: str) -> None:
    s = server.station("officer1")
    assert s.get("/leases").status_code == 200
    admin.set_user_disabled(server.db, "officer1", True)
    codes = _codes(s)
    assert set(codes.values()) == {(403, "user_disabled")}, codes
    admin.set_user_disabled(server.db, "officer1", False)
    assert s.get("/leases").status_code == 200


@pytest.mark.parametrize("who", ["workstation", "user"])
def test_an_unknown_workstation_or_user_is_refused_everywhere(
    server: Harness, center: str, who: str
) -> None:
    """A signed token that names a workstation (or user) the database does not know."""
    s = server.station("officer1")
    principal = Principal(
        username="nobody" if who == "user" else "officer1",
        role="officer",
        center_code=center,
        workstation_id="01234567-0000-7000-8000-000000000000"
        if who == "workstation"
        else s.workstation_id,
        expires_at=time.time() + 600,
    )
    s.token = issue_access(server.app.state.server.secret, principal)
    expected = (403, "workstation_unknown" if who == "workstation" else "user_disabled")
    assert set(_codes(s).values()) == {expected}


def test_no_token_is_401_before_any_database_check(server: Harness, center: str) -> None:
    response = server.client.get("/api/v1/leases", headers=HEADERS)
    assert (response.status_code, response.json()["code"]) == (401, "token_invalid")
