"""Start-up cost (issue 7): the wire models build their validators at first use, not at
import (the desktop imports them before its first queue lines, and validates nothing
until the first login or sync)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
from workstation.protocol import v1
from pydantic import BaseModel
models = [m for m in vars(v1).values()
          if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == v1.__name__]
built_at_import = sorted(m.__name__ for m in models if m.__pydantic_complete__)
v1.PullResponse.model_validate({"changes": [], "cursor": 0, "has_more": False, "epoch": "e"})
print(len(models), built_at_import, v1.PullResponse.__pydantic_complete__)
"""


def test_wire_models_are_built_at_first_use() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    count, rest = int(out[0]), out[1].strip()
    assert count > 10
    assert rest == "[] True"


CLIENT_PROBE = """
import sys
from workstation.sync.client import ApiClient
before = "requests" in sys.modules
ApiClient("http://127.0.0.1:9")
print(before, "requests" in sys.modules)
"""


def test_requests_is_imported_by_the_first_client_not_with_the_module() -> None:
    out = subprocess.run(
        [sys.executable, "-c", CLIENT_PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]
