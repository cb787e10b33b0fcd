"""``presslib exchanges FILE... [-o OUT]``: one row per question-and-answer exchange."""

from __future__ import annotations

from ..text import plural
from . import (
    add_output_argument,
    add_transcript_arguments,
    emit_table,
    positive_number,
    read_transcripts,
)


def register(sub) -> None:
    p = sub.add_parser(
        "exchanges",
        help="the exchanges table: questions, answer lengths and speaking time per exchange",
        description="One row per Q&A exchange: journalist, outlet, questions, question and answer "
        "words, answer/question ratio, estimated speaking time. Without -o the table goes to "
        "standard output as CSV.",
    )
    add_transcript_arguments(p)
    add_output_argument(p)
    p.add_argument("--wpm", type=positive_number, help="words per minute for speaking time (default 150)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.exchanges import WORDS_PER_MINUTE, exchanges_table

    turns, _ = read_transcripts(args)
    table = exchanges_table(turns, wpm=args.wpm or WORDS_PER_MINUTE)
    emit_table(table, args.output, what=f"exchanges from {plural(turns['doc_id'].nunique(), 'transcript')}")
    return 0
