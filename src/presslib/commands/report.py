"""``presslib report [--transcript FILE_OR_GLOB] [-o DIR]``: execute the notebooks, write reports/."""

from __future__ import annotations

from pathlib import Path

from ..errors import PresslibError
from ..parse.corpus import load_corpus
from . import add_transcript_arguments


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="execute every notebook and write HTML pages, figures and tables",
        description="Execute the notebooks in notebooks/ from fresh kernels and write one HTML "
        "page each, figures, tables and index.html. With --transcript the notebooks run on "
        "that transcript (or glob of transcripts) instead of the bundled one.",
    )
    p.add_argument("--transcript", metavar="FILE_OR_GLOB",
                   help="transcript(s) to analyse: text, HTML, XML or PDF, in any encoding")
    add_transcript_arguments(p, files=None)
    p.add_argument("-o", "--output", metavar="DIR", help="report folder (default: reports/)")
    p.add_argument("--only", metavar="NAME", action="append",
                   help="run only notebooks whose name contains NAME (repeatable)")
    p.add_argument("-j", "--jobs", type=int, help="notebooks run at once (default: cores, ≤4)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..report import list_notebooks, run_report

    # Paths are the user's, from where they run the command (as for -o); the kernels run in
    # notebooks/.
    here = Path.cwd()
    if args.conventions:
        args.conventions = str(here / Path(args.conventions).expanduser())
    if args.convention and args.convention.endswith(".toml"):
        args.convention = str(here / Path(args.convention).expanduser())
    if args.transcript:
        args.transcript = str(here / Path(args.transcript).expanduser())
        # fail early, in one line, before any notebook starts
        load_corpus(args.transcript, convention=args.convention, conventions=args.conventions)
    notebooks = list_notebooks()
    if args.only:
        notebooks = [nb for nb in notebooks if any(o in nb.stem for o in args.only)]
        if not notebooks:
            raise PresslibError(f"no notebook name contains {' or '.join(args.only)}")
    run_report(transcript=args.transcript, convention=args.convention, conventions=args.conventions,
               output=args.output, notebooks=notebooks, jobs=args.jobs)
    return 0
