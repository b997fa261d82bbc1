"""Workstation: the officer desktop of a migration service, and its central backend."""

__version__ = "0.1.0"
