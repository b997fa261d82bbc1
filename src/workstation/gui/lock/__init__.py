"""The idle lock: after some minutes without input the session locks (issue 6)."""
