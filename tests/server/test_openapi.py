"""The committed OpenAPI document matches the server's."""

from __future__ import annotations

from pathlib import Path

from workstation.server.openapi import document, render

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_openapi_document_is_up_to_date() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == render(document()), (
        "docs/openapi.json is stale; regenerate it with "
        "`.venv/bin/python -m workstation.server.openapi > docs/openapi.json`"
    )


def test_every_endpoint_of_the_protocol_is_there() -> None:
    paths = document()["paths"]
    expected = {
        ("/api/v1/enrol", "post"),
        ("/api/v1/auth/login", "post"),
        ("/api/v1/auth/refresh", "post"),
        ("/api/v1/sync/push", "post"),
        ("/api/v1/sync/pull", "get"),
        ("/api/v1/leases", "post"),
        ("/api/v1/leases", "get"),
        ("/api/v1/leases/void", "post"),
        ("/api/v1/attachments/{sha256}/status", "get"),
        ("/api/v1/attachments/{sha256}", "patch"),
        ("/api/v1/attachments/{sha256}", "get"),
        ("/api/v1/conflicts", "get"),
    }
    present = {(path, method) for path, item in paths.items() for method in item}
    assert expected <= present
