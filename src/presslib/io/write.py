"""Writing tables to files, and reading the reference-data CSVs (outlet registry, word lists).

Every output is written whole or not at all: into a temporary file (or folder) beside its
target, renamed over the target once complete (:class:`Staging`). A run that fails or is
interrupted leaves the old output as it was and no half-written new one; two runs writing the
same file never mix (the last rename wins, whole). An output that cannot be written (a folder
where a file is wanted, a path under a regular file, no permission, a full disk) raises
:class:`~presslib.errors.OutputError`.

CSV is written with ``\\n`` line endings and no index, so two runs give identical bytes. The
command line escapes text cells that a spreadsheet would run as formulas
(:func:`escape_formulas`); :func:`write_table` writes cells as they are unless asked.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import OutputError, PresslibError, shown

PARQUET = (".parquet", ".pq")
CSV = (".csv", "")


def table_format(path: str | Path) -> str:
    """``"parquet"`` or ``"csv"`` by the name's extension; a :class:`PresslibError` otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix in PARQUET:
        return "parquet"
    if suffix in CSV:
        return "csv"
    raise PresslibError("unknown table format, expected a .csv or .parquet name", path=path)


def write_table(df: pd.DataFrame, path: str | Path, *, escape: bool = False) -> Path:
    """Write ``df`` as CSV, or as Parquet when ``path`` ends in ``.parquet``; return the path.

    The file is replaced whole (see the module's rules). ``escape=True`` writes CSV text cells
    that a spreadsheet would run as formulas with a leading ``'`` (:func:`escape_formulas`).
    """
    path = Path(path)
    form = table_format(path)
    with Staging() as stage:
        tmp = stage.file(path)
        if form == "parquet":
            df.to_parquet(tmp, index=False)
        else:
            (escape_formulas(df) if escape else df).to_csv(tmp, index=False, lineterminator="\n")
    return path


