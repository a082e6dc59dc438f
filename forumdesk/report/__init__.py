"""The partner recap (PDF) and the data exports (CSV, JSON)."""
