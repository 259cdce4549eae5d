"""Building blocks for scripts/make_fixtures.py (the project's fictional test fixtures)."""
