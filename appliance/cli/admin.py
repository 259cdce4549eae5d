"""The IT and DPO commands of `python -m appliance`: audit, keys, backups, the offline check,
retention and accounts. Each opens the store, does one thing, audits it and says what it did.
Run `key rotate`, `restore` and `retention erase` with the web app stopped."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from appliance.config import Settings
from appliance.errors import InputError, StoreError
from appliance.safeguards import audit, backup, lifecycle, offline, offline_report
from appliance.store import Store, open_store
from appliance.store import keys as store_keys

Command = Callable[[argparse.Namespace, Settings], int]


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@contextmanager
def _store(settings: Settings) -> Iterator[Store]:
    store = open_store(settings)
    try:
        yield store
    finally:
        store.close()


def _record(store: Store, action: str, **kwargs: object) -> None:
    audit.record(store, action, actor=_actor(), role="it", **kwargs)


# ---------------------------------------------------------------------------- audit
def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    expected = audit.Head.parse(args.head) if args.head else None
    with _store(settings) as store:
        result = audit.verify(store, expected, integrity=True)
    if result.ok:
        print(f"audit log intact: {result.records} records, head {result.head}")
        return 0
    where = f" at record {result.first_bad}" if result.first_bad is not None else ""
    print(f"AUDIT LOG FAILS VERIFICATION{where}: {result.reason}", file=sys.stderr)
    return 1


def cmd_audit_head(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        print(audit.head(store))
    return 0


def cmd_audit_export(args: argparse.Namespace, settings: Settings) -> int:
    query = audit.Query(
        actor=args.actor,
        action=args.action,
        case_id=args.case,
        since=args.since,
        until=args.until,
        limit=None,
    )
    with _store(settings) as store:
        rows = list(reversed(audit.search(store, query)))
        Path(args.out).write_text(audit.to_csv(rows), encoding="utf-8")
        _record(store, "audit.export", detail={"records": len(rows)})
    print(f"wrote {len(rows)} audit records to {args.out}")
    return 0


# ---------------------------------------------------------------------------- keys and backups
def cmd_key_rotate(args: argparse.Namespace, settings: Settings) -> int:
    done = store_keys.finish_interrupted_rotation(settings)
    if done:
        print(done)
    target = store_keys.rotate_key(settings, Path(args.out) if args.out else None)
    with _store(settings.model_copy(update={"store_key": None, "key_file": target})) as store:
        _record(store, "key.rotate", detail={"source": store_keys.key_source(settings)})
    print(f"the store is re-keyed; the new key is in {target}")
    if target != settings.key_path:
        print("update the key setting (EHCP_STORE_KEY or the systemd credential) to it before restarting")
    return 0


def cmd_key_check(args: argparse.Namespace, settings: Settings) -> int:
    """Whether the configured key opens the store, and how to recover when it does not."""
    if not settings.store_file.exists():
        print(f"there is no store at {settings.store_file} yet: the first start creates it and its key")
        return 0
    with _store(settings):
        pass  # a StoreError says what is wrong and how to recover
    print(f"the key from {store_keys.key_source(settings)} opens the store {settings.store_file}")
    print("keep a copy of the key apart from the store and its backups: nothing opens the store without it")
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    if bool(args.file) == bool(args.into):
        print("give a FILE or --into FOLDER", file=sys.stderr)
        return 2
    key = store_keys.load_key(settings, create=False)
    with _store(settings) as store:
        dest = backup.backup(store, key, Path(args.file) if args.file else backup.timestamped(Path(args.into)))
        _record(store, "store.backup", obj=dest.name)
    print(f"encrypted backup written to {dest} (it opens only with the store key: keep the key apart)")
    if args.into and args.keep:
        for old in backup.rotate(Path(args.into), args.keep):
            print(f"removed the older backup {old}")
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    backup_key = store_keys.parse_key(Path(args.backup_key_file).read_text()) if args.backup_key_file else None
    restored = backup.restore(settings, Path(args.file), backup_key=backup_key, actor=_actor())
    print(f"restored {args.file} into {restored.path} ({restored.audit_records} audit records verified)")
    if restored.replaced:
        print(f"the store it replaced is kept as {restored.replaced}")
    return 0


# ---------------------------------------------------------------------------- offline check
def cmd_offline_check(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:

        def blocked(target: str) -> None:
            _record(store, "network.blocked", obj=target)

        offline.install_network_guard(settings.allowed_networks, on_attempt=blocked)
        checks = offline_report.run_checks(settings, store)
        print(offline_report.as_text(checks))
        try:
            _record(store, "offline.check", detail={"passed": offline_report.passed(checks)})
        except StoreError as exc:  # a damaged or full store: the report above says so
            print(f"(the check could not be recorded in the audit: {exc})", file=sys.stderr)
    return 0 if offline_report.passed(checks) else 1


# ---------------------------------------------------------------------------- retention
def cmd_retention_list(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        due = lifecycle.due_for_erasure(store)
    for rec in due:
        print(
            f"case {rec.id}\tref {rec.la_reference or '-'}\tteam {rec.team}\tclosed {rec.closed_at}\t"
            f"due {rec.retention_until}"
        )
    print(f"{len(due)} case(s) due for erasure", file=sys.stderr)
    return 0


def cmd_retention_erase(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings) as store:
        due = {rec.id for rec in lifecycle.due_for_erasure(store)}
        chosen = set(args.case) if args.case else due
        if chosen - due:
            raise InputError(f"case(s) {sorted(chosen - due)} are not due for erasure")
        if not args.confirm:
            print(f"would erase {len(chosen)} case(s): {sorted(chosen)}; add --confirm to erase them")
            return 0
        for case_id in sorted(chosen):
            lifecycle.erase_case(store, case_id, "retention_expired", actor=_actor(), role="dpo")
            print(f"erased case {case_id}")
    return 0


# ---------------------------------------------------------------------------- accounts
def cmd_user_add(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.safeguards import accounts

    password = accounts.generate_password()
    with _store(settings) as store:
        accounts.create_user(store, args.username, password, args.role, team=args.team)
        _record(store, "user.create", obj=args.username, detail={"role": args.role, "team": args.team})
    print(f"created {args.username} ({args.role}); first password (to be changed at sign-in): {password}")
    return 0


def cmd_user_reset(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.safeguards import accounts
    from appliance.store import users

    with _store(settings) as store:
        with store.read() as conn:
            found = users.by_username(conn, args.username)
        if found is None:
            raise InputError(f"no user named {args.username}")
        password = accounts.reset_password(store, found[0].id, by=_actor())
        if found[0].disabled:
            with store.write() as conn:
                users.update(conn, found[0].id, disabled=0)
        _record(store, "user.reset", obj=args.username)
    print(f"{args.username} is unlocked and enabled; one-off password (to be changed at sign-in): {password}")
    return 0


def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from appliance.safeguards import accounts

    problem = accounts.initial_password_problem()
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    with _store(settings) as store:
        created = accounts.ensure_first_admin(store, settings.data_dir)
    if created is None:
        print("the store already has accounts; nothing to do")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = sub.add_parser("audit", help="verify, anchor or export the audit log").add_subparsers(
        dest="audit_command", required=True
    )
    v = a.add_parser("verify", help="check the hash chain and its anchored head")
    v.add_argument("--head", help="a head recorded earlier (ID:HASH from `audit head`) that must still be there")
    v.set_defaults(func=cmd_audit_verify)
    a.add_parser("head", help="print the newest record's ID:HASH, to keep outside the box").set_defaults(
        func=cmd_audit_head
    )
    e = a.add_parser("export", help="write audit records as CSV")
    e.add_argument("--out", required=True)
    e.add_argument("--actor")
    e.add_argument("--action")
    e.add_argument("--case", type=int)
    e.add_argument("--since", help="YYYY-MM-DD")
    e.add_argument("--until", help="YYYY-MM-DD")
    e.set_defaults(func=cmd_audit_export)
    k = sub.add_parser(
        "key",
        help="the store key",
        description="The store key. " + store_keys.RECOVERY.format(path="EHCP_KEY_FILE (default var/store.key)"),
    ).add_subparsers(dest="key_command", required=True)
    k.add_parser("check", help="say whether the key opens the store, and how to recover if not").set_defaults(
        func=cmd_key_check
    )
    r = k.add_parser("rotate", help="re-key the store with a new random key")
    r.add_argument("--out", help="where to write the new key when the key is not in a key file")
    r.set_defaults(func=cmd_key_rotate)
    b = sub.add_parser("backup", help="write an encrypted backup of the store")
    b.add_argument("file", nargs="?", help="the backup file to write")
    b.add_argument("--into", help="a folder: write ehcp-backup-<UTC time>.db there (the systemd timer's way)")
    b.add_argument("--keep", type=int, help="with --into: keep only the newest N backups there")
    b.set_defaults(func=cmd_backup)
    rs = sub.add_parser("restore", help="replace the store with an encrypted backup")
    rs.add_argument("file")
    rs.add_argument("--backup-key-file", help="the key the backup was made with, if the key has been rotated since")
    rs.set_defaults(func=cmd_restore)
    sub.add_parser("offline-check", help="report the evidence of offline, encrypted operation").set_defaults(
        func=cmd_offline_check
    )
    t = sub.add_parser("retention", help="cases due for erasure").add_subparsers(
        dest="retention_command", required=True
    )
    t.add_parser("list", help="list the cases past their retention date").set_defaults(func=cmd_retention_list)
    er = t.add_parser("erase", help="erase cases past their retention date")
    er.add_argument("--case", type=int, action="append", help="only this case (repeatable)")
    er.add_argument("--confirm", action="store_true", help="really erase (otherwise only lists)")
    er.set_defaults(func=cmd_retention_erase)
    u = sub.add_parser("user", help="accounts, for IT").add_subparsers(dest="user_command", required=True)
    ua = u.add_parser("add", help="create an account with a one-off password")
    ua.add_argument("username")
    ua.add_argument("--role", required=True, choices=("caseworker", "manager", "dpo", "admin"))
    ua.add_argument("--team", default="default")
    ua.set_defaults(func=cmd_user_add)
    ur = u.add_parser("reset", help="unlock, enable and give a one-off password")
    ur.add_argument("username")
    ur.set_defaults(func=cmd_user_reset)
    sub.add_parser("init", help="create the key, the store and the first admin").set_defaults(func=cmd_init)
