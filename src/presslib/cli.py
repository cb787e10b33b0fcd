"""The ``presslib`` command: one subcommand per module in :mod:`presslib.commands`.

Exit statuses: 0 done; 1 some transcripts could not be parsed (the others were written);
2 a user mistake (a missing file, a file that is not a transcript, a bad option); 3 an output
could not be written (``-o`` is a folder or under a file, no permission, a full disk);
130 interrupted (Ctrl-C), 143 terminated (SIGTERM). Each error is one line on stderr,
``presslib: <file>:<line>: <what was expected>``, never a traceback; a file name holding a
newline or another control character is quoted with its escapes, so the line stays one line.
A run that fails or is stopped leaves no new or half-written output file.
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys

from . import __version__
from .errors import OutputError, PresslibError

#: Subcommand modules, in the order ``presslib --help`` lists them. Each has ``register(sub)``
#: that adds its parser and sets ``func`` to a function of the parsed arguments.
COMMANDS = (
    "parse", "check", "info", "conventions", "topics", "outlets", "questions", "exchanges", "report",
    "student",
)

#: Exit statuses (see the module's docstring).
FAILED_SOME, USER_MISTAKE, CANNOT_WRITE, INTERRUPTED, TERMINATED = 1, 2, 3, 130, 143


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="presslib",
        description="Press-conference transcripts into tidy tables, charts and notebooks.",
        epilog="Exit status: 0 done, 1 some transcripts failed, 2 a user mistake, 3 an output "
               "could not be written.",
    )
    parser.add_argument("--version", action="version", version=f"presslib {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"presslib.commands.{name}").register(sub)
    return parser


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that outputs being written are removed."""


def _terminate(signum, frame):
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    previous = _on_sigterm(_terminate)
    try:
        return args.func(args) or 0
    except OutputError as err:
        print(f"presslib: {err}", file=sys.stderr)
        return CANNOT_WRITE
    except PresslibError as err:
        print(f"presslib: {err}", file=sys.stderr)
        return USER_MISTAKE
    except KeyboardInterrupt:
        print("presslib: interrupted; no output written", file=sys.stderr)
        return INTERRUPTED
    except _Terminated:
        print("presslib: terminated; no output written", file=sys.stderr)
        return TERMINATED
    except BrokenPipeError:  # e.g. `presslib parse x.txt | head`
        sys.stderr.close()
        return 0
    finally:
        _on_sigterm(previous)


def _on_sigterm(handler):
    """Install ``handler`` for SIGTERM where this is the main thread; return the previous one."""
    try:
        return signal.signal(signal.SIGTERM, handler)
    except (ValueError, TypeError):  # not the main thread, or no previous Python handler
        return None


if __name__ == "__main__":
    sys.exit(main())
