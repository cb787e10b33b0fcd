"""``presslib exchanges FILE... [-o OUT]``: one row per question-and-answer exchange."""

from __future__ import annotations

from . import emit_table, positive_number


def register(sub) -> None:
    p = sub.add_parser(
        "exchanges",
        help="the exchanges table: questions, answer lengths and speaking time per exchange",
        description="One row per Q&A exchange: journalist, outlet, questions, question and answer "
        "words, answer/question ratio, estimated speaking time. Without -o the table goes to "
        "standard output as CSV.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="transcript files (text, UTF-8)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here: .csv or .parquet")
    p.add_argument("--wpm", type=positive_number, help="words per minute for speaking time (default 150)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..answers.exchanges import WORDS_PER_MINUTE, exchanges_table
    from ..parse.corpus import load_corpus

    turns, _ = load_corpus(args.files)
    table = exchanges_table(turns, wpm=args.wpm or WORDS_PER_MINUTE)
    emit_table(table, args.output, what=f"exchanges from {turns['doc_id'].nunique()} transcript(s)")
    return 0
