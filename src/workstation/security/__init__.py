"""Security of the workstation: the offline login verifier (the security issue adds
keyring helpers, roles, the audit chain check and encryption at rest).

Imports only `workstation.domain`, `workstation.store` and the standard library; never
PySide6 (DESIGN.md section 1)."""
