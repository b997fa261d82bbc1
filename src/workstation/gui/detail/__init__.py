"""The application detail page: all data of one application, its documents with preview,
its history, its sync state, the status actions the user's role allows, and — for
"Needs review" items — the conflict view (`workstation.gui.conflicts`)."""

from workstation.gui.detail.page import ApplicationDetailPage

__all__ = ["ApplicationDetailPage"]
