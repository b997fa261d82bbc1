"""The wheel carries `resources/` and `ui/`, and an installed wheel finds them."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (built,) = out.glob("workstation-*.whl")
    return built


@pytest.mark.slow
def test_wheel_contains_resources_and_ui(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workstation/_data/resources/catalogue/services.toml" in names
    assert "workstation/_data/ui/README.md" in names
    assert "workstation/store/migrations/env.py" in names
    assert any(n.startswith("workstation/store/migrations/versions/") for n in names)


@pytest.mark.slow
def test_installed_wheel_loads_its_own_resources(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # The fresh environment has no dependencies installed; borrow this one's (but not its
    # editable `workstation`, which lives behind a .pth file that PYTHONPATH does not read).
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    script = (
        "import workstation, workstation.resources as r\n"
        "from workstation.domain.catalogue import load_catalogue\n"
        "c = load_catalogue()\n"
        "print(workstation.__file__)\n"
        "print(r.resource_path('catalogue', 'services.toml'))\n"
        "print(r.ui_dir())\n"
        "print(len(c.services))\n"
    )
    done = subprocess.run(
        [str(python), "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": deps, "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    )
    module_file, catalogue_file, ui, services = done.stdout.splitlines()
    assert module_file.startswith(str(env_dir))
    assert catalogue_file.startswith(str(env_dir))
    assert "_data/resources/catalogue/services.toml" in catalogue_file
    assert ui.startswith(str(env_dir))
    assert ui.endswith("_data/ui")
    assert int(services) == 8


@pytest.mark.slow
def test_installed_wheel_compiles_and_loads_its_translations(wheel: Path, tmp_path: Path) -> None:
    """The wheel ships the .ts sources (never a .qm); the installed program compiles them
    into its cache on first use and Qt loads them."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("az", "en", "ru"):
        assert f"workstation/_data/resources/translations/workstation_{language}.ts" in names
    assert not any(n.endswith(".qm") for n in names)
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from workstation.runtime.i18n import Translations, ts_path\n"
        "t = Translations()\n"
        "t.apply('az')\n"
        "print(ts_path('az'))\n"
        "print(QCoreApplication.translate('Queues', 'My work'))\n"
        "t.apply('ru')\n"
        "print(QCoreApplication.translate('Queues', 'My work'))\n"
    )
    cache = tmp_path / "cache"
    done = subprocess.run(
        [str(python), "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env={
            "PYTHONPATH": deps,
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "WORKSTATION_CACHE_DIR": str(cache),
        },
        cwd=tmp_path,
    )
    source, az, ru = done.stdout.splitlines()
    assert source.startswith(str(env_dir))
    assert (az, ru) == ("Mənim işlərim", "Мои дела")
    assert sorted(p.name.split("-")[0] for p in (cache / "translations").glob("*.qm")) == [
        "workstation_az",
        "workstation_ru",
    ]
