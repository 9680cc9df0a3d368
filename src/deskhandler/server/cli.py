"""``deskhandler-server``: migrate, serve, seed, and manage accounts and API keys.

Every subcommand takes ``--db URL`` (or ``DESKHANDLER_SERVER_DB``) and brings the database
to the latest schema first, so each one works on a fresh database.  Results go to stdout,
logs and errors to stderr; exit codes: 0 done, 1 failed, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from deskhandler import __version__
from deskhandler.domain.statuses import Role
from deskhandler.server.api_keys import create_api_key, list_api_keys, revoke_api_key
from deskhandler.server.db import Database, normalize_url
from deskhandler.server.migrate import migrate
from deskhandler.server.reference import ensure_reference_data
from deskhandler.server.seed import DEMO_PASSWORD, seed
from deskhandler.server.serve import run
from deskhandler.server.settings import Settings
from deskhandler.server.units import set_approval_required
from deskhandler.server.users import UserError, create_user

log = logging.getLogger("deskhandler.server")

PROG = "deskhandler-server"


class CommandError(Exception):
    """An expected failure, reported as one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def safe_url(url: str) -> str:
    """``url`` with any password masked, fit for messages and logs."""
    try:
        return make_url(normalize_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return "<not a database URL>"


def _open(args: argparse.Namespace) -> tuple[Database, Settings]:
    """The database of ``--db`` (or the environment, or the default), migrated."""
    settings = Settings()
    url = args.db or settings.resolved_db()
    updates: dict[str, object] = {"db": url}
    if getattr(args, "attachments_dir", None) is not None:
        updates["attachments_dir"] = args.attachments_dir
    settings = settings.model_copy(update=updates)
    try:
        db = Database(url)
    except ArgumentError:
        raise CommandError(
            f"--db {url!r} is not a database URL (sqlite:///path or postgresql://...)", 2
        ) from None
    except ImportError as error:
        raise CommandError(f"no driver for {safe_url(url)}: {error}") from None
    try:
        migrate(db)
        with db.writing() as session:
            ensure_reference_data(session)
    except SQLAlchemyError as error:
        db.dispose()
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise CommandError(f"cannot use the database {safe_url(url)}: {reason}") from None
    log.debug("database %s is at the latest schema", safe_url(url))
    return db, settings


# -- subcommands ----------------------------------------------------------------------------


def cmd_migrate(args: argparse.Namespace) -> int:
    db, _ = _open(args)
    db.dispose()
    print(f"database ready: {safe_url(db.url)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    db, settings = _open(args)
    db.dispose()
    log.info("serving %s on http://%s:%d", safe_url(db.url), args.host, args.port)
    run(
        settings,
        host=args.host,
        port=args.port,
        workers=args.workers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level="debug" if args.verbose else "info",
    )
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    db, settings = _open(args)
    try:
        report = seed(
            db,
            cases=args.cases,
            seed=args.seed,
            attachments_dir=settings.resolved_attachments_dir(),
            photos=not args.no_photos,
        )
    finally:
        db.dispose()
    if report.cases:
        print(
            f"seeded {report.cases} cases ({report.first_id} to {report.last_id}) "
            f"in {report.elapsed:.1f} s: {report.timeline_entries} timeline entries, "
            f"{report.attachments} photos"
        )
        spread = ", ".join(f"{s} {n}" for s, n in sorted(report.statuses.items()))
        print(f"statuses: {spread}")
    else:
        print("no cases added")
    print(f"demo accounts ({report.users_created} new), password {DEMO_PASSWORD!r}:")
    for account in report.accounts:
        print(f"  {account.username:<26} {account.role:<12} {account.department or ''}")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password is not None:
        return str(args.password)
    if args.password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CommandError("no password: give --password, --password-stdin or use a terminal", 2)
    first = getpass.getpass(f"password for {args.username}: ")
    if getpass.getpass("again: ") != first:
        raise CommandError("the passwords differ")
    return first


def cmd_create_user(args: argparse.Namespace) -> int:
    password = _read_password(args)
    db, _ = _open(args)
    try:
        with db.writing() as session:
            create_user(
                session,
                username=args.username,
                password=password,
                role=args.role,
                department=args.department,
                name=args.name,
                actor="cli",
            )
    except UserError as error:
        raise CommandError(str(error)) from None
    finally:
        db.dispose()
    unit = f" of {args.department}" if args.department else ""
    print(f"created {args.role} {args.username!r}{unit}")
    return 0


def cmd_create_api_key(args: argparse.Namespace) -> int:
    name = args.name.strip()
    if not name:
        raise CommandError("--name must not be empty", 2)
    db, _ = _open(args)
    try:
        with db.writing() as session:
            key = create_api_key(session, name)
    finally:
        db.dispose()
    print(key)
    print(
        f"API key for {name!r}: shown only this once. From now on Open311 POST requests "
        "need an api_key.",
        file=sys.stderr,
    )
    return 0


def cmd_list_api_keys(args: argparse.Namespace) -> int:
    db, _ = _open(args)
    try:
        with db.reading() as session:
            keys = list_api_keys(session)
    finally:
        db.dispose()
    if not keys:
        print("no API keys: Open311 intake is open", file=sys.stderr)
        return 0
    for key in keys:
        state = "active" if key.revoked_at is None else f"revoked {key.revoked_at:%Y-%m-%d %H:%M}Z"
        print(f"{key.id}\t{key.name}\tcreated {key.created_at:%Y-%m-%d %H:%M}Z\t{state}")
    return 0


def cmd_revoke_api_key(args: argparse.Namespace) -> int:
    db, _ = _open(args)
    try:
        with db.writing() as session:
            key, now = revoke_api_key(session, args.id)
    except LookupError as error:
        raise CommandError(f"{error} (see list-api-keys)") from None
    finally:
        db.dispose()
    if now:
        print(f"revoked API key {key.id} ({key.name!r}): it no longer opens Open311 POST requests")
    else:
        print(f"API key {key.id} ({key.name!r}) was already revoked")
    return 0


def cmd_set_approval(args: argparse.Namespace) -> int:
    required = args.required == "on"
    db, _ = _open(args)
    try:
        with db.writing() as session:
            unit, changed = set_approval_required(session, args.department, required)
            name = unit.name
    except LookupError as error:
        raise CommandError(str(error)) from None
    finally:
        db.dispose()
    state = "need a supervisor's approval" if required else "are published without approval"
    already = "" if changed else " (unchanged)"
    print(f"replies of {args.department} ({name}) {state}{already}")
    return 0


# -- parser ---------------------------------------------------------------------------------


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help="database URL: sqlite:///path/central.sqlite3 or postgresql://user@host/name "
        "(default: $DESKHANDLER_SERVER_DB, else a SQLite file in the user data directory)",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log more, to stderr")
    files = argparse.ArgumentParser(add_help=False)
    files.add_argument(
        "--attachments-dir",
        type=Path,
        metavar="DIR",
        help="where attachment files live (default: $DESKHANDLER_SERVER_ATTACHMENTS_DIR, "
        "else attachments/ beside a SQLite database)",
    )

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The reference central API of deskhandler: the department API that desks "
        "sync with, and Open311 GeoReport v2 for citizen apps.",
        epilog="Every command migrates the database first, so each works on a fresh one.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        text: str,
        parents: list[argparse.ArgumentParser],
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=parents, help=text, description=text)
        command.set_defaults(handler=handler)
        return command

    add(
        "migrate",
        cmd_migrate,
        "Create or upgrade the database schema and the reference data (safe to repeat).",
        [common],
    )

    serve = add(
        "serve",
        cmd_serve,
        "Serve the API over plain HTTP; put a TLS-terminating reverse proxy in front "
        "of it for anything but loopback.",
        [common, files],
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="TCP port (default %(default)s)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes; use PostgreSQL for more than one (default 1)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        metavar="IPS",
        help="reverse proxies whose X-Forwarded-* headers are trusted "
        "(comma-separated, default %(default)s)",
    )

    seed = add(
        "seed",
        cmd_seed,
        "Add realistic demo data for Huế (cases, staff accounts, photos); repeatable, "
        "each run adds new cases.",
        [common, files],
    )
    seed.add_argument(
        "--cases",
        type=_positive,
        default=1000,
        metavar="N",
        help="how many cases to add (default %(default)s)",
    )
    seed.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed: the same seed gives the same cases (default 1)",
    )
    seed.add_argument("--no-photos", action="store_true", help="attach no photos")

    user = add("create-user", cmd_create_user, "Create a user account.", [common])
    user.add_argument("--username", required=True)
    secret = user.add_mutually_exclusive_group()
    secret.add_argument(
        "--password",
        help="the password (visible in shell history: prefer --password-stdin or the prompt)",
    )
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    user.add_argument("--role", required=True, choices=[r.value for r in Role])
    user.add_argument(
        "--department",
        metavar="CODE",
        help="unit code (required for clerks and supervisors), e.g. SXD",
    )
    user.add_argument("--name", help="the person's full name (default: the username)")

    key = add(
        "create-api-key",
        cmd_create_api_key,
        "Create an Open311 API key for a citizen app (once any key exists, Open311 "
        "POST requests need one).",
        [common],
    )
    key.add_argument("--name", required=True, help="who the key is for, e.g. 'Hue-S app'")
    add(
        "list-api-keys",
        cmd_list_api_keys,
        "List the Open311 API keys by number and name (the keys themselves are not kept).",
        [common],
    )
    revoke = add(
        "revoke-api-key",
        cmd_revoke_api_key,
        "Revoke an Open311 API key (intake stays closed to requests without a valid key).",
        [common],
    )
    revoke.add_argument("--id", type=int, required=True, help="the key's number (list-api-keys)")
    approval = add(
        "set-approval",
        cmd_set_approval,
        "Whether a unit's replies wait for a supervisor's approval before they are "
        "published (off for every unit until turned on).",
        [common],
    )
    approval.add_argument("--department", required=True, metavar="CODE", help="unit code, e.g. SXD")
    approval.add_argument("required", choices=["on", "off"])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else 2
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.code
    except (SQLAlchemyError, OSError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
