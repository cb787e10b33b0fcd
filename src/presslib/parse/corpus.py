"""Many transcripts at once: :func:`load_corpus` into one turns table and one metadata table.

Large corpora are parsed in several processes (the result is the same as in one); a progress
bar goes to standard error on long runs; a file that cannot be parsed either stops the run
(``errors="raise"``) or is reported and left out while every other file is kept
(``errors="collect"``: the failures are in the metadata table's ``error`` column and a
:class:`CorpusWarning` sums them up). Nothing is skipped silently.
"""

from __future__ import annotations

import glob
import os
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

from ..errors import PresslibError, PresslibWarning
from ..io.read import read_source
from ..table import COLUMNS, Meta, turns_frame
from . import parse_source

_PARALLEL_FILES = 64  # corpora this large are parsed in several processes
_PROGRESS_FILES = 200  # and this large get a progress bar when stderr is a terminal
_BATCH = 16  # files per task handed to a worker process


class CorpusWarning(PresslibWarning):
    """Some files of a corpus could not be parsed (their errors are in the metadata table)."""


def load_corpus(paths, *, jobs: int | None = None, errors: str = "raise", progress=None,
                convention=None, conventions=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse several transcripts into one turns table and one metadata table, keyed by ``doc_id``.

    ``paths`` is a list of files, or a glob pattern (``"data/raw/*.txt"``). Two files with the
    same stem get ``doc_id`` from their paths' differing parts so that ids stay unique.

    - ``jobs``: processes (default: one per core for 64 files or more, else one); same result.
    - ``errors``: ``"raise"`` stops at the first bad file; ``"collect"`` keeps the good ones and
      lists the bad ones in the metadata table (``error`` column, empty for good files), with
      a :class:`CorpusWarning` naming how many failed and the first.
    - ``progress``: ``True``/``False`` for a progress bar on standard error; by default one is
      shown for 200 files or more when standard error is a terminal.
    - ``convention``, ``conventions``: as for :func:`presslib.load_transcript`.
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors={errors!r}, expected 'raise' or 'collect'")
    files = expand(paths)
    ids = doc_ids(files)
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= _PARALLEL_FILES else 1
    jobs = max(1, min(jobs, len(files)))
    if progress is None:
        progress = len(files) >= _PROGRESS_FILES and sys.stderr.isatty()
    bar = _Progress(len(files)) if progress else None
    options = (errors, convention, conventions)
    tasks = [(files[k:k + _BATCH], ids[k:k + _BATCH], options) for k in range(0, len(files), _BATCH)]
    parts = []
    if jobs == 1:
        for task in tasks:
            parts.append(_parse_files(*task))
            bar and bar.update(len(task[0]))
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for part, task in zip(pool.map(_parse_files, *zip(*tasks)), tasks):
                parts.append(part)
                bar and bar.update(len(task[0]))
    bar and bar.close()
    metas = [m for part in parts for m in part[0]]
    for part in parts:
        for message, category in part[2]:
            warnings.warn(message, category, stacklevel=2)
    cols = _concat([part[1] for part in parts])
    meta = pd.DataFrame(metas, columns=_meta_columns(errors))
    if errors == "collect":
        failed = meta[meta["error"] != ""]
        if len(failed):
            warnings.warn(f"{len(failed)} of {len(files)} transcript(s) could not be parsed; "
                          f"first: {failed['error'].iloc[0]}", CorpusWarning, stacklevel=2)
        if len(failed) == len(files):
            if len(files) == 1:  # the file's own error, as load_transcript gives it
                _parse_files(files, ids, ("raise", convention, conventions))
            raise PresslibError(f"none of the {len(files)} transcript(s) could be parsed; "
                                f"first: {failed['error'].iloc[0]}")
    return turns_frame(cols), meta


def _meta_columns(errors: str) -> list[str]:
    names = list(Meta(doc_id="").to_dict())
    return names + ["error"] if errors == "collect" else names


def _parse_files(files, ids, options) -> tuple[list[dict], dict, list[tuple]]:
    """Parse ``files`` into metadata rows and turns columns, counts included (runs in workers)."""
    errors, convention, conventions = options
    metas, cols, caught = [], {name: [] for name in COLUMNS}, []
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for path, doc_id in zip(files, ids):
            try:
                meta, part = parse_source(read_source(path), doc_id=doc_id, convention=convention,
                                          conventions=conventions)
            except PresslibError as err:
                if errors == "raise":
                    raise
                row = Meta(doc_id=doc_id, source=str(path)).to_dict()
                row["error"] = str(err)
                metas.append(row)
                continue
            row = meta.to_dict()
            if errors == "collect":
                row["error"] = ""
            metas.append(row)
            for name in COLUMNS:
                cols[name].extend(part[name])
    caught = [(str(w.message), w.category) for w in seen]
    # as Arrow arrays: the batch's Python objects go, and the turns table keeps these as they are
    return metas, _to_arrow(cols), caught


_ARROW_TYPES = {"str": "large_string", "int64": "int64", "Int64": "int64", "bool": "bool_"}


def _to_arrow(cols: dict) -> dict:
    import pyarrow as pa

    return {name: pa.array(cols[name], type=getattr(pa, _ARROW_TYPES[dtype])()) for name, dtype in COLUMNS.items()}


def _concat(parts: list[dict]) -> dict:
    """The batches' columns as chunked Arrow arrays."""
    import pyarrow as pa

    return {name: pa.chunked_array([p[name] for p in parts], type=getattr(pa, _ARROW_TYPES[dtype])())
            for name, dtype in COLUMNS.items()}


class _Progress:
    """A one-line progress bar on standard error: files, share done, files per second."""

    def __init__(self, total: int, *, stream=None):
        self.total, self.done, self.start = total, 0, time.perf_counter()
        self.stream = stream or sys.stderr

    def update(self, n: int) -> None:
        self.done += n
        share = self.done / self.total if self.total else 1
        rate = self.done / max(time.perf_counter() - self.start, 1e-9)
        bar = "#" * int(share * 30)
        self.stream.write(f"\rparsing [{bar:<30}] {self.done}/{self.total} files {share:4.0%} ({rate:,.0f}/s)")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


def expand(paths) -> list[Path]:
    """The files that ``paths`` (a file, a glob, or a list of them) names, in order."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        if glob.has_magic(str(p)) and not Path(p).exists():
            matched = sorted(glob.glob(str(p), recursive=True))
            if not matched:
                raise PresslibError("no file matches this pattern", path=p)
            out.extend(Path(m) for m in matched)
        else:
            out.append(Path(p))
    if not out:
        raise PresslibError("no transcript files given")
    return out


def doc_ids(files: list[Path]) -> list[str]:
    """File stems, made unique with the parent folder where two files share a stem."""
    stems = Counter(f.stem for f in files)
    return [f.stem if stems[f.stem] == 1 else "/".join(f.with_suffix("").parts[-2:]) for f in files]


def load_turns(spec: str | Path, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turns and metadata tables for a notebook's ``TRANSCRIPT`` parameter.

    ``spec`` is a file or a glob; a relative one is taken from the project root, so a notebook
    names ``"data/raw/x.txt"`` whatever folder its kernel runs in. ``options`` go to
    :func:`load_corpus` (``convention=``, ``errors=``, ...).
    """
    from ..paths import project_path

    return load_corpus(str(project_path(spec)), **options)
