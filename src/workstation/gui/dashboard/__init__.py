"""The supervisor's morning dashboard (issue 8) and the period reports dialog."""
