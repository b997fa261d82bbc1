"""Start-up cost (issue 7): `requests` is imported by the first API client, not with the
sync client's module (the desktop imports that module before its login dialog and its
first queue lines, and sends nothing until the first login or sync)."""

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
