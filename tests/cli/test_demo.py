"""`workstation demo --headless`: a real server process with demo data, the folder
enrolled and released, other commands working on it while it serves."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import run_process
from tests.integration.processes import free_port
from workstation.cli_commands.demo_cmd import PASSWORD, demo_data
from workstation.domain.catalogue import load_catalogue
from workstation.domain.model import Status

COUNT = 120


def _start_demo(folder: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    with log.open("wb") as out:  # the child keeps its own copy of the handle
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workstation",
                "--data-dir",
                str(folder),
                "demo",
                "--headless",
                "--port",
                str(port),
                "--count",
                str(COUNT),
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    deadline = time.monotonic() + 120
    while "serving until stopped" not in log.read_text(errors="replace"):
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    return process


def _stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(30)


def test_demo_data_has_an_approved_application_for_every_card() -> None:
    data = demo_data(COUNT, dt.date(2026, 6, 1))
    cards = {s.code for s in load_catalogue().services if s.result.kind == "card"}
    approved = {a.service_code for a in data.applications if a.status is Status.APPROVED}
    assert cards <= approved
    assert {a.status for a in data.applications} == set(Status)


@pytest.mark.slow
def test_headless_demo_serves_and_releases_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    port = free_port()
    log = tmp_path / "demo.log"
    process = _start_demo(folder, port, log)
    try:
        text = log.read_text()
        assert f"http://127.0.0.1:{port}" in text
        assert f"{COUNT} applications pulled" in text
        status = run_process("--data-dir", folder, "status", "--json")
        assert status.returncode == 0, status.stderr
        report = json.loads(status.stdout)
        assert report["applications"]["total"] == COUNT
        assert report["outbox"]["pending"] == 0
        assert report["server_url"] == f"http://127.0.0.1:{port}"
        assert report["leases_left"]
        # the folder is released: a sync from another process works while the demo serves
        synced = run_process(
            "--data-dir",
            folder,
            "sync",
            "--once",
            "--user",
            "officer",
            "--password-stdin",
            input=PASSWORD + "\n",
            env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        )
        assert synced.returncode == 0, synced.stderr
        client = run_process("--data-dir", folder, "export")
        server = run_process(
            "admin",
            "--database",
            f"sqlite:///{folder / 'demo-server' / 'server.sqlite3'}",
            "export",
            "--format",
            "json",
        )
        assert client.returncode == 0, client.stderr
        assert server.returncode == 0, server.stderr
        assert client.stdout == server.stdout
        assert len(json.loads(client.stdout)["applications"]) == COUNT
    finally:
        assert _stop(process) == 0
    # a second start reuses the server database and the enrolment
    process = _start_demo(folder, free_port(), tmp_path / "demo-2.log")
    try:
        assert f"{COUNT} applications pulled" in (tmp_path / "demo-2.log").read_text()
    finally:
        assert _stop(process) == 0
