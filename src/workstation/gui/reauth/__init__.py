"""Re-authentication before sensitive actions (decisions, reprints)."""
