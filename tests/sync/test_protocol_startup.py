"""Start-up cost (issue 7): `requests` is imported by the first API client, not with the
sync client's module, and the wire models build their validators at first use, not at
import (the desktop imports both before its login dialog and its first queue lines, and
sends or validates nothing until the first login or sync). The server builds them all
before FastAPI reads its routes (its OpenAPI schema is tested in tests/server)."""

from __future__ import annotations

import subprocess
import sys

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


MODELS_PROBE = """
import sys
from pydantic import BaseModel
from workstation.protocol import v1
models = [m for m in vars(v1).values()
          if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__ == v1.__name__
          and not m.__name__.startswith("_")]
built_at_import = sorted(m.__name__ for m in models if m.__pydantic_complete__)
page = v1.PullResponse.model_validate(
    {"changes": [], "cursor": 0, "has_more": False, "epoch": "e"}
)
first_use = v1.PullResponse.__pydantic_complete__
import workstation.server
built_by_server = all(m.__pydantic_complete__ for m in models)
print(len(models), built_at_import, first_use, page.cursor, built_by_server)
"""


def test_wire_models_are_built_at_first_use_and_all_by_the_server() -> None:
    out = subprocess.run(
        [sys.executable, "-c", MODELS_PROBE], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    count, rest = int(out[0]), out[1].strip()
    assert count > 10
    assert rest == "[] True 0 True"
