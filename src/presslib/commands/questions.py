"""``presslib questions FILE... [-o OUT]``: the journalists' separate questions, one row each."""

from __future__ import annotations

from . import add_output_argument, add_transcript_arguments, emit_table, read_transcripts


def register(sub) -> None:
    p = sub.add_parser(
        "questions",
        help="the questions table: each journalist turn split into its separate questions",
        description="One row per separate question (direct or indirect), with its exchange, turn "
        "and source line; courtesy and self-identification are left out. With --parts, every "
        "sentence of the journalists' turns with its part. Without -o the table goes to "
        "standard output as CSV.",
    )
    add_transcript_arguments(p)
    add_output_argument(p)
    p.add_argument("--parts", action="store_true",
                   help="list every sentence with its part (question, courtesy, context, ...)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.questions import question_parts, questions_table

    turns, _ = read_transcripts(args)
    table = question_parts(turns) if args.parts else questions_table(turns)
    what = "sentences" if args.parts else "questions"
    emit_table(table, args.output, what=f"{what} from {turns['doc_id'].nunique()} transcript(s)")
    return 0
