"""``deskhandler``: the desk's command line (argparse subcommands).

With no command it starts the desk GUI; ``demo``, ``login``, ``sync``, ``cases ...``,
``outbox`` and ``doctor`` are subcommands, each added by one ``add_parser`` call and one
handler.  Imports of heavy parts (the server, Qt) stay inside the handlers, so
``deskhandler --help`` and every command but the GUI run without loading Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from deskhandler import __version__
from deskhandler.support import ensure_std_streams

PROG = "deskhandler"


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        from deskhandler.demo import run_demo  # noqa: PLC0415 - needs the server extras
    except ImportError as error:  # pragma: no cover - depends on the installation
        print(f"{PROG}: error: the demo needs the server extras: {error}", file=sys.stderr)
        return 1
    return run_demo(
        role=args.role,
        cases=args.cases,
        port=args.port,
        home=args.home,
        gui=not args.no_gui,
        offline_after=args.offline_after,
        offline_for=args.offline_for,
    )


def cmd_gui(args: argparse.Namespace) -> int:
    from deskhandler.ui.app import main as gui_main  # noqa: PLC0415 - Qt only for the GUI

    return gui_main(args.gui_home)


def cmd_self_test(args: argparse.Namespace) -> int:
    from deskhandler.ui.self_test import main as self_test_main  # noqa: PLC0415 - Qt

    return self_test_main(args.gui_home)


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


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
    parser.add_argument(
        "--home",
        dest="gui_home",
        type=Path,
        default=None,
        metavar="DIR",
        help="with no command: start the desk GUI on the profile in DIR "
        "(default: $DESKHANDLER_HOME, else the user's data folders)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="draw the desk's windows over sample cases in a temporary folder and say "
        "whether this PC can show them (for IT: nothing is sent, your profile is not "
        "opened; exit code 0 when every check passed)",
    )
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
        "Start the central API on loopback with seeded Huế data and open the desk GUI "
        "signed in as a demo account.",
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
    demo.add_argument(
        "--no-gui",
        action="store_true",
        help="only serve the central API and print its address (until Ctrl+C)",
    )
    demo.add_argument(
        "--offline-after",
        type=_seconds,
        default=None,
        metavar="N",
        help="drop the connection after N seconds, so work queues offline and uploads "
        "when it returns",
    )
    demo.add_argument(
        "--offline-for",
        type=_seconds,
        default=30.0,
        metavar="N",
        help="how long the connection stays down with --offline-after (default %(default)s s)",
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
    ensure_std_streams()  # deskhandlerw.exe (windowed) has neither stdout nor stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    if args.command is None:
        return cmd_self_test(args) if args.self_test else cmd_gui(args)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``deskhandler cases list | head``): stop quietly, as other
        # command-line tools do.  Output still buffered would fail again at exit, so it
        # goes to the null device instead.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it


if __name__ == "__main__":
    sys.exit(main())
