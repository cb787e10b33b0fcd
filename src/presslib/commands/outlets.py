"""``presslib outlets FILE [--by outlet|country|medium] [-o OUT]``: who asked, per outlet."""

from __future__ import annotations

from . import add_output_argument, add_transcript_arguments, emit_table, read_transcripts


def register(sub) -> None:
    p = sub.add_parser(
        "outlets",
        help="question turns, follow-ups, questions and words per outlet (or country, medium)",
        description="Who got the floor: question turns, follow-ups, questions (question units: "
        "a question with its reformulations, see 'presslib questions') and words asked, per "
        "outlet in the order of the floor, or rolled up by country, medium or public service. "
        "Without -o the table goes to standard output as CSV.",
    )
    add_transcript_arguments(p)
    p.add_argument("--by", choices=("outlet", "country", "medium", "public_service"),
                   default="outlet", help="one row per outlet (default) or per group")
    p.add_argument("--split", choices=("full", "fractional"), default="full",
                   help="a two-outlet label counts in full for each (default) or 1/2 each")
    add_output_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.questions import questions_table
    from ..floor.outlet_tables import summarise_outlets

    turns, _ = read_transcripts(args)
    table = summarise_outlets(turns, by=args.by, split=args.split, questions=questions_table(turns))
    emit_table(table, args.output, what=f"rows ({args.by})")
    return 0
