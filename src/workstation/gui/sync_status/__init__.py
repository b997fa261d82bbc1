"""Sync in the background on a schedule, and its state in the status bar."""
