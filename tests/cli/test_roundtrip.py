"""init, import, export, status: the round trip gives the same bytes; bad files land nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli.conftest import Cli, load, run_process


def _init(cli: Cli, folder: Path) -> None:
    code, out, err = cli("--data-dir", folder, "init")
    assert code == 0, err
    assert "initialised" in out


def test_export_import_export_gives_identical_bytes(
    cli: Cli, tmp_path: Path, sample_file: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _init(cli, first)
    code, out, err = cli("--data-dir", first, "import", sample_file)
    assert code == 0, err
    assert "imported 300 applications" in out
    export_1 = tmp_path / "export-1.json"
    assert cli("--data-dir", first, "export", "--output", export_1)[0] == 0
    _init(cli, second)
    assert cli("--data-dir", second, "import", export_1)[0] == 0
    code, stdout_export, _ = cli("--data-dir", second, "export", "--format", "json")
    assert code == 0
    assert stdout_export.encode("utf-8") == export_1.read_bytes()
    # the generator's file is already in the export's stable shape
    assert sample_file.read_bytes() == export_1.read_bytes()
    assert len(load(export_1)["applications"]) == 300


def test_status_json_counts_what_was_imported(cli: Cli, tmp_path: Path, sample_file: Path) -> None:
    folder = tmp_path / "dir"
    _init(cli, folder)
    cli("--data-dir", folder, "import", sample_file)
    code, out, _ = cli("--data-dir", folder, "status", "--json")
    assert code == 0
    status = json.loads(out)
    data = load(sample_file)
    assert status["applications"]["total"] == 300
    by_status: dict[str, int] = {}
    for app in data["applications"]:
        by_status[app["status"]] = by_status.get(app["status"], 0) + 1
    assert {k: v for k, v in status["applications"]["by_status"].items() if v} == by_status
    assert status["persons"] == len(data["persons"])
    # one outbox row per stored change: every person and every application
    assert status["outbox"]["pending"] == len(data["persons"]) + 300
    assert status["last_sync"] is None
    assert status["workstation_id"] is None  # given by the server at enrolment


def test_a_file_with_one_bad_record_lands_nothing(
    cli: Cli, tmp_path: Path, sample_file: Path
) -> None:
    data = load(sample_file)
    data["applications"][17]["service_code"] = "NOPE"
    data["persons"][3]["document"]["expiry_date"] = "1990-01-01"
    data["persons"][5]["phone"] = "+99455123"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "dir"
    _init(cli, folder)
    code, out, err = cli("--data-dir", folder, "import", bad)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert "nothing imported" in err
    assert "applications[17] service_code" in err
    assert "persons[5] phone" in err
    assert "persons[3] document.expiry_date" in err
    code, out, _ = cli("--data-dir", folder, "status", "--json")
    status = json.loads(out)
    assert status["applications"]["total"] == 0
    assert status["persons"] == 0
    assert status["outbox"]["pending"] == 0


def test_malformed_files_are_refused_with_a_reason(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "dir"
    _init(cli, folder)
    cases = {
        b"{not json": "not JSON",
        b"\xff\xfe": "not UTF-8",
        b"[]": "expected a JSON object",
        b'{"format": "other", "version": 1, "persons": [], "applications": []}': "format",
        b'{"format": "workstation-export", "version": 1, "persons": [1], "applications": []}': (
            "persons[0]"
        ),
    }
    for index, (content, expected) in enumerate(cases.items()):
        path = tmp_path / f"bad-{index}.json"
        path.write_bytes(content)
        code, _, err = cli("--data-dir", folder, "import", path)
        assert code == 1
        assert expected in err, err


def test_application_referring_to_an_unknown_person_is_refused(
    cli: Cli, tmp_path: Path, sample_file: Path
) -> None:
    data = load(sample_file)
    data["applications"][0]["person_id"] = "0190aaaa-0000-7000-8000-000000000000"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    folder = tmp_path / "dir"
    _init(cli, folder)
    code, _, err = cli("--data-dir", folder, "import", bad)
    assert code == 1
    assert "applications[0] person_id: no person" in err


def test_importing_the_same_file_twice_is_refused_whole(
    cli: Cli, tmp_path: Path, sample_file: Path
) -> None:
    folder = tmp_path / "dir"
    _init(cli, folder)
    assert cli("--data-dir", folder, "import", sample_file)[0] == 0
    code, _, err = cli("--data-dir", folder, "import", sample_file)
    assert code == 1
    assert "already in this data folder" in err
    status = json.loads(cli("--data-dir", folder, "status", "--json")[1])
    assert status["applications"]["total"] == 300


def test_commands_on_a_missing_data_folder_say_so(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("--data-dir", tmp_path / "nowhere", "status")
    assert code == 1
    assert "workstation init" in err


def test_environment_variable_chooses_the_data_folder(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "from-env"
    env = {**os.environ, "WORKSTATION_DATA_DIR": str(folder)}
    done = run_process("init", env=env)
    assert done.returncode == 0, done.stderr
    assert (folder / "workstation.sqlite3").is_file()


def test_version_and_python_dash_m(tmp_path: Path) -> None:
    done = run_process("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("workstation ")
    done = run_process("--help")
    assert done.returncode == 0
    assert "usage" in done.stdout
    # without a command it opens the desktop; with no display it says so in one line
    bare = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        bare.pop(name, None)
    done = run_process("--data-dir", tmp_path / "data", env=bare, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("workstation: no display")
    assert len(done.stderr.strip().splitlines()) == 1
