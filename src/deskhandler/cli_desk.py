"""The desk commands of ``deskhandler``: login, sync, cases, outbox, doctor.

Each command opens the profile's `Desk`, does one thing and exits with a code scripts can
trust.  Actions given here are queued in the same outbox as the GUI's and uploaded by the
next ``deskhandler sync``.  Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deskhandler import __version__
from deskhandler.app.desk import PASSWORD_VARIABLE, Desk, DeskError
from deskhandler.config import SETTINGS, ConfigError, load_config, save_machine_settings
from deskhandler.domain.actions import ActionKind
from deskhandler.domain.versions import UpgradeAdvice, Verdict
from deskhandler.profile import resolve_profile
from deskhandler.store.errors import ActionRefused, StoreError
from deskhandler.store.queue import QueueFilter
from deskhandler.support import configure_logging
from deskhandler.sync.errors import SyncError

Adder = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [_jsonable(v) for v in value]
    return value


def _print_json(value: Any) -> None:
    json.dump(_jsonable(value), sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _fail(message: str, code: int = 1) -> int:
    print(f"deskhandler: error: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace) -> Desk:
    cli = {"server_url": getattr(args, "server", None)}
    config = load_config(cli, home=args.home)
    configure_logging(config.profile.log_file, config.log_level)
    return Desk.open(config)


def _guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn the expected failures into one clear line and exit code 1."""

    def guarded(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except ActionRefused as refused:
            return _fail(f"refused ({refused.code}): {refused.message}")
        except (DeskError, StoreError, ConfigError, SyncError) as error:
            return _fail(str(error))

    guarded.__doc__ = run.__doc__
    return guarded


@_guarded
def cmd_login(args: argparse.Namespace) -> int:
    password = os.environ.get(PASSWORD_VARIABLE) or getpass.getpass(f"Password for {args.user}: ")
    with _open(args) as desk:
        me = asyncio.run(desk.login(args.server, args.user, password))
        warning = desk.tokens(args.server, me.username).warning
    print(f"Signed in as {me.name} ({me.role.value}, {me.department or 'IOC'})")
    if warning:
        print(warning, file=sys.stderr)
    return 0


@_guarded
def cmd_sync(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        report = asyncio.run(desk.sync())
        upgrade = desk.upgrade_advice()
    print(
        f"pulled {report.pulled} cases, {report.removed} removed; uploaded {report.uploaded} "
        f"actions; {report.conflicts} new conflicts; {report.pending} waiting; "
        f"{report.waiting_conflicts} in the conflicts list"
    )
    if report.error is not None:
        print(f"could not finish: {report.error.message}", file=sys.stderr)
    if upgrade is not None and upgrade.verdict is not Verdict.CURRENT:
        print(upgrade.message, file=sys.stderr)
    return report.exit_code


@_guarded
def cmd_cases_list(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        flt = QueueFilter(statuses=frozenset(args.status or ()), search=args.search or None)
        rows = desk.store.rows(desk.store.query_ids(flt))
    if args.json:
        _print_json(rows)
        return 0
    for row in rows:
        due = row.due_at.astimezone().strftime("%Y-%m-%d") if row.due_at else "-"
        marks = " ⇡" if row.pending else ""
        marks += " !" if row.conflicts else ""
        print(f"{row.id}  {row.status:<17} {due}  {row.title}{marks}")
    return 0


@_guarded
def cmd_cases_show(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        view = desk.store.case(args.id)
    if view is None:
        return _fail(f"no case {args.id} in the local queue")
    if args.json:
        _print_json(
            {
                **view.case.model_dump(mode="json"),
                "pending": view.pending,
                "conflicts": view.conflicts,
                "timeline": view.timeline,
            }
        )
        return 0
    case = view.case
    print(
        f"{case.id}  {case.title}\n{case.status} · {case.department or 'IOC'} · "
        f"{case.assignee or '-'} · {case.category} · {case.priority}"
    )
    print(f"{case.address or ''}\n\n{case.description}")
    for item in view.timeline or []:
        print(
            f"  {item.at:%Y-%m-%d %H:%M} {item.actor}: {item.kind}"
            f"{' (waiting to upload)' if item.pending else ''}"
        )
    return 0


@_guarded
def cmd_cases_duplicates(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        if desk.store.case(args.id) is None:
            return _fail(f"no case {args.id} in the local queue")
        found = desk.store.possible_duplicates(args.id)
    if args.json:
        _print_json([{"case": row, "match": match} for row, match in found])
        return 0
    if not found:
        print(f"no report within 50 m and 14 days of {args.id} says something similar")
    for row, match in found:
        print(
            f"{row.id}  {match.metres:.0f} m  {match.days:.0f} d  "
            f"{match.similarity:.0%} alike  {row.status:<17} {row.title}"
        )
    return 0


def _action(
    kind: ActionKind, payload_of: Callable[[argparse.Namespace], dict[str, Any]]
) -> Callable[[argparse.Namespace], int]:
    @_guarded
    def run(args: argparse.Namespace) -> int:
        with _open(args) as desk:
            desk.act(args.id, kind, payload_of(args), files=getattr(args, "attach", None) or [])
        print(f"{kind.value} queued for {args.id}; it uploads with the next sync")
        return 0

    return run


@_guarded
def cmd_triage(args: argparse.Namespace) -> int:
    payload = {
        k: v
        for k, v in (("priority", args.priority), ("category", args.category), ("due_at", args.due))
        if v is not None
    }
    if not payload and args.assignee is None:
        return _fail("give at least one of --priority, --category, --due, --assignee", 2)
    with _open(args) as desk:
        if payload:
            desk.act(args.id, ActionKind.TRIAGE, payload)
        if args.assignee is not None:
            desk.act(args.id, ActionKind.ASSIGN, {"assignee": args.assignee or None})
    print(f"triage queued for {args.id}; it uploads with the next sync")
    return 0


@_guarded
def cmd_outbox(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        box = desk.outbox()
    if args.json:
        # The entries as queued (attached files listed, uploaded or not), without ``seq``.
        pending = [{k: v for k, v in _jsonable(e).items() if k != "seq"} for e in box.pending]
        _print_json({"pending": pending, "conflicts": box.conflicts})
        return 0
    print(f"{len(box.pending)} waiting for upload, {len(box.conflicts)} in the conflicts list")
    for entry in box.pending:
        files = f", {len(entry.files)} file(s)" if entry.files else ""
        print(
            f"  waiting   {entry.case_id} {entry.kind}  ({entry.created_at:%Y-%m-%d %H:%M}{files})"
        )
    for conflict in box.conflicts:
        print(
            f"  {conflict.outcome:<9} {conflict.case_id} {conflict.kind}: {conflict.error_message}"
        )
    return 0


@_guarded
def cmd_outbox_export(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        written = desk.store.export_outbox(args.file)
    print(
        f"{written} waiting actions written to {args.file}; queue them on another PC of the "
        "unit with: deskhandler outbox import FILE (each is uploaded once, whichever PC sends "
        "it)"
    )
    return 0


@_guarded
def cmd_outbox_import(args: argparse.Namespace) -> int:
    with _open(args) as desk:
        added = desk.store.import_outbox(args.file)
    print(f"{added} actions from {args.file} queued; they upload with the next sync")
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Config, paths, keyring backend, server reachability, DB integrity; never a secret."""
    problems = 0
    try:
        config = load_config({}, home=args.home)
    except ConfigError as error:
        print(f"config: PROBLEM {error}")
        return 1
    from deskhandler.sync.credentials import describe_backend  # noqa: PLC0415 - only here

    print(f"deskhandler doctor  ({datetime.now(UTC):%Y-%m-%d %H:%M} UTC)")
    print(f"version: deskhandler {__version__}")
    for item in config.settings():
        managed = "; managed by your organization" if item.managed else ""
        print(f"setting {item.name} = {item.value!r}  (from {item.source}{managed})")
    for warning in config.warnings:
        print(f"config: warning: {warning}")
    for name, path in config.profile.paths().items():
        print(f"path {name}: {path}{'' if path.exists() else '  (not there yet)'}")
    print(f"keyring backend: {describe_backend()}")
    try:
        with Desk.open(config) as desk:
            bad = [line for line in desk.store.integrity_check() if line != "ok"]
            print(f"database: {'ok' if not bad else 'PROBLEM ' + '; '.join(bad)}")
            problems += bool(bad)
            print(
                f"outbox: {desk.store.outbox_count()} waiting, "
                f"{len(desk.store.conflicts())} conflicts; stats {desk.store.stats()}"
            )
            url = desk.server_url
            if url:
                problems += _check_server(desk)
            else:
                print("server: not configured (deskhandler login --server URL --user NAME)")
                problems += 1
    except (StoreError, DeskError) as error:
        print(f"database: PROBLEM {error}")
        problems += 1
    return 1 if problems else 0


def _check_server(desk: Desk) -> int:
    advice: list[UpgradeAdvice | None] = []

    async def probe() -> None:
        async with desk.api() as api:
            advice.append(await desk.check_client_version(api))
            await api.directory(None)

    problems = 0
    try:
        asyncio.run(probe())
    except SyncError as error:
        if error.code != "auth_required":
            print(f"server {desk.server_url}: PROBLEM {error.message}")
            return 1
        print(f"server {desk.server_url}: reachable; not signed in")
    else:
        print(f"server {desk.server_url}: reachable, signed in as {desk.username}")
    upgrade = advice[0] if advice else None
    if upgrade is None:
        print("version: the server does not say which desk version is current")
    elif upgrade.verdict is Verdict.UPGRADE_REQUIRED:
        print(f"version: PROBLEM {upgrade.message}")
        problems += 1
    else:
        print(f"version: {upgrade.message}")
    return problems


def cmd_machine_settings(args: argparse.Namespace) -> int:
    """Write the machine-wide file; the installer runs this with its public properties."""
    path = args.file or resolve_profile(None, {}).site_settings_file
    updates: dict[str, str] = {}
    names = {s.name for s in SETTINGS}
    for item in args.assignments:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or name not in names:
            return _fail(
                f"{item!r}: expected NAME=VALUE with NAME one of {', '.join(sorted(names))}", 2
            )
        updates[name] = value.strip()
    try:
        save_machine_settings(path, updates, managed=args.managed)
    except (ConfigError, ValueError, OSError) as error:
        return _fail(f"{path}: {error}")
    print(f"machine-wide settings written to {path}")
    return 0


def add_desk_commands(add: Adder, home: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the desk's commands on the ``deskhandler`` parser."""
    login = add(
        "login",
        cmd_login,
        "Sign in to the central API (password from a prompt or "
        f"${PASSWORD_VARIABLE}); the session is kept in the OS credential store.",
    )
    login.add_argument(
        "--server", required=True, metavar="URL", help="the central API, https://..."
    )
    login.add_argument("--user", required=True, metavar="NAME")
    home(login)
    sync = add(
        "sync",
        cmd_sync,
        "One pull and push. Exit 0: finished, nothing left to upload; "
        "1: could not finish, work still queued; 2: finished, but actions wait in the "
        "conflicts list.",
    )
    home(sync)
    outbox = add("outbox", cmd_outbox, "Actions waiting for upload, and the conflicts list.")
    outbox.add_argument(
        "--json", action="store_true", help='{"pending": [...], "conflicts": [...]}'
    )
    home(outbox)
    # For a PC whose network is down for days: carry the waiting work to another PC.
    transfer = outbox.add_subparsers(dest="outbox_command", metavar="ACTION")
    for name, handler, text in (
        (
            "export",
            cmd_outbox_export,
            "Write the actions waiting for upload to FILE (JSON), to carry to another PC.",
        ),
        (
            "import",
            cmd_outbox_import,
            "Queue the actions of an exported FILE here; those already here are skipped.",
        ),
    ):
        command = transfer.add_parser(name, help=text, description=text)
        command.set_defaults(handler=handler)
        command.add_argument("file", metavar="FILE", type=Path)
        # Given before or after the action; a default here would undo one given before.
        command.add_argument(
            "--home", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="as above"
        )
    doctor = add(
        "doctor",
        cmd_doctor,
        "Check config, paths, keyring, server and database "
        "(exit 0 healthy, 1 problems found). Never prints a secret.",
    )
    home(doctor)
    machine = add(
        "machine-settings",
        cmd_machine_settings,
        "Write the machine-wide settings file (what the installer does with SERVER_URL=...); "
        "needs administrator rights. An empty VALUE leaves the setting as it is.",
    )
    machine.add_argument(
        "assignments", nargs="*", metavar="NAME=VALUE", help="e.g. server_url=https://..."
    )
    machine.add_argument(
        "--managed",
        action="store_true",
        help='write them as policies ("managed by your organization"), not PC defaults',
    )
    machine.add_argument(
        "--file", type=Path, default=None, help="the file (default: the site config folder)"
    )
    cases = add("cases", lambda _: 2, "The unit's cases: list, show, and every action.")
    csub = cases.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    def case_cmd(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, with_id: bool = True
    ) -> argparse.ArgumentParser:
        command = csub.add_parser(name, help=text, description=text)
        command.set_defaults(handler=handler)
        if with_id:
            command.add_argument("id", metavar="ID")
        home(command)
        return command

    listing = case_cmd(
        "list", cmd_cases_list, "The queue (overlay of pending work applied).", False
    )
    listing.add_argument(
        "--search", metavar="TEXT", help="ignores diacritics: 'le loi' finds 'Lê Lợi'"
    )
    listing.add_argument("--status", action="append", metavar="S", help="repeatable")
    listing.add_argument("--json", action="store_true", help="a JSON array of cases")
    show = case_cmd("show", cmd_cases_show, "One case with its timeline.")
    show.add_argument("--json", action="store_true")
    duplicates = case_cmd(
        "duplicates",
        cmd_cases_duplicates,
        "Possible duplicates: reports within 50 m and 14 days with similar text (offline).",
    )
    duplicates.add_argument("--json", action="store_true")
    attach_help = "a photo (JPEG, PNG, WebP) or PDF to upload with it; repeatable"
    for kind in (ActionKind.NOTE, ActionKind.REPLY):
        texted = case_cmd(
            kind.value, _action(kind, lambda a: {"text": a.text}), f"Queue a {kind.value}."
        )
        texted.add_argument("--text", required=True)
        texted.add_argument(
            "--attach", action="append", type=Path, metavar="FILE", help=attach_help
        )
    triage = case_cmd("triage", cmd_triage, "Change priority, category, deadline or assignee.")
    triage.add_argument("--priority", choices=["low", "normal", "high", "urgent"])
    triage.add_argument("--category", metavar="C")
    triage.add_argument("--due", metavar="ISO", help="deadline, ISO 8601 with a time zone")
    triage.add_argument("--assignee", metavar="U", help="a username ('' to unassign)")
    reassign = case_cmd(
        "reassign",
        _action(ActionKind.REASSIGN, lambda a: {"to": a.to, "reason": a.reason}),
        "Send the case to another unit.",
    )
    reassign.add_argument("--to", required=True, metavar="DEPT")
    reassign.add_argument("--reason", required=True, metavar="T")
    close = case_cmd(
        "close",
        _action(ActionKind.CLOSE, lambda a: {"resolution": a.resolution, "text": a.text}),
        "Close with a resolution code and a public text.",
    )
    close.add_argument("--resolution", required=True, metavar="CODE")
    close.add_argument("--text", required=True, metavar="T")
    close.add_argument("--attach", action="append", type=Path, metavar="FILE", help=attach_help)
    case_cmd("accept", _action(ActionKind.ACCEPT, lambda a: {}), "Accept an assigned case.")
    for kind in (ActionKind.RETURN, ActionKind.REOPEN):
        case_cmd(
            kind.value,
            _action(kind, lambda a: {"reason": a.reason}),
            f"{kind.value.capitalize()} the case, with a reason.",
        ).add_argument("--reason", required=True)
    assign = case_cmd(
        "assign",
        _action(ActionKind.ASSIGN, lambda a: {"assignee": a.assignee or None}),
        "Give the case to a clerk of the unit (supervisors).",
    )
    assign.add_argument("--assignee", required=True, metavar="U")
    approve = case_cmd(
        "approve",
        _action(ActionKind.APPROVE, lambda a: {"text": a.text} if a.text else {}),
        "Approve a drafted reply (supervisors), optionally edited.",
    )
    approve.add_argument("--text", metavar="T")
    case_cmd(
        "send-back",
        _action(ActionKind.SEND_BACK, lambda a: {"reason": a.reason}),
        "Send a drafted reply back to the clerk (supervisors); the reason stays internal.",
    ).add_argument("--reason", required=True, metavar="T")
