"""Start-up housekeeping: the first admin when there are no accounts (see
`appliance.safeguards.accounts.ensure_first_admin`; `python -m appliance init` does the same at install),
and expired sessions removed."""

from __future__ import annotations

from datetime import timedelta

from appliance.config import Settings
from appliance.safeguards import accounts
from appliance.store import Store


def ensure_first_admin(store: Store, settings: Settings) -> str | None:
    accounts.purge_sessions(
        store,
        timedelta(minutes=settings.session_idle_minutes),
        timedelta(hours=settings.session_absolute_hours),
    )
    return accounts.ensure_first_admin(store, settings.data_dir)
