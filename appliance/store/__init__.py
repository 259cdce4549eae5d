"""The encrypted store: one SQLCipher file. Plain SQL in small modules, one per noun."""

from __future__ import annotations

from appliance.store.db import Store, open_store

__all__ = ["Store", "open_store"]
