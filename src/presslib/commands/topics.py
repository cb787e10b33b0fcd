"""``presslib topics FILE... [--by turn|exchange|role|kind|section|side] [-o OUT]``: topic frequency."""

from __future__ import annotations

from . import add_output_argument, add_transcript_arguments, emit_table, read_transcripts

BY = ("turn", "exchange", "role", "kind", "section", "side")


def register(sub) -> None:
    p = sub.add_parser(
        "topics",
        help="count the lexicon's topics per turn, exchange, role or kind (CSV or Parquet)",
        description="Count topic mentions (data/topics.toml, or --lexicon) per group of turns: "
        "one row per group and topic with hits, turns with a hit, the group's words and hits "
        "per 1,000 words. Without -o the table goes to standard output as CSV.",
    )
    add_transcript_arguments(p)
    p.add_argument(
        "--by",
        choices=BY,
        default="turn",
        help="group turns by this (default: turn; section = opening/q&a/closing, "
        "side = statement/question/answer/moderator)",
    )
    p.add_argument("--lexicon", metavar="TOML", help="a topic lexicon (default: data/topics.toml)")
    add_output_argument(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..topics import count_topics_by, read_lexicon, topic_hits

    lexicon = read_lexicon(args.lexicon)
    turns, _ = read_transcripts(args)
    table = count_topics_by(turns, topic_hits(turns, lexicon=lexicon), by=args.by)
    emit_table(table, args.output, what=f"rows ({args.by} x topic)")
    return 0
