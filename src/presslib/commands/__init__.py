"""Subcommands of the ``presslib`` command line, one module each (see :mod:`presslib.cli`)."""

from __future__ import annotations

import argparse
import sys


def emit_table(table, output: str | None, *, what: str) -> None:
    """Write ``table`` to ``output`` (CSV or Parquet by extension) and say so on standard error,
    or, without ``output``, print it to standard output as CSV."""
    if output:
        from ..io.write import write_table

        path = write_table(table, output)
        print(f"{len(table)} {what} -> {path}", file=sys.stderr)
    else:
        table.to_csv(sys.stdout, index=False, lineterminator="\n")


def positive_number(text: str) -> float:
    """An argparse type: a number greater than zero."""
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number greater than 0, got {text!r}")
    return value
