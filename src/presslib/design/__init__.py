"""Question design and replies (notebook 06)."""
