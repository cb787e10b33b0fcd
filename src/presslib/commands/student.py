"""``presslib student [-o DIR]``: student copies of the notebooks, solutions removed."""

from __future__ import annotations

from ..text import plural


def register(sub) -> None:
    p = sub.add_parser(
        "student",
        help="write student copies of the notebooks (solution cells removed, outputs cleared)",
        description="Write a copy of every notebook without the cells tagged 'solution' and "
        "without outputs, for students. The copies run from top to bottom; their self-check "
        "cells say 'Not yet answered' until the student fills in the answers.",
    )
    p.add_argument("-o", "--output", metavar="DIR", help="folder for the copies (default: student/)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..report.run import skip_iri_grammar
    from ..report.teaching import write_student_copies

    skip_iri_grammar()  # this process validates no IRI: save the second its grammars take
    written = write_student_copies(output=args.output)
    folder = written[0].parent if written else args.output
    print(f"{plural(len(written), 'student notebook')} -> {folder}")
    return 0
