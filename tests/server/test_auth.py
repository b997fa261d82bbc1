"""Protocol header, enrolment, login, refresh, expiry, disabled users, rate limit."""

from __future__ import annotations

import time
from typing import Any

from tests.server.harness import HEADERS, PASSWORD, Harness
from workstation.server import admin


def test_missing_or_old_protocol_header_gets_426(server: Harness, center: str) -> None:
    for headers in ({}, {"X-Workstation-Protocol": "99"}, {"X-Workstation-Protocol": "x"}):
        response = server.client.post("/api/v1/enrol", headers=headers, json={"code": "ABCDEFGH"})
        assert response.status_code == 426
        assert response.json()["code"] == "update_required"
    assert server.client.get("/openapi.json").status_code == 200
    assert server.client.get("/docs").status_code == 200


def test_enrol_code_works_once(server: Harness, center: str) -> None:
    code = admin.enrol_code(server.db, center)
    first = server.client.post("/api/v1/enrol", headers=HEADERS, json={"code": code, "name": "pc1"})
    assert first.status_code == 200
    assert first.json()["center_code"] == "BAK1"
    again = server.client.post("/api/v1/enrol", headers=HEADERS, json={"code": code})
    assert again.status_code == 403
    assert again.json()["code"] == "enrol_code_invalid"
    unknown = server.client.post("/api/v1/enrol", headers=HEADERS, json={"code": "NOSUCHCODE"})
    assert unknown.json()["code"] == "enrol_code_invalid"


def _refresh(server: Harness, token: str, workstation_id: str) -> Any:
    body = {"refresh_token": token, "workstation_id": workstation_id}
    return server.client.post("/api/v1/auth/refresh", headers=HEADERS, json=body)


def test_login_refresh_rotates(server: Harness, center: str) -> None:
    """Each refresh exchanges the token. Presented again after its successor was used,
    the old one is a replay: 401, and every token of that login is revoked."""
    session = server.station("officer1")
    ws = session.workstation_id
    assert session.get("/leases").status_code == 200
    rotated = _refresh(server, session.refresh_token, ws)
    assert rotated.status_code == 200, rotated.text
    assert rotated.json()["user"]["role"] == "officer"
    newer = _refresh(server, rotated.json()["refresh_token"], ws)  # the successor is used
    assert newer.status_code == 200, newer.text
    replayed = _refresh(server, session.refresh_token, ws)
    assert replayed.status_code == 401
    assert replayed.json()["code"] == "refresh_invalid"
    revoked = _refresh(server, newer.json()["refresh_token"], ws)  # the whole family
    assert (revoked.status_code, revoked.json()["code"]) == (401, "refresh_invalid")
    other = server.login("officer1", ws)  # another login is another family
    assert _refresh(server, other.refresh_token, ws).status_code == 200


def test_a_lost_refresh_answer_is_forgiven_within_the_grace(server: Harness, center: str) -> None:
    """The answer to a refresh was lost: the old token, presented again at once while its
    successor is unused, gets a new pair, and the successor it never saw stops working."""
    session = server.station("officer1")
    ws = session.workstation_id
    lost = _refresh(server, session.refresh_token, ws)
    assert lost.status_code == 200
    again = _refresh(server, session.refresh_token, ws)
    assert again.status_code == 200, again.text
    assert again.json()["refresh_token"] != lost.json()["refresh_token"]
    on = _refresh(server, again.json()["refresh_token"], ws)
    assert on.status_code == 200, on.text
    never_seen = _refresh(server, lost.json()["refresh_token"], ws)
    assert never_seen.status_code == 401  # revoked when replaced (and now: a replay)
    assert _refresh(server, on.json()["refresh_token"], ws).status_code == 401


def test_a_replay_after_the_grace_revokes_the_family(db_url: str) -> None:
    harness = Harness(db_url, refresh_grace=0.5)
    try:
        harness.center()
        harness.user("officer1")
        session = harness.station("officer1")
        ws = session.workstation_id
        successor = _refresh(harness, session.refresh_token, ws)
        assert successor.status_code == 200
        time.sleep(0.7)
        late = _refresh(harness, session.refresh_token, ws)  # successor unused, too late
        assert (late.status_code, late.json()["code"]) == (401, "refresh_invalid")
        assert _refresh(harness, successor.json()["refresh_token"], ws).status_code == 401
    finally:
        harness.close()


def test_refresh_is_bound_to_the_workstation(server: Harness, center: str) -> None:
    session = server.station("officer1")
    other = server.enrol()
    body = {"refresh_token": session.refresh_token, "workstation_id": other}
    response = server.client.post("/api/v1/auth/refresh", headers=HEADERS, json=body)
    assert response.status_code == 401


def test_bad_tokens(server: Harness, center: str) -> None:
    session = server.station("officer1")
    tampered = session.token[:-2] + ("AA" if not session.token.endswith("AA") else "BB")
    for token in ("", "garbage", tampered):
        response = server.client.get(
            "/api/v1/leases", headers={**HEADERS, "Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 401
        assert response.json()["code"] == "token_invalid"


def test_access_token_expires(db_url: str) -> None:
    harness = Harness(db_url, access_ttl=1.0)
    try:
        harness.center()
        harness.user("officer1")
        session = harness.station("officer1")
        assert session.get("/leases").status_code == 200
        time.sleep(1.3)
        response = session.get("/leases")
        assert response.status_code == 401
        assert response.json()["code"] == "token_expired"
    finally:
        harness.close()


def test_wrong_password_unknown_user(server: Harness, center: str) -> None:
    ws = server.enrol()
    assert server.login_response("officer1", ws, "wrong password").json()["code"] == (
        "bad_credentials"
    )
    assert server.login_response("nobody", ws).status_code == 401


def test_disabled_user_wrong_center_unknown_workstation(server: Harness, center: str) -> None:
    ws = server.enrol()
    session = server.login("officer1", ws)
    server.center("GNC1")
    server.user("ganja1", center="GNC1")
    wrong = server.login_response("ganja1", ws)
    assert (wrong.status_code, wrong.json()["code"]) == (403, "wrong_center")
    unknown = server.login_response("officer1", "01234567-0000-7000-8000-000000000000")
    assert unknown.json()["code"] == "workstation_unknown"
    admin.set_user_disabled(server.db, "officer1", True)
    disabled = server.login_response("officer1", ws)
    assert (disabled.status_code, disabled.json()["code"]) == (403, "user_disabled")
    body = {"refresh_token": session.refresh_token, "workstation_id": ws}
    refreshed = server.client.post("/api/v1/auth/refresh", headers=HEADERS, json=body)
    assert refreshed.json()["code"] == "user_disabled"


def test_repeated_failures_lock_the_user(db_url: str) -> None:
    harness = Harness(db_url, login_max_failures=3, login_lock_seconds=60)
    try:
        harness.center()
        harness.user("officer1")
        ws = harness.enrol()
        for _ in range(3):
            assert harness.login_response("officer1", ws, "wrong!").status_code == 401
        locked = harness.login_response("officer1", ws, PASSWORD)
        assert locked.status_code == 429
        assert locked.json()["code"] == "too_many_attempts"
        assert int(locked.headers["Retry-After"]) > 0
    finally:
        harness.close()
