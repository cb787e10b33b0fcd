"""``presslib info FILE``: a transcript's metadata and a summary of its turns."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("info", help="print a transcript's metadata and a summary of its turns")
    p.add_argument("file", metavar="FILE", help="a transcript file")
    p.add_argument("--convention", metavar="NAME", help="force a convention (name or .toml file)")
    p.add_argument("--conventions", metavar="DIR", help="a folder (or .toml file) of your own conventions")
    p.set_defaults(func=run)


def run(args) -> int:
    import sys
    import warnings

    from ..parse import load_transcript
    from ..report.summary import describe

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        transcript = load_transcript(args.file, convention=args.convention, conventions=args.conventions)
    for w in seen:
        print(f"presslib: warning: {w.message}", file=sys.stderr)
    print(describe(transcript))
    return 0