class TableWriter:
    """A table written a batch of rows at a time, for tables larger than memory: CSV (the
    header once, then each batch's rows) or Parquet (one row group per batch), by the name's
    extension. The bytes of a CSV are those :func:`write_table` gives for the whole table.

    Writes into ``path`` as it is: stage it (:class:`Staging`) to have it replaced whole.
    ``form`` (``"csv"`` or ``"parquet"``) overrides the extension (a staged file's name has
    none); ``template``, a table with no rows, gives the columns when no batch comes.
    """

    def __init__(self, path: str | Path, *, form: str | None = None, escape: bool = False,
                 template: pd.DataFrame | None = None):
        self.path, self.form, self.escape = Path(path), form or table_format(path), escape
        self.template, self.rows, self._started = template, 0, False
        self._parquet = None  # the pyarrow writer, opened with the first batch's schema
        self._csv = open(self.path, "w", encoding="utf-8", newline="") if self.form == "csv" else None

    def write(self, df: pd.DataFrame) -> None:
        """Append ``df``'s rows (its columns as those of the batches before)."""
        try:
            self._write(df)
        except OSError as err:  # (a full disk names no file: name this one, for the error)
            err.filename = str(self.path) if err.filename is None else err.filename
            raise
        self._started = True
        self.rows += len(df)

    def _write(self, df: pd.DataFrame) -> None:
        if self.form == "csv":
            (escape_formulas(df) if self.escape else df).to_csv(
                self._csv, index=False, header=not self._started, lineterminator="\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.path, table.schema)
            self._parquet.write_table(table)

    def close(self) -> Path:
        """Finish the file (the template's columns if no batch came); return its path."""
        if not self._started and self.template is not None:
            self.write(self.template)
        self._close()
        return self.path

    def _close(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        if self._csv is not None:
            self._csv.close()
            self._csv = None

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self._close()  # (after an error: the caller discards the file)


# OWASP's rule for CSV injection: a cell starting with one of these is a formula to a spreadsheet
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with each text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
    return prefixed with a single quote, so that a spreadsheet shows it instead of running it
    (OWASP's advice for CSV files). Numbers are not text: ``-3`` in a number column stays
    ``-3``. ``df`` is not changed.

    >>> escape_formulas(pd.DataFrame({"speaker": ["=1+2", "Ann"], "n": [-3, 4]}))
      speaker  n
    0   '=1+2 -3
    1     Ann  4
    """
    out = None
    for name in df.columns:
        col = df[name]
        if pd.api.types.is_string_dtype(col.dtype) and not isinstance(col.dtype, pd.CategoricalDtype):
            try:
                risky = col.str.startswith(FORMULA_START, na=False).astype(bool)
            except (AttributeError, TypeError):  # an object column holding more than strings
                risky = col.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).astype(bool)
            if risky.any():
                out = df.copy() if out is None else out
                out[name] = col.where(~risky, "'" + col[risky].astype(object))
    return df if out is None else out


class Staging:
    """Outputs written beside their targets and moved into place together when all succeed.

    ``with Staging() as stage:`` then ``stage.file(target)`` (or ``stage.folder(target)``)
    gives the temporary path to write; leaving the block without an exception renames each
    one over its target, leaving it by an exception (or Ctrl-C) removes them all, so the old
    outputs stay as they were. Temporary names start with ``.<target's name>.`` and end
    in ``.tmp``, in the target's folder (a rename is atomic only within one file system).
    :class:`OutputError` says which output could not be written, and why.
    """

    def __init__(self):
        self._staged: list[tuple[Path, Path, bool]] = []  # (temporary, target, is a folder)

    def __enter__(self) -> Staging:
        return self

    def file(self, target: str | Path) -> Path:
        """A new empty temporary file beside ``target``, to be renamed over it at the end."""
        target = Path(target)
        if target.is_dir():
            raise OutputError("is a folder, expected a file name", path=target)
        tmp = _temporary(target, lambda p: os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)))
        self._staged.append((tmp, target, False))
        return tmp

    def folder(self, target: str | Path, *, keep: tuple[str, ...] = ()) -> Path:
        """A new empty temporary folder beside ``target``, to take its place at the end.

        ``target`` may exist when it is empty or holds only files named in ``keep`` (an earlier
        output of the same kind): a folder holding anything else is refused, never replaced.
        """
        target = Path(target)
        if target.exists() or target.is_symlink():
            if not target.is_dir() or target.is_symlink():
                raise OutputError("exists and is not a folder, expected a folder name", path=target)
            others = sorted(p.name for p in target.iterdir() if p.name not in keep)
            if others:
                raise OutputError(f"holds other files ({shown(others[0])}, ...), expected a new or "
                                  "empty folder or an earlier output", path=target)
        tmp = _temporary(target, lambda p: os.mkdir(p, 0o777))
        self._staged.append((tmp, target, True))
        return tmp

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            blamed = self._blame(value) if isinstance(value, OSError) else None
            self.discard()
            if isinstance(value, OSError) and not isinstance(value, OutputError):
                raise _output_error(value, blamed) from None
            return
        while self._staged:
            tmp, target, is_folder = self._staged[0]
            try:
                if is_folder:
                    _replace_folder(tmp, target)
                else:
                    _sync(tmp)  # the bytes on disk before the name points at them
                    os.replace(tmp, target)
            except OSError as err:
                self.discard()
                raise _output_error(err, target) from None
            self._staged.pop(0)

    def _blame(self, err: OSError) -> Path | None:
        """The output being written when ``err`` came: the one whose temporary path it names,
        else the last one staged (outputs are written in the order they are staged)."""
        named = {str(tmp): target for tmp, target, _ in self._staged}
        if err.filename is not None and str(err.filename) in named:
            return named[str(err.filename)]
        return self._staged[-1][1] if self._staged else None

    def discard(self) -> None:
        """Remove every temporary file and folder staged so far; the targets stay as they were."""
        for tmp, _, is_folder in self._staged:
            try:
                shutil.rmtree(tmp) if is_folder else os.unlink(tmp)
            except FileNotFoundError:
                pass  # already renamed into place
        self._staged = []


def _temporary(target: Path, make) -> Path:
    """A fresh name beside ``target``, made by ``make``; its folder is created if need be."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        while True:
            tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
            try:
                make(tmp)
                return tmp
            except FileExistsError:
                continue
    except OSError as err:
        raise _output_error(err, target) from None


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _output_error(err: OSError, target) -> OutputError:
    if err.errno in (errno.ENOTDIR, errno.EEXIST) and target is not None:
        reason = "a folder on its path is a file"
    else:
        reason = err.strerror or str(err)
    return OutputError(f"cannot write ({reason}); nothing written", path=target)


_RENAME_EXCHANGE = 2  # renameat2's flag: swap two paths in one step (Linux 3.15)
_AT_FDCWD = -100


def _replace_folder(tmp: Path, target: Path) -> None:
    """Put folder ``tmp`` in the place of ``target``: a rename when ``target`` is missing or
    empty, else a swap of the two in one step where the system has one (Linux), else two
    renames; the old folder is then removed."""
    try:
        os.rename(tmp, target)
        return
    except OSError as err:
        if err.errno not in (errno.ENOTEMPTY, errno.EEXIST):
            raise
    if _exchange(tmp, target):
        shutil.rmtree(tmp)  # now the old output
        return
    old = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.old.tmp")
    os.rename(target, old)
    os.rename(tmp, target)
    shutil.rmtree(old)


@lru_cache(maxsize=1)
def linux_libc() -> ctypes.CDLL | None:
    """The C library of this process on Linux (for ``renameat2`` here, ``prctl`` in
    :mod:`presslib.parse.corpus`); ``None`` elsewhere, or where it cannot be loaded."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2; False where that is not available."""
    rename = getattr(linux_libc(), "renameat2", None)  # (a C library without it: older glibc)
    if rename is None:
        return False
    done = rename(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return done == 0


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
