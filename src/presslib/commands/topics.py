"""``presslib topics FILE... [--by turn|exchange|role|kind|section|side] [-o OUT]``: topic frequency."""

from __future__ import annotations

from . import emit_table

BY = ("turn", "exchange", "role", "kind", "section", "side")


def register(sub) -> None:
    p = sub.add_parser(
        "topics",
        help="count the lexicon's topics per turn, exchange, role or kind (CSV or Parquet)",
        description="Count topic mentions (data/topics.toml, or --lexicon) per group of turns: "
        "one row per group and topic with hits, turns with a hit, the group's words and hits "
        "per 1,000 words. Without -o the table goes to standard output as CSV.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="transcript files (text, UTF-8)")
    p.add_argument(
        "--by",
        choices=BY,
        default="turn",
        help="group turns by this (default: turn; section = opening/q&a/closing, "
        "side = statement/question/answer/moderator)",
    )
    p.add_argument("--lexicon", metavar="TOML", help="a topic lexicon (default: data/topics.toml)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here: .csv or .parquet")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..parse.corpus import load_corpus
    from ..topics import count_topics_by, read_lexicon, topic_hits

    lexicon = read_lexicon(args.lexicon)
    turns, _ = load_corpus(args.files)
    table = count_topics_by(turns, topic_hits(turns, lexicon=lexicon), by=args.by)
    emit_table(table, args.output, what=f"rows ({args.by} x topic)")
    return 0
