"""The sync API's wire models, shared by the workstation and the central server."""
