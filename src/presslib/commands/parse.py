"""``presslib parse FILE... [-o OUT]``: the turns table of one or more transcripts."""

from __future__ import annotations

import sys
import warnings

from ..io.write import write_table
from ..to_convokit import write_convokit
from . import add_output_argument, add_transcript_arguments, emit_table, read_transcripts


def register(sub) -> None:
    p = sub.add_parser(
        "parse",
        help="parse transcripts into the turns table (CSV or Parquet)",
        description="Parse transcripts (files or globs, any convention) into one turns table "
        "keyed by doc_id. Without -o the table goes to standard output as CSV. A file that "
        "cannot be parsed is reported at the end and the others are kept; the exit status is "
        "1 if any failed.",
    )
    add_transcript_arguments(p)
    add_output_argument(p, what="the turns table")
    p.add_argument("--meta", metavar="OUT", help="also write the metadata table here (.csv or .parquet)")
    p.add_argument("--convokit", metavar="DIR", help="also write the corpus in ConvoKit's layout here")
    p.add_argument("-j", "--jobs", type=int, help="processes (default: one per core for large corpora)")
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar (default: on a terminal, for 200 files or more)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=run)


def run(args) -> int:
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        turns, meta = read_transcripts(args, jobs=args.jobs, progress=args.progress,
                                       errors="raise" if args.strict else "collect")
    failed = meta[meta["error"] != ""] if "error" in meta else meta.iloc[:0]
    for w in seen:
        if w.category.__name__ != "CorpusWarning":  # the summary below says it
            print(f"presslib: warning: {w.message}", file=sys.stderr)
    emit_table(turns, args.output, what=f"turns from {turns['doc_id'].nunique()} transcript(s)")
    if args.meta:
        write_table(meta.drop(columns=[c for c in meta if meta[c].map(type).eq(list).any()]), args.meta)
    if args.convokit:
        print(f"ConvoKit corpus -> {write_convokit(turns, args.convokit, meta=meta)}", file=sys.stderr)
    if len(failed):
        print(f"presslib: {len(failed)} of {len(meta)} transcript(s) failed:", file=sys.stderr)
        for error in failed["error"]:
            print(f"  {error}", file=sys.stderr)
        return 1
    return 0
