"""The central backend: FastAPI routers, its own store and migrations, admin commands.

Imports only the domain and the protocol of the workstation (DESIGN.md section 1).
"""

from __future__ import annotations

from workstation.protocol import v1

v1.build_models()  # before any route module: FastAPI reads the models' schemas then

from workstation.server.app import create_app  # noqa: E402

__all__ = ["create_app"]
