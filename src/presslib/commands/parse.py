"""``presslib parse FILE... [-o OUT] [--meta OUT] [--convokit DIR]``: the turns table of one or
more transcripts, its metadata table, and the corpus in ConvoKit's layout.

With ``-o`` the transcripts are parsed and written a batch at a time, so that a corpus larger
than memory streams to CSV or Parquet (one row group per batch); without it the table goes to
standard output once complete. Every output is written beside its target and renamed into
place when the run succeeds (:class:`~presslib.io.write.Staging`): a failed or stopped run
leaves the old outputs as they were.
"""

from __future__ import annotations

import sys
import warnings
from contextlib import ExitStack, closing

import pandas as pd

from ..errors import shown
from ..io.convokit import FILES as CONVOKIT_FILES
from ..io.convokit import ConvoKitWriter
from ..io.write import Staging, TableWriter, table_format
from ..parse.corpus import PARALLEL_BYTES, PARALLEL_FILES, iter_corpus, meta_frame
from ..table import empty_turns
from ..text import plural
from . import add_output_argument, add_transcript_arguments, emit_table


def register(sub) -> None:
    p = sub.add_parser(
        "parse",
        help="parse transcripts into the turns table (CSV or Parquet)",
        description="Parse transcripts (files, folders or globs, any convention) into one turns "
        "table keyed by doc_id. Without -o the table goes to standard output as CSV; with -o it "
        "is written as the transcripts are parsed, in bounded memory. A file that cannot be "
        "parsed is reported at the end and the others are kept; the exit status is 1 if any "
        "failed. Outputs are replaced whole, only when the run succeeds.",
    )
    add_transcript_arguments(p)
    add_output_argument(p, what="the turns table")
    p.add_argument("--meta", metavar="OUT", help="also write the metadata table here (.csv or .parquet)")
    p.add_argument("--convokit", metavar="DIR", help="also write the corpus in ConvoKit's layout here "
                   "(a new or empty folder, or an earlier export, which is replaced)")
    p.add_argument("-j", "--jobs", type=int, help=f"processes (default: one per core for corpora of "
                   f"{PARALLEL_FILES} files and {PARALLEL_BYTES / 1e6:g} MB or more, else one)")
    p.add_argument("--strict", action="store_true", help="stop at the first file that fails")
    bar = p.add_mutually_exclusive_group()
    bar.add_argument("--progress", dest="progress", action="store_true", default=None,
                     help="show a progress bar (default: on a terminal, for 200 files or more)")
    bar.add_argument("--no-progress", dest="progress", action="store_false")
    p.set_defaults(func=run)


def run(args) -> int:
    errors = "raise" if args.strict else "collect"
    for out in (args.output, args.meta):
        if out:
            table_format(out)  # an unknown format is refused before any parsing
    metas: list[dict] = []
    held: list[pd.DataFrame] = []  # the turns, when they go to standard output at the end
    with warnings.catch_warnings(record=True) as seen, Staging() as stage, ExitStack() as open_:
        warnings.simplefilter("always")
        # staged first, so that an output that cannot be written stops the run before parsing
        table = stage.file(args.output) if args.output else None
        meta_out = stage.file(args.meta) if args.meta else None
        convokit = stage.folder(args.convokit, keep=CONVOKIT_FILES) if args.convokit else None
        writer = open_.enter_context(TableWriter(table, form=table_format(args.output), escape=not args.raw_csv,
                                                 template=empty_turns())) if table else None
        ck = open_.enter_context(ConvoKitWriter(convokit)) if convokit else None
        batches = open_.enter_context(closing(iter_corpus(
            args.files, jobs=args.jobs, progress=args.progress, errors=errors,
            convention=args.convention, conventions=args.conventions)))
        for batch in batches:
            turns = batch.turns
            writer.write(turns) if writer else held.append(turns)
            if ck:
                ck.add(turns)
            metas.extend(batch.meta)
        meta = meta_frame(metas, errors=errors)
        if writer:
            writer.close()
        if meta_out:
            flat = meta.drop(columns=[c for c in meta if meta[c].map(type).eq(list).any()])
            with TableWriter(meta_out, form=table_format(args.meta), escape=not args.raw_csv) as w:
                w.write(flat)
                w.close()
        if ck:
            ck.close(meta)
    failed = meta[meta["error"] != ""] if "error" in meta else meta.iloc[:0]
    for w in seen:
        if w.category.__name__ != "CorpusWarning":  # the summary below says it
            print(f"presslib: warning: {w.message}", file=sys.stderr)
    done = f"turns from {plural(len(meta) - len(failed), 'transcript')}"
    if writer:
        print(f"{writer.rows} {done} -> {shown(args.output)}", file=sys.stderr)
    else:
        emit_table(pd.concat(held, ignore_index=True) if held else empty_turns(), None, what=done,
                   raw=args.raw_csv)
    if args.convokit:
        print(f"ConvoKit corpus -> {shown(args.convokit)}", file=sys.stderr)
    if len(failed):
        print(f"presslib: {len(failed)} of {plural(len(meta), 'transcript')} failed:", file=sys.stderr)
        for error in failed["error"]:
            print(f"  {error}", file=sys.stderr)
        return 1
    return 0
