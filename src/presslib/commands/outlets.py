"""``presslib outlets FILE [--by outlet|country|medium] [-o OUT]``: who asked, per outlet."""

from __future__ import annotations

from . import emit_table


def register(sub) -> None:
    p = sub.add_parser(
        "outlets",
        help="question turns, follow-ups, questions and words per outlet (or country, medium)",
        description="Who got the floor: question turns, follow-ups, separate questions (sentences "
        "ending in '?') and words asked, per outlet in the order of the floor, or rolled up by "
        "country, medium or public service. Without -o the table goes to standard output as CSV.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="transcript file(s) (text, UTF-8)")
    p.add_argument("--by", choices=("outlet", "country", "medium", "public_service"),
                   default="outlet", help="one row per outlet (default) or per group")
    p.add_argument("--split", choices=("full", "fractional"), default="full",
                   help="a two-outlet label counts in full for each (default) or 1/2 each")
    p.add_argument("-o", "--output", metavar="OUT", help="write here: .csv or .parquet")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.questions import questions_table
    from ..floor.outlet_tables import summarise_outlets
    from ..parse.corpus import load_corpus

    turns, _ = load_corpus(args.files)
    table = summarise_outlets(turns, by=args.by, split=args.split, questions=questions_table(turns))
    emit_table(table, args.output, what=f"rows ({args.by})")
    return 0
