"""The push route's own costs: its body is read once, by the request model; the stored
results of a batch are found by one key probe each on PostgreSQL, however many results
the workstation has stored."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import starlette.requests
from sqlalchemy import event, text

from tests.server.harness import Harness
from tests.server.records import pair, without_id


class _NoJsonModule:
    """Stands in for the `json` module of Starlette's requests: a push must not need it."""

    @staticmethod
    def loads(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the push body was decoded by json.loads")


def test_a_push_body_is_read_once_by_its_model(
    server: Harness, center: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = server.station("officer1")
    person, _ = pair()
    monkeypatch.setattr(starlette.requests, "json", _NoJsonModule)
    results = s.push(s.mutation("person", person["id"], "create", changed=without_id(person)))
    assert [r["status"] for r in results] == ["applied"], results
    assert results[0]["version"] == 1


def test_a_push_body_that_is_not_valid_gets_every_problem_with_its_place(
    server: Harness, center: str
) -> None:
    s = server.station("officer1")
    person, _ = pair()
    good = s.mutation("person", person["id"], "create", changed=without_id(person))
    bad = {**good, "client_seq": 0, "op": "upsert"}
    response = s.post("/sync/push", {"mutations": [good, bad]})
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "invalid_request"
    where = {p["where"] for p in body["details"]["problems"]}
    assert where == {"body.mutations.1.client_seq", "body.mutations.1.op"}, body
    broken = server.client.post(
        "/api/v1/sync/push",
        headers={**s.headers, "Content-Type": "application/json"},
        content=b'{"mutations": [',
    )
    assert broken.status_code == 422, broken.text
    assert broken.json()["code"] == "invalid_request"


def _prepared(statement: str, parameters: dict[str, Any]) -> tuple[str, list[Any]]:
    """The statement with ``$n`` placeholders (for PREPARE) and its values in order."""
    values: list[Any] = []

    def place(match: re.Match[str]) -> str:
        values.append(parameters[match.group(1)])
        return f"${len(values)}"

    return re.sub(r"%\((\w+)\)s", place, statement), values


def _visited(plan: dict[str, Any]) -> int:
    """Rows of the table ``mutations`` that the executed plan read (kept or filtered out)."""
    own = 0
    if plan.get("Relation Name") == "mutations":
        loops = int(plan.get("Actual Loops", 1))
        own = loops * (int(plan.get("Actual Rows", 0)) + int(plan.get("Rows Removed by Filter", 0)))
    return own + sum(_visited(child) for child in plan.get("Plans", ()))


def test_the_stored_results_are_probed_by_key_whatever_the_plan(pg_server: Harness) -> None:
    """The workstation has 3,000 stored results and the table no statistics (as after a
    busy start); the lookup of a batch's stored results, run as a cached generic plan,
    reads one row per id, not every stored result of the workstation."""
    s = pg_server.station("officer1")
    db = pg_server.app.state.server.db
    with db.transaction() as session:
        session.execute(
            text(
                "INSERT INTO mutations (workstation_id, mutation_id, result, created_at) "
                "SELECT :ws, 'old-' || i, CAST('{}' AS json), now() "
                "FROM generate_series(1, 3000) AS i"
            ),
            {"ws": s.workstation_id},
        )
    seen: list[tuple[str, dict[str, Any]]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "mutations" in statement and "result" in statement and statement.startswith("SELECT"):
            seen.append((statement, dict(parameters)))

    mutations = []
    for _ in range(50):
        person, _app = pair()
        mutations.append(s.mutation("person", person["id"], "create", changed=without_id(person)))
    mutations.append({**mutations[0], "client_seq": 999})  # pushed twice in one batch
    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        results = s.push(*mutations)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    assert [r["status"] for r in results] == ["applied"] * 51
    assert len(seen) == 1, seen
    statement, values = _prepared(*seen[0])
    with db.engine.connect() as conn:
        driver: Any = conn.connection.driver_connection
        driver.execute("SET plan_cache_mode = force_generic_plan")
        driver.execute(f"PREPARE stored AS {statement}")
        literals = ", ".join(
            driver.execute("SELECT quote_nullable(%s)", (v,)).fetchone()[0]
            for v in [_array(v) for v in values]
        )
        (document,) = driver.execute(
            f"EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE stored({literals})"
        ).fetchone()
        conn.rollback()
    plan = (json.loads(document) if isinstance(document, str) else document)[0]["Plan"]
    assert _visited(plan) <= 50, json.dumps(plan, indent=1)


def _array(value: Any) -> Any:
    """A list as PostgreSQL's array text (quote_nullable then quotes it as a literal)."""
    if isinstance(value, list | tuple):
        return "{" + ",".join('"' + str(v).replace('"', '\\"') + '"' for v in value) + "}"
    return value
