"""``presslib check FILE_OR_GLOB...``: how well each transcript was read, and what looks wrong."""

from __future__ import annotations

import sys

from ..text import plural
from . import add_transcript_arguments


def register(sub) -> None:
    p = sub.add_parser(
        "check",
        help="say how well transcripts were read: words in turns, labels, speakers, warnings",
        description="Parse each transcript and report how well it was read: the convention "
        "chosen (and how the others scored), where the words went (turns, header, asides), "
        "the labels found, turns per speaker and role, question turns, exchanges, and each "
        "warning with its line. The exit status is 1 if a file could not be parsed, else 0.",
    )
    add_transcript_arguments(p)
    p.add_argument("--brief", action="store_true", help="one line per file")
    p.set_defaults(func=run)


def run(args) -> int:
    import warnings

    from ..errors import PresslibError
    from ..parse import load_transcript
    from ..parse.corpus import expand
    from ..report.summary import describe_quality

    files = expand(args.files)
    failed = warned = 0
    for path in files:
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            try:
                transcript = load_transcript(path, convention=args.convention, conventions=args.conventions)
            except PresslibError as err:
                print(f"{path}: cannot be read: {err.message}" + (f" (line {err.line})" if err.line else ""))
                failed += 1
                continue
        notes = [str(w.message) for w in seen]
        transcript.meta.warnings[:0] = notes
        warned += bool(transcript.meta.warnings)
        print(describe_quality(transcript, brief=args.brief))
    if len(files) > 1:
        print(f"\n{plural(len(files), 'file')}: {len(files) - failed} read, {warned} with warnings, {failed} failed",
              file=sys.stderr)
    return 1 if failed else 0
