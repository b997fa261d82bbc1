"""The migration service's rules in pure Python: no Qt, no SQL, no HTTP."""
