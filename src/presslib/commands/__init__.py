"""Subcommands of the ``presslib`` command line, one module each (see :mod:`presslib.cli`), and
the arguments they share.

Every subcommand that reads transcripts takes them with :func:`add_transcript_arguments` (files
or globs, ``--convention``, ``--conventions``) and reads them with :func:`read_transcripts`;
one that writes a table takes ``-o`` with :func:`add_output_argument` and writes it with
:func:`emit_table`. A subcommand imports the analyses it runs inside its ``run``, so that
``presslib --help`` and each subcommand load only what they use.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import shown
from ..io.write import Staging, escape_formulas, table_format, write_table
from ..parse.corpus import load_corpus

#: What a transcript file may be, for help texts.
TRANSCRIPT_FORMS = "text, HTML, XML or PDF, in any encoding"


def add_transcript_arguments(parser, *, files: str = "many") -> None:
    """Add the transcript arguments: ``FILE...`` (``files="many"``: files or globs), ``FILE``
    (``"one"``) or none (``None``), then ``--convention`` and ``--conventions``."""
    if files == "many":
        parser.add_argument("files", nargs="+", metavar="FILE",
                            help=f"transcript files or globs ({TRANSCRIPT_FORMS})")
    elif files == "one":
        parser.add_argument("file", metavar="FILE", help=f"a transcript file ({TRANSCRIPT_FORMS})")
    parser.add_argument("--convention", metavar="NAME",
                        help="read by this convention (a name or a .toml file) instead of the one "
                             "that fits best")
    add_conventions_argument(parser)


def add_conventions_argument(parser) -> None:
    """Add ``--conventions DIR``: a folder (or ``.toml`` file) of the user's own conventions."""
    parser.add_argument("--conventions", metavar="DIR",
                        help="a folder (or .toml file) of your own conventions")


def add_output_argument(parser, *, what: str = "the table") -> None:
    """Add ``-o/--output OUT``: where to write ``what`` (CSV or Parquet by the extension), and
    ``--raw-csv``: CSV cells as they are, formulas included."""
    parser.add_argument("-o", "--output", metavar="OUT",
                        help=f"write {what} here: .csv or .parquet (default: CSV on standard output)")
    parser.add_argument("--raw-csv", action="store_true",
                        help="write CSV text cells as they are; by default a cell starting with "
                             "= + - @, a tab or a carriage return gets a leading ' so that a "
                             "spreadsheet does not run it as a formula")


def read_transcripts(args, **options):
    """The turns and metadata tables of ``args.files``, read with the transcript arguments;
    ``options`` go to :func:`presslib.load_corpus` too. An ``-o`` that cannot be written is
    refused first, before any parsing."""
    if getattr(args, "output", None):
        check_output(args.output)
    return load_corpus(args.files, convention=args.convention, conventions=args.conventions,
                       **options)


def check_output(output: str) -> None:
    """Refuse an output that cannot be written (an unknown format: :class:`PresslibError`; a
    folder, a path under a file, no permission: :class:`OutputError`), writing nothing."""
    table_format(output)
    trial = Staging()
    trial.file(output)  # creates an empty file beside the target,
    trial.discard()  # and removes it: the target is untouched


def emit_table(table, output: str | None, *, what: str, raw: bool = False) -> None:
    """Write ``table`` to ``output`` (CSV or Parquet by extension, replaced whole) and say so on
    standard error, or, without ``output``, print it to standard output as CSV. CSV text cells
    that a spreadsheet would run as formulas are escaped unless ``raw``
    (:func:`~presslib.io.write.escape_formulas`)."""
    if output:
        path = write_table(table, output, escape=not raw)
        print(f"{len(table)} {what} -> {shown(path)}", file=sys.stderr)
    else:
        (table if raw else escape_formulas(table)).to_csv(sys.stdout, index=False, lineterminator="\n")


def positive_number(text: str) -> float:
    """An argparse type: a number greater than zero."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number greater than 0, got {text!r}")
    return value
