"""The `workstation` command: the argument parser and the dispatch, nothing else.

Each subcommand lives in `workstation.cli_commands.<name>` as `run(args) -> int`, imported
only when chosen, so that `workstation --version` stays fast. Failures print one line on
standard error and exit non-zero (DESIGN.md section 7).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from workstation import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workstation",
        description="Officer workstation of the migration service.",
    )
    parser.add_argument("--version", action="version", version=f"workstation {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen on a temporary data folder, then exit",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the workstation's data folder (default: $WORKSTATION_DATA_DIR, "
        "else the per-user data folder of this OS)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("desktop", help="open the desktop window (also without any command)")
    sub.add_parser("init", help="create an empty data folder")
    sub.add_parser("self-test", help="the same as --self-test")

    p = sub.add_parser("import", help="validate and store applications with their persons")
    p.add_argument("file", metavar="FILE.json")

    p = sub.add_parser("export", help="all applications with persons, in a stable order")
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")

    p = sub.add_parser("status", help="counts per status, outbox length")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = sub.add_parser("enrol", help="enrol this data folder as a workstation of a center")
    p.add_argument("--server", required=True, metavar="URL", help="the central server")
    p.add_argument("--code", required=True, help="one-time code from 'admin enrol-workstation'")
    p.add_argument("--name", default="", help="this workstation's name (default: host name)")

    p = sub.add_parser("login", help="online login; keeps the refresh token in the keyring")
    p.add_argument("--user", required=True, metavar="NAME")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    p = sub.add_parser("sync", help="push then pull, headless")
    p.add_argument("--once", action="store_true", help="one round, then exit")
    p.add_argument("--user", metavar="NAME", help="default: the user who logged in last")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="log in first with the password on stdin; nothing is kept on disk",
    )
    p.add_argument("--interval", type=float, default=60.0, help="seconds between rounds")

    p = sub.add_parser("demo", help="embedded central server with demo data; this folder enrolled")
    p.add_argument("--headless", action="store_true", help="serve only, no desktop window")
    p.add_argument("--port", type=int, default=0, help="loopback port (default: a free one)")
    p.add_argument("--count", type=int, default=400, help="applications on a new demo server")

    p = sub.add_parser("print-card", help="render an approved application's card to a PDF")
    p.add_argument("number", metavar="NUMBER", help="the application number")
    p.add_argument("--pdf", required=True, metavar="OUT", help="the PDF file to write")

    p = sub.add_parser("print-receipt", help="render an application's receipt to a PDF")
    p.add_argument("number", metavar="NUMBER", help="the application number")
    p.add_argument("--pdf", required=True, metavar="OUT", help="the PDF file to write")

    p = sub.add_parser("report", help="period report per center and officer, as PDF or CSV")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="YYYY-MM-DD")
    p.add_argument("--center", metavar="C", help="only this center's applications")
    p.add_argument("--officer", metavar="U", help="only what this user did")
    p.add_argument("--lang", choices=["az", "en", "ru"], default="az", help="default: az")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--pdf", metavar="OUT", help="write the report as PDF")
    out.add_argument("--csv", metavar="OUT", help="write the numbers as CSV (UTF-8, BOM)")

    p = sub.add_parser("verify", help="check a card's QR seal; prints VALID or INVALID")
    p.add_argument("text", metavar="TEXT", help="the text of the card's QR code")
    p.add_argument(
        "--root-key",
        metavar="FILE",
        help="the central root public key (PEM); default: the one kept at enrolment",
    )

    p = sub.add_parser("sample", help="write generated, realistic sample data as an import file")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument("--count", type=int, default=500, help="number of applications")
    p.add_argument("--seed", type=int, default=1, help="same seed, same data")
    p.add_argument("--center", default="BAK1", help="service center code")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day the data is made for")

    p = sub.add_parser("audit", help="the local audit trail")
    audit = p.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)
    audit.add_parser(
        "verify",
        help="check the hash chain; names the first edited, deleted, inserted or reordered "
        "event (exit 1)",
    )
    p = sub.add_parser("key", help="the data folder's encryption key")
    key = p.add_subparsers(dest="key_command", metavar="SUBCOMMAND", required=True)
    key.add_parser(
        "rotate", help="re-encrypt the database and attachments under a new key, kept in its place"
    )
    key.add_parser("status", help="where the key is kept (keyring or passphrase file)")
    _add_server_commands(sub)
    return parser


def _add_server_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("server", help="the central backend: migrate the database, then serve")
    p.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://… or sqlite:///… (default: $WORKSTATION_SERVER_DATABASE)",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--workers", type=int, default=1, help="server processes (uvicorn workers)")
    p.add_argument(
        "--migrate-only",
        action="store_true",
        help="migrate the database (and notice a restored one), then exit",
    )
    p.add_argument(
        "--new-epoch",
        action="store_true",
        help="after restoring a physical backup: workstations pull again and push what "
        "the server lost",
    )
    p.add_argument(
        "--access-ttl",
        type=float,
        metavar="S",
        help="seconds (default: $WORKSTATION_SERVER_ACCESS_TTL)",
    )
    p.add_argument(
        "--refresh-ttl",
        type=float,
        metavar="S",
        help="seconds (default: $WORKSTATION_SERVER_REFRESH_TTL)",
    )
    p.add_argument(
        "--refresh-grace",
        type=float,
        metavar="S",
        help="seconds in which a just-exchanged refresh token still works once (lost answer; "
        "default: $WORKSTATION_SERVER_REFRESH_GRACE)",
    )

    p = sub.add_parser("admin", help="manage the central server's database")
    p.add_argument("--database", required=True, metavar="URL", help="postgresql://… or sqlite:///…")
    admin = p.add_subparsers(dest="admin_command", metavar="SUBCOMMAND", required=True)
    a = admin.add_parser("create-center", help="add a service center")
    a.add_argument("code")
    a.add_argument("--name", required=True)
    a = admin.add_parser("create-user", help="add a user; the password comes from stdin")
    a.add_argument("name")
    a.add_argument("--role", required=True, choices=["officer", "supervisor", "admin"])
    a.add_argument("--center", required=True)
    a.add_argument("--full-name", default="")
    a.add_argument("--password-stdin", action="store_true", required=True)
    a = admin.add_parser("disable-user", help="stop a user from logging in")
    a.add_argument("name")
    a = admin.add_parser("enable-user", help="let a disabled user log in again")
    a.add_argument("name")
    a = admin.add_parser("enrol-workstation", help="print a one-time enrolment code")
    a.add_argument("--center", required=True)
    a = admin.add_parser("list-conflicts", help="the unresolved conflicts of every center")
    a.add_argument("--json", action="store_true")
    a = admin.add_parser("export", help="all applications with persons")
    a.add_argument("--format", choices=["json"], default="json")
    a.add_argument("--output", "-o", metavar="FILE")
    admin.add_parser(
        "audit-verify",
        help="check the server's audit chain; names the first edited, deleted, inserted "
        "or moved event (exit 1)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    from workstation.security.redact import install  # noqa: PLC0415 - small, stdlib only

    install()  # no token or password in any log record, whatever handler comes later
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        args.command = "self-test"
    if args.command is None:  # no subcommand: the desktop (imported only now)
        args.command = "desktop"
    name = args.command.replace("-", "_")
    module = importlib.import_module(f"workstation.cli_commands.{name}_cmd")
    try:
        result: int = module.run(args)
    except KeyboardInterrupt:
        print("workstation: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        from workstation.cli_commands.errors import describe  # noqa: PLC0415 - lazy on failure

        print(f"workstation: {describe(exc)}", file=sys.stderr)
        return EXIT_FAILED
    return result
