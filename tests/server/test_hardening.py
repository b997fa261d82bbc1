"""Server hardening: body size limits (413 with an ErrorBody), a 4xx JSON answer for every
kind of malformed request (never a 500), no CORS, security headers, and the login rate
limit per client address shared by every server process on the database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from tests.server.harness import HEADERS, Harness, Session
from tests.server.records import pair, without_id
from workstation.domain.ids import new_id
from workstation.server.app import create_app

MB = 1024 * 1024


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) == {"code", "message", "details"}, body
    return body


@pytest.fixture
def officer(server: Harness, center: str) -> Session:
    return server.station("officer1")


def test_a_json_body_over_the_limit_is_413(officer: Session) -> None:
    big = {"mutations": [], "padding": "x" * (3 * MB)}
    body = _error(officer.post("/sync/push", big), 413)
    assert body["code"] == "body_too_large"
    assert body["details"] == {"limit": 2 * MB}


def test_a_chunked_body_over_the_limit_is_413(officer: Session) -> None:
    """No Content-Length: the bytes are counted as they arrive."""

    def pieces() -> Iterator[bytes]:
        yield b'{"mutations": [], "padding": "'
        for _ in range(40):
            yield b"x" * (64 * 1024)
        yield b'"}'

    response = officer.harness.client.post(
        "/api/v1/sync/push",
        headers={**officer.headers, "Content-Type": "application/json"},
        content=pieces(),
    )
    assert _error(response, 413)["code"] == "body_too_large"


def test_attachment_pieces_have_their_own_limit(officer: Session) -> None:
    data = b"\x89PNG" + bytes(5 * MB)
    sha = hashlib.sha256(data).hexdigest()
    client = officer.harness.client

    def patch(offset: int, piece: bytes) -> Any:
        headers = {
            **officer.headers,
            "Upload-Offset": str(offset),
            "Upload-Length": str(len(data)),
            "Content-Type": "application/offset+octet-stream",
        }
        return client.patch(f"/api/v1/attachments/{sha}", headers=headers, content=piece)

    assert _error(patch(0, data), 413)["details"] == {"limit": 4 * MB}
    offset = 0
    for start in range(0, len(data), MB):  # the workstation's 1 MB pieces go through
        response = patch(offset, data[start : start + MB])
        assert response.status_code == 200, response.text
        offset = response.json()["received"]
    assert response.json()["complete"] is True


BAD_BODIES: dict[str, tuple[bytes, str]] = {
    "malformed JSON": (b'{"mutations": [', "application/json"),
    "not an object": (b"[1, 2, 3]", "application/json"),
    "wrong content type": (b'{"mutations": []}', "text/plain"),
    "no content type": (b'{"mutations": []}', ""),
    "invalid UTF-8": (b'{"mutations": [{"mutation_id": "\xff\xfe"}]}', "application/json"),
    "lone surrogate": (b'{"mutations": [], "x": "\\ud800"}', "application/json"),
    "unknown field": (b'{"mutations": [], "extra": 1}', "application/json"),
    "number of 5000 digits": (
        b'{"mutations": [{"mutation_id": "m", "client_seq": 1' + b"0" * 5000 + b', "entity": '
        b'"person", "entity_id": "p", "op": "create", "base_version": 0}]}',
        "application/json",
    ),
    "number beyond a float": (
        b'{"mutations": [{"mutation_id": "m", "client_seq": 1e999, "entity": '
        b'"person", "entity_id": "p", "op": "create", "base_version": 0}]}',
        "application/json",
    ),
    "deep nesting": (b'{"mutations": ' + b"[" * 5000 + b"]" * 5000 + b"}", "application/json"),
    "empty body": (b"", "application/json"),
}


@pytest.mark.parametrize("name", sorted(BAD_BODIES))
def test_a_malformed_push_gets_a_clear_4xx(officer: Session, name: str) -> None:
    content, content_type = BAD_BODIES[name]
    headers = {**officer.headers}
    if content_type:
        headers["Content-Type"] = content_type
    response = officer.harness.client.post("/api/v1/sync/push", headers=headers, content=content)
    assert 400 <= response.status_code < 500, (response.status_code, response.text)
    assert _error(response, response.status_code)["code"]


def test_bad_values_in_fields_get_a_4xx_on_every_database(
    server: Harness, officer: Session
) -> None:
    """Values that pass the models but not a database column: NUL characters, numbers
    beyond 64 bits, over-long ids."""
    client = server.client
    answers = {
        "pull since 2**70": officer.get("/sync/pull", params={"since": 2**70}),
        "pull limit text": officer.get("/sync/pull", params={"limit": "many"}),
        "login NUL": client.post(
            "/api/v1/auth/login",
            headers=HEADERS,
            json={"username": "a\x00b", "password": "p\x00", "workstation_id": "w\x00"},
        ),
        "enrol NUL": client.post("/api/v1/enrol", headers=HEADERS, json={"code": "AB\x00CD"}),
        # an unknown field whose NAME holds NUL: the 422 echoes it escaped (was a 500)
        "enrol NUL field name": client.post(
            "/api/v1/enrol", headers=HEADERS, json={"code": "ABCD", "\x00ws": []}
        ),
        "refresh NUL": client.post(
            "/api/v1/auth/refresh",
            headers=HEADERS,
            json={"refresh_token": "x" * 20 + "\x00", "workstation_id": "\x00"},
        ),
        "void NUL lease": officer.post("/leases/void", {"lease_id": "\x00", "numbers": [2**70]}),
        "lease NUL series": officer.post("/leases", {"kind": "card", "series": "\x00", "size": 1}),
        "attachment NUL": officer.get("/attachments/%00/status"),
    }
    codes = {name: r.status_code for name, r in answers.items()}
    assert all(400 <= c < 500 for c in codes.values()), codes
    ids = officer.post(
        "/sync/push",
        {"mutations": [officer.mutation("person", "p\x00", "create", changed={"surname": "A"})]},
    )
    assert _error(ids, 422)["code"] == "invalid_request"
    person, _ = pair()
    nul = {**without_id(person), "surname": "A\x00", "phone": "\x00"}
    huge = {**without_id(person), "birth_date": "9" * 50, "document": {"number": 2**70}}
    results = officer.push(
        officer.mutation("person", person["id"], "create", changed=nul),
        officer.mutation("person", new_id(), "create", changed=huge),
        officer.mutation("person", new_id(), "update", base_version=2**70, changed=nul),
    )
    assert [r["status"] for r in results] == ["rejected"] * 3, results


def test_cors_is_off(officer: Session) -> None:
    client = officer.harness.client
    preflight = client.options(
        "/api/v1/sync/pull",
        headers={
            "Origin": "https://evil.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert "access-control-allow-origin" not in preflight.headers
    assert preflight.status_code in (404, 405)
    simple = client.get(
        "/api/v1/sync/pull", headers={**officer.headers, "Origin": "https://evil.example"}
    )
    assert simple.status_code == 200
    assert not any(h.startswith("access-control-") for h in simple.headers)


def test_security_headers_on_every_answer(officer: Session) -> None:
    client = officer.harness.client
    for response in (
        officer.get("/leases"),  # 200
        client.get("/api/v1/leases", headers=HEADERS),  # 401
        officer.post("/sync/push", {"mutations": [], "x": "y" * (3 * MB)}),  # 413
        client.get("/api/v1/nowhere", headers=HEADERS),  # 404
    ):
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["cache-control"] == "no-store"
        assert "default-src 'none'" in response.headers["content-security-policy"]


def test_login_rate_limit_per_address_spans_server_processes(db_url: str) -> None:
    """Two servers on one database (as several processes are) share the count: failures
    on one refuse the address on the other, whichever user names it tries."""
    first = Harness(db_url, login_max_failures=100)
    second_app = create_app(db_url, login_max_failures=100)
    first.app.state.server.config = _with(first, login_address_max_failures=4)
    second_app.state.server.config = _with(first, login_address_max_failures=4)
    try:
        first.center("BAK1")
        first.user("officer1")
        workstation = first.enrol()
        with first.client.__class__(second_app) as second:
            answers = []
            for i in range(4):
                client = first.client if i % 2 else second
                r = client.post(
                    "/api/v1/auth/login",
                    headers=HEADERS,
                    json={
                        "username": f"guess{i}",
                        "password": "wrong password",
                        "workstation_id": workstation,
                    },
                )
                answers.append(r.status_code)
            assert answers == [401, 401, 401, 401]
            refused = second.post(
                "/api/v1/auth/login",
                headers=HEADERS,
                json={"username": "officer1", "password": "x", "workstation_id": workstation},
            )
            body = _error(refused, 429)
            assert body["code"] == "too_many_attempts"
            assert int(refused.headers["Retry-After"]) > 0
            # even the right password waits: the address is refused, not the guess
            right = first.login_response("officer1", workstation)
            assert right.status_code == 429
        second_app.state.server.db.dispose()
    finally:
        first.close()


def _with(harness: Harness, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(harness.app.state.server.config, **changes)


def test_worker_processes_get_the_same_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--workers N` hands the settings to uvicorn's processes through the environment."""
    from workstation.server.config import ServerConfig

    config = ServerConfig(
        "sqlite:///x.sqlite3",
        max_json_bytes=123_456,
        max_chunk_bytes=654_321,
        login_max_failures=3,
        login_address_max_failures=7,
        login_address_window=42.5,
    )
    for name, value in config.to_env().items():
        monkeypatch.setenv(name, value)
    assert ServerConfig.from_env() == config
