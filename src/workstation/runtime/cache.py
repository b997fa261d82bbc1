"""The desktop's cache folder: things it can always make again (compiled translations,
this year's holidays). ``WORKSTATION_CACHE_DIR`` overrides the platform's place."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    override = os.environ.get("WORKSTATION_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs  # noqa: PLC0415 - only when a cache is used

    return Path(platformdirs.user_cache_dir("workstation"))
