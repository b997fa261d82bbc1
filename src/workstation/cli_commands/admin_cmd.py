"""`workstation admin`: scripted management of the central server's database."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workstation.cli_commands.common import write_atomically
from workstation.server import admin, audit
from workstation.server.db import Database
from workstation.server.serve import migrate_database


def _password() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def _conflicts(db: Database, as_json: bool) -> None:
    records = admin.list_conflicts(db)
    if as_json:
        print(
            json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False, indent=1)
        )
        return
    for r in records:
        fields = ", ".join(f.field for f in r.fields)
        print(f"{r.conflict_id}  {r.entity} {r.entity_id}  by {r.username}  fields: {fields}")
    print(f"{len(records)} unresolved conflict(s)", file=sys.stderr)


def _audit_verify(db: Database) -> int:
    with db.snapshot() as session:  # the events and the counter of one moment
        report = audit.check_chain(session)
    if report.first_bad is not None:
        print(
            f"workstation admin: the audit chain is broken at {report.first_bad.describe()}",
            file=sys.stderr,
        )
        return 1
    print(f"audit chain intact: {report.count} events")
    return 0


def run(args: argparse.Namespace) -> int:
    migrate_database(args.database)
    db = Database.open(args.database)
    try:
        command = args.admin_command
        if command == "create-center":
            admin.create_center(db, args.code, args.name)
        elif command == "create-user":
            admin.create_user(
                db,
                args.name,
                role=args.role,
                center=args.center,
                password=_password(),
                full_name=args.full_name,
            )
        elif command == "disable-user":
            admin.set_user_disabled(db, args.name, True)
        elif command == "enable-user":
            admin.set_user_disabled(db, args.name, False)
        elif command == "enrol-workstation":
            print(admin.enrol_code(db, args.center))
        elif command == "list-conflicts":
            _conflicts(db, args.json)
        elif command == "export":
            data = admin.export(db)
            if args.output:
                write_atomically(Path(args.output), data)
            else:
                sys.stdout.buffer.write(data)
                sys.stdout.buffer.flush()
        elif command == "audit-verify":
            return _audit_verify(db)
    except admin.AdminError as exc:
        print(f"workstation admin: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    return 0
