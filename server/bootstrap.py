"""First start: when there are no accounts, create the first admin with a random password,
shown once on the console and written to a file only its owner can read."""

from __future__ import annotations

import os
import sys

from appliance import accounts, audit
from appliance.config import Settings
from appliance.store import Store, users

PASSWORD_FILE = "initial-admin-password"


def ensure_first_admin(store: Store, settings: Settings) -> str | None:
    with store.read() as conn:
        if users.count(conn):
            return None
    password = os.environ.get("EHCP_ADMIN_PASSWORD") or accounts.generate_password()
    accounts.create_user(store, "admin", password, "admin", display_name="Administrator",
                         must_change_password=True)  # fmt: skip
    path = settings.data_dir / PASSWORD_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(password + "\n")
    print(
        f"\nFirst start: created the account 'admin'. Its password is in {path} (readable only by you);\n"
        "sign in, then change it. The admin creates caseworker, manager and DPO accounts.\n",
        file=sys.stderr,
    )
    audit.record(store, "user.create", actor="install", obj="admin", detail={"role": "admin"})
    return password
