"""``deskhandler``: the desk's command line (argparse subcommands).

For now it has ``demo``; ``login``, ``sync``, ``cases ...``, ``outbox`` and ``doctor`` join
as subcommands in later issues, each added by one ``add_parser`` call in `build_parser`
and one handler.  Imports of heavy parts stay inside the handlers, so ``deskhandler
--help`` is fast and needs no server extras.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from deskhandler import __version__

PROG = "deskhandler"


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        from deskhandler.demo import run_demo  # noqa: PLC0415 - needs the server extras
    except ImportError as error:  # pragma: no cover - depends on the installation
        print(f"{PROG}: error: the demo needs the server extras: {error}", file=sys.stderr)
        return 1
    return run_demo(role=args.role, cases=args.cases, port=args.port, home=args.home)


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The desk of a unit that handles citizens' scene reports.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=text, description=text)
        command.set_defaults(handler=handler)
        return command

    demo = add(
        "demo",
        cmd_demo,
        "Start the central API on loopback with seeded Huế data (the desk GUI joins in a "
        "later release).",
    )
    demo.add_argument(
        "--as",
        dest="role",
        choices=["clerk", "supervisor", "coordinator"],
        default="clerk",
        help="which demo account to sign in with (default %(default)s)",
    )
    demo.add_argument(
        "--cases", type=_count, default=2000, help="cases to seed (default %(default)s)"
    )
    demo.add_argument(
        "--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)"
    )
    demo.add_argument(
        "--home",
        type=Path,
        default=os.environ.get("DESKHANDLER_HOME") or None,
        metavar="DIR",
        help="keep the demo's files in DIR and reuse them next time "
        "(default: $DESKHANDLER_HOME, else a throwaway folder)",
    )
    from deskhandler.cli_desk import add_desk_commands  # noqa: PLC0415 - keeps --help light

    add_desk_commands(add, _home_option)
    return parser


def _home_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--home",
        type=Path,
        default=None,
        metavar="DIR",
        help="keep all of this profile's files in DIR (default: $DESKHANDLER_HOME, else the "
        "user's data folders)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command is None:
        parser.print_help()
        return 0
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
