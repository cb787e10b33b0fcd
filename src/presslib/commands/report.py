"""``presslib report [--transcript FILE_OR_GLOB] [-o DIR]``: execute the notebooks, write reports/."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="execute every notebook and write HTML pages, figures and tables",
        description="Execute the notebooks in notebooks/ from fresh kernels and write one HTML "
        "page each, figures, tables and index.html. With --transcript the notebooks run on "
        "that transcript (or glob of transcripts) instead of the bundled one.",
    )
    p.add_argument("--transcript", metavar="FILE_OR_GLOB", help="transcript(s) to analyse")
    p.add_argument("-o", "--output", metavar="DIR", help="report folder (default: reports/)")
    p.add_argument("--only", metavar="NAME", action="append",
                   help="run only notebooks whose name contains NAME (repeatable)")
    p.add_argument("-j", "--jobs", type=int, help="notebooks run at once (default: cores, ≤4)")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    from ..errors import PresslibError
    from ..parse.corpus import load_corpus
    from ..report import list_notebooks, run_report

    if args.transcript:
        # A relative path is the user's, from where they run the command (as for -o).
        args.transcript = str(Path.cwd() / Path(args.transcript).expanduser())
        load_corpus(args.transcript)  # fail early, in one line, before any notebook starts
    notebooks = list_notebooks()
    if args.only:
        notebooks = [nb for nb in notebooks if any(o in nb.stem for o in args.only)]
        if not notebooks:
            raise PresslibError(f"no notebook name contains {' or '.join(args.only)}")
    run_report(transcript=args.transcript, output=args.output, notebooks=notebooks, jobs=args.jobs)
    return 0
