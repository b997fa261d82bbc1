"""`workstation admin …` on both databases, through the real parser."""

from __future__ import annotations

import io
import json

import pytest

from workstation.cli import main


def test_admin_commands(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["admin", "--database", db_url]
    assert main([*base, "create-center", "BAK1", "--name", "Bakı 1"]) == 0
    assert main([*base, "create-center", "BAK1", "--name", "again"]) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert (
        main(
            [
                *base,
                "create-user",
                "aliyev",
                "--role",
                "officer",
                "--center",
                "BAK1",
                "--password-stdin",
            ]
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert (
        main(
            [*base, "create-user", "x", "--role", "officer", "--center", "BAK1", "--password-stdin"]
        )
        == 1
    )
    capsys.readouterr()
    assert main([*base, "enrol-workstation", "--center", "BAK1"]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 12
    assert main([*base, "list-conflicts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main([*base, "export", "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert (exported["format"], exported["persons"], exported["applications"]) == (
        "workstation-export",
        [],
        [],
    )
