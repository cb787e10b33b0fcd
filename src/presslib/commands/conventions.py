"""``presslib conventions [--conventions DIR]``: the transcript conventions presslib knows."""

from __future__ import annotations

from ..parse.conventions import conventions
from . import add_conventions_argument


def register(sub) -> None:
    p = sub.add_parser(
        "conventions",
        help="list the transcript conventions presslib can read (bundled and your own)",
        description="List the transcript conventions: the bundled ones, those in the folders "
        "named by $PRESSLIB_CONVENTIONS, and those in --conventions. Add one by writing a "
        ".toml description (see the README).",
    )
    add_conventions_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    for conv in conventions(args.conventions).values():
        print(f"{conv.name:<14}{conv.description}")
        print(f"{'':<14}e.g. {conv.example!r}  ({conv.source})")
    return 0
