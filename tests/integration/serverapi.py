"""Looks at the central server through its own protocol (no database peeking): what a
workstation would pull, with the entities' server versions."""

from __future__ import annotations

from typing import Any

import requests

from workstation.protocol.v1 import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

TIMEOUT = 30


def _headers(token: str | None = None) -> dict[str, str]:
    headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def login(base_url: str, user: str, password: str, workstation_id: str) -> str:
    response = requests.post(
        f"{base_url}{API_PREFIX}/auth/login",
        json={"username": user, "password": password, "workstation_id": workstation_id},
        headers=_headers(),
        timeout=TIMEOUT,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def pull_all(base_url: str, token: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The latest change of every entity of the center: (entity, id) -> Change as a dict."""
    since = 0
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for _ in range(1000):
        response = requests.get(
            f"{base_url}{API_PREFIX}/sync/pull",
            params={"since": since, "limit": 1000},
            headers=_headers(token),
            timeout=TIMEOUT,
        )
        assert response.status_code == 200, response.text
        page = response.json()
        for change in page["changes"]:
            latest[(change["entity"], change["entity_id"])] = change
        since = page["cursor"]
        if not page["has_more"]:
            return latest
    raise AssertionError("pull never ended")


def versions(base_url: str, user: str, password: str, workstation_id: str) -> dict[str, int]:
    """entity id -> server version, for persons, applications and permits."""
    token = login(base_url, user, password, workstation_id)
    return {
        entity_id: int(change["version"])
        for (entity, entity_id), change in pull_all(base_url, token).items()
        if entity in ("person", "application", "permit")
    }
