"""``presslib info FILE``: a transcript's metadata and a summary of its turns."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("info", help="print a transcript's metadata and a summary of its turns")
    p.add_argument("file", metavar="FILE", help="a transcript file")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..summary import describe
    from ..transcript import load_transcript

    print(describe(load_transcript(args.file)))
    return 0
