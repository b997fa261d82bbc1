"""Print the server's OpenAPI document: ``python -m workstation.server.openapi >
docs/openapi.json`` (the test suite compares it with the committed one)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from workstation.server.app import create_app
from workstation.server.db import migrate, open_engine


def document() -> dict[str, Any]:
    """The OpenAPI document of an app on a throw-away SQLite database."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'openapi.sqlite3'}"
        engine = open_engine(url)
        migrate(engine)
        engine.dispose()
        app = create_app(url)
        try:
            return app.openapi()
        finally:
            app.state.server.db.dispose()


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> int:
    sys.stdout.write(render(document()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
