"""Writing tables to files, and reading the reference-data CSVs (outlet registry, word lists).

CSV is written with ``\\n`` line endings and no index, so two runs give identical bytes.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import PresslibError


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as CSV, or as Parquet when ``path`` ends in ``.parquet``; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in {".parquet", ".pq"}:
        df.to_parquet(path, index=False)
    elif path.suffix.lower() in {".csv", ""}:
        df.to_csv(path, index=False, lineterminator="\n")
    else:
        raise PresslibError("unknown table format, expected a .csv or .parquet name", path=path)
    return path


def read_data_csv(path: str | Path, columns, *, what: str) -> pd.DataFrame:
    """A reference-data CSV (all text, empty cells as ``""``), its columns checked.

    Raises :class:`PresslibError` naming the file when it is missing, and its first line when
    it lacks one of ``columns``; ``what`` names the file for the reader ("outlet registry").
    """
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise PresslibError(f"{what} not found", path=path) from None
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise PresslibError(f"{what} lacks columns {missing}", path=path, line=1)
    return table
