"""The central backend: FastAPI routers, its own store and migrations, admin commands.

Imports only the domain and the protocol of the workstation (DESIGN.md section 1).
"""

from __future__ import annotations

from workstation.server.app import create_app

__all__ = ["create_app"]
