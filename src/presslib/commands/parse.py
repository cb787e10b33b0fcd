"""``presslib parse FILE... [-o OUT]``: the turns table of one or more transcripts."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "parse",
        help="parse transcripts into the turns table (CSV or Parquet)",
        description="Parse transcripts into one turns table keyed by doc_id. Without -o the "
        "table goes to standard output as CSV.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="transcript files (text, UTF-8)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here: .csv or .parquet")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..readers import write_table
    from ..transcript import load_corpus

    turns, _ = load_corpus(args.files)
    if args.output:
        path = write_table(turns, args.output)
        print(f"{len(turns)} turns from {turns['doc_id'].nunique()} transcript(s) -> {path}", file=sys.stderr)
    else:
        turns.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0
