"""``presslib info FILE``: a transcript's metadata and a summary of its turns."""

from __future__ import annotations

import sys
import warnings

from ..parse import load_transcript
from . import add_transcript_arguments


def register(sub) -> None:
    p = sub.add_parser("info", help="print a transcript's metadata and a summary of its turns")
    add_transcript_arguments(p, files="one")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..report.summary import describe

    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        transcript = load_transcript(args.file, convention=args.convention, conventions=args.conventions)
    for w in seen:
        print(f"presslib: warning: {w.message}", file=sys.stderr)
    print(describe(transcript))
    return 0
