from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import workstation
from workstation.security.datakey import open_store
from workstation.store import DataDir, DataDirLocked, DataDirMissing
from workstation.store.datadir import ENV_VAR

SRC = str(Path(workstation.__file__).resolve().parent.parent)


def test_explicit_path_wins_over_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert DataDir(tmp_path / "explicit").path == (tmp_path / "explicit").resolve()


def test_env_var_overrides_platform_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    datadir = DataDir()
    assert datadir.path == (tmp_path / "from-env").resolve()
    assert datadir.database == datadir.path / "workstation.sqlite3"
    assert datadir.attachments == datadir.path / "attachments"
    assert datadir.logs == datadir.path / "logs"


def test_platform_default_without_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "workstation" in str(DataDir().path)


def test_init_creates_folders(tmp_path: Path) -> None:
    datadir = DataDir(tmp_path / "new").init()
    assert datadir.attachments.is_dir()
    assert datadir.logs.is_dir()
    assert not datadir.exists()  # no database yet


def test_missing_data_dir_is_reported(tmp_path: Path) -> None:
    datadir = DataDir(tmp_path / "nowhere")
    with pytest.raises(DataDirMissing, match="nowhere"):
        datadir.require()
    with pytest.raises(DataDirMissing):
        open_store(datadir)
    assert not (tmp_path / "nowhere").exists()


def test_second_lock_in_same_process_is_refused(tmp_path: Path) -> None:
    datadir = DataDir(tmp_path).init()
    with datadir, pytest.raises(DataDirLocked, match=str(tmp_path.resolve())):
        DataDir(tmp_path).lock()
    DataDir(tmp_path).lock().unlock()  # free again


def _try_lock_in_subprocess(path: Path) -> subprocess.CompletedProcess[str]:
    script = textwrap.dedent(
        f"""
        import sys
        from workstation.store import DataDir, DataDirLocked
        try:
            DataDir({str(path)!r}).lock()
        except DataDirLocked as exc:
            print("LOCKED", exc)
            sys.exit(3)
        print("GOT IT")
        """
    )
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.slow
def test_another_process_cannot_lock_an_open_store(tmp_path: Path) -> None:
    store = open_store(DataDir(tmp_path), create=True)
    try:
        result = _try_lock_in_subprocess(tmp_path)
        assert result.returncode == 3, result.stdout + result.stderr
        assert "in use by another" in result.stdout
    finally:
        store.close()
    result = _try_lock_in_subprocess(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
