"""``presslib report [--transcript FILE_OR_GLOB] [--lexicon F] [--outlets F] [--markers F] [-o DIR]
[--vector svg|pdf]``:
execute the notebooks, write a report folder (``reports/<transcript name>/`` by default)."""

from __future__ import annotations

from .. import paths
from ..errors import PresslibError
from ..parse.corpus import load_corpus
from . import add_transcript_arguments


def register(sub) -> None:
    p = sub.add_parser(
        "report",
        help="execute every notebook and write HTML pages, figures and tables",
        description="Execute the notebooks in notebooks/ from fresh kernels and write one HTML "
        "page each, figures, tables and index.html into a folder of the run's own "
        "(default: reports/<name of the transcript>/). With --transcript the notebooks run on "
        "that transcript (or glob of transcripts) instead of the bundled one; --lexicon, "
        "--outlets and --markers give them other reference data. A relative path is taken "
        "from the current folder when it exists there, else from the project folder.",
    )
    p.add_argument("--transcript", metavar="FILE_OR_GLOB",
                   help="transcript(s) to analyse: text, HTML, XML or PDF, in any encoding")
    add_transcript_arguments(p, files=None)
    p.add_argument("--lexicon", metavar="FILE", help="topic lexicon (TOML; default data/topics.toml)")
    p.add_argument("--outlets", metavar="FILE", help="outlet registry (CSV; default data/outlets.csv)")
    p.add_argument("--markers", metavar="FILE", help="discourse-marker list (CSV; default data/markers.csv)")
    p.add_argument("-o", "--output", metavar="DIR",
                   help="report folder (default: reports/<name of the transcript>/)")
    p.add_argument("--only", metavar="NAME", action="append",
                   help="run only notebooks whose name contains NAME (repeatable)")
    p.add_argument("-j", "--jobs", type=int, help="notebooks run at once (default: cores, ≤4)")
    p.add_argument("--vector", choices=paths.VECTOR_FORMATS,
                   help="also save each figure as SVG or PDF, beside its PNG (default: PNG only)")
    p.set_defaults(func=run)


def _check_reference_data(args) -> None:
    """Read each reference file given, so that a mistake is one line before any notebook runs."""
    from ..discourse.markers import read_markers
    from ..outlets import read_registry
    from ..topics.lexicon import read_lexicon

    for option, reader in (("lexicon", read_lexicon), ("outlets", read_registry), ("markers", read_markers)):
        value = getattr(args, option)
        if value:
            found = paths.project_path(value)
            if not found.is_file():
                raise PresslibError(f"no such file, expected the {option} file", path=found)
            reader(found)
            setattr(args, option, str(found))


def run(args) -> int:
    from ..report import list_notebooks, run_report
    from ..report.run import skip_iri_grammar

    skip_iri_grammar()  # this process validates no IRI: save the second its grammars take
    if args.conventions:
        args.conventions = str(paths.project_path(args.conventions))
    if args.convention and args.convention.endswith(".toml"):
        args.convention = str(paths.project_path(args.convention))
    _check_reference_data(args)
    if args.transcript:
        args.transcript = str(paths.project_path(args.transcript))
        # fail early, in one line, before any notebook starts
        if args.outlets:
            paths.use_reference_data(outlets=args.outlets)
        load_corpus(args.transcript, convention=args.convention, conventions=args.conventions)
    notebooks = list_notebooks()
    if args.only:
        notebooks = [nb for nb in notebooks if any(o in nb.stem for o in args.only)]
        if not notebooks:
            raise PresslibError(f"no notebook name contains {' or '.join(args.only)}")
    run_report(transcript=args.transcript, convention=args.convention, conventions=args.conventions,
               lexicon=args.lexicon, outlets=args.outlets, markers=args.markers,
               output=args.output, notebooks=notebooks, jobs=args.jobs, vector=args.vector)
    return 0
