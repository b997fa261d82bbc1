"""A server on a fresh database behind FastAPI's TestClient, with helpers to set up a
center, users and enrolled workstations, and to log in and push."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient

from workstation.domain.ids import new_id
from workstation.protocol.v1 import PROTOCOL_HEADER, PROTOCOL_VERSION
from workstation.server import admin
from workstation.server.app import create_app
from workstation.server.db import Database, migrate, open_engine

PASSWORD = "correct horse battery"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}


@dataclass
class Session:
    """One user logged in on one workstation."""

    harness: Harness
    workstation_id: str
    token: str
    refresh_token: str
    seq: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def headers(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw: Any) -> Any:
        return self.harness.client.get(f"/api/v1{path}", headers=self.headers, **kw)

    def post(self, path: str, body: Any) -> Any:
        return self.harness.client.post(f"/api/v1{path}", headers=self.headers, json=body)

    def mutation(self, entity: str, entity_id: str, op: str, **kw: Any) -> dict[str, Any]:
        return {
            "mutation_id": kw.pop("mutation_id", new_id()),
            "client_seq": next(self.seq),
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "base_version": kw.pop("base_version", 0),
            "changed": kw.pop("changed", {}),
            "prev": kw.pop("prev", {}),
        }

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.post("/sync/push", {"mutations": list(mutations)})
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def push_one(self, mutation: dict[str, Any]) -> dict[str, Any]:
        return self.push(mutation)[0]

    def lease(self, kind: str, series: str, size: int) -> dict[str, Any]:
        response = self.post("/leases", {"kind": kind, "series": series, "size": size})
        assert response.status_code == 200, response.text
        lease: dict[str, Any] = response.json()
        return lease

    def pull(self, since: int = 0, limit: int = 1000) -> dict[str, Any]:
        response = self.get("/sync/pull", params={"since": since, "limit": limit})
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page


class Harness:
    def __init__(self, url: str, **app_options: Any) -> None:
        engine = open_engine(url)
        migrate(engine)
        engine.dispose()
        self.url = url
        self.db = Database.open(url)
        self.app = create_app(url, **app_options)
        self.client = TestClient(self.app)
        self.client.__enter__()

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.app.state.server.db.dispose()
        self.db.dispose()

    def center(self, code: str = "BAK1") -> str:
        admin.create_center(self.db, code, f"Center {code}")
        return code

    def user(self, name: str, role: str = "officer", center: str = "BAK1") -> str:
        admin.create_user(self.db, name, role=role, center=center, password=PASSWORD)
        return name

    def enrol(self, center: str = "BAK1") -> str:
        code = admin.enrol_code(self.db, center)
        response = self.client.post("/api/v1/enrol", headers=HEADERS, json={"code": code})
        assert response.status_code == 200, response.text
        workstation_id: str = response.json()["workstation_id"]
        return workstation_id

    def login_response(self, user: str, workstation_id: str, password: str = PASSWORD) -> Any:
        return self.client.post(
            "/api/v1/auth/login",
            headers=HEADERS,
            json={"username": user, "password": password, "workstation_id": workstation_id},
        )

    def login(self, user: str, workstation_id: str) -> Session:
        response = self.login_response(user, workstation_id)
        assert response.status_code == 200, response.text
        body = response.json()
        return Session(self, workstation_id, body["access_token"], body["refresh_token"])

    def station(self, user: str, center: str = "BAK1") -> Session:
        """A newly enrolled workstation of `center` with `user` logged in."""
        return self.login(user, self.enrol(center))
