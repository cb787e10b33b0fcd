"""The ``presslib`` command: one subcommand per module in :mod:`presslib.commands`.

A user mistake (a missing file, a file that is not a transcript) prints one line on stderr,
``presslib: <file>:<line>: <what was expected>``, and exits with status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__
from .errors import PresslibError

#: Subcommand modules, in the order ``presslib --help`` lists them. Each has ``register(sub)``
#: that adds its parser and sets ``func`` to a function of the parsed arguments.
COMMANDS = (
    "parse", "check", "info", "conventions", "topics", "outlets", "questions", "exchanges", "report",
    "student",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presslib",
        description="Press-conference transcripts into tidy tables, charts and notebooks.",
    )
    parser.add_argument("--version", action="version", version=f"presslib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"presslib.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except PresslibError as err:
        print(f"presslib: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("presslib: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `presslib parse x.txt | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
