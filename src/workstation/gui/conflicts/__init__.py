"""The conflict view of "Needs review" items: a change that the server could not merge,
shown field by field (mine, the server's) or as two decisions, and resolved as a new
change through the unit of work."""

from workstation.gui.conflicts.view import ConflictPanel

__all__ = ["ConflictPanel"]
