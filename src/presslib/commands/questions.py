"""``presslib questions FILE... [-o OUT]``: the journalists' questions, one row per question unit."""

from __future__ import annotations

from ..text import plural
from . import add_output_argument, add_transcript_arguments, emit_table, read_transcripts


def register(sub) -> None:
    p = sub.add_parser(
        "questions",
        help="the questions table: one row per question a journalist asked (a question unit)",
        description="One row per question unit asked (a question with its reformulations), with "
        "its exchange, turn and source line; courtesy, self-identification, prefaces, context and "
        "reported speech are parts of a unit, not questions. With --parts, every piece of the "
        "journalists' turns with its part and unit. Without -o the table goes to standard output "
        "as CSV.",
    )
    add_transcript_arguments(p)
    add_output_argument(p)
    p.add_argument("--parts", action="store_true",
                   help="list every piece with its part (question, variant, context, courtesy, ...)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.questions import questions_table
    from ..design.units import unit_parts

    turns, _ = read_transcripts(args)
    table = unit_parts(turns) if args.parts else questions_table(turns)
    what = "pieces" if args.parts else "questions"
    emit_table(table, args.output, what=f"{what} from {plural(turns['doc_id'].nunique(), 'transcript')}")
    return 0
