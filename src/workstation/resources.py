"""Where the shipped `resources/` and `ui/` folders are, from a wheel or a source checkout.

A wheel carries them as `workstation/_data/{resources,ui}` (pyproject's force-include);
a source checkout (editable install, tests) has them at the top of the repository.
Standard library only, so that every layer may use it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class ResourceMissing(FileNotFoundError):
    """A file that should ship with the application is not there."""


@cache
def _root(name: str) -> Path:
    candidates = (
        _PACKAGE_DIR / "_data" / name,  # installed wheel
        _PACKAGE_DIR.parent.parent / name,  # source checkout: src/workstation/../../name
    )
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ResourceMissing(f"the '{name}' folder of the application is missing (looked in {tried})")


def resources_dir() -> Path:
    return _root("resources")


def ui_dir() -> Path:
    return _root("ui")


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource file, e.g. ``resource_path("catalogue", "services.toml")``."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourceMissing(f"resource file missing: {path}")
    return path
