"""Client side of sync (DESIGN.md section 3): HTTP client, credentials, push/pull engine,
attachment upload, number leases, scheduler. No Qt: the GUI runs it through its task
runner; the `workstation sync` command runs it headless."""
