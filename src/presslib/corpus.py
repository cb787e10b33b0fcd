"""Many transcripts at once: :func:`load_corpus` into one turns table and one metadata table.

Large corpora are parsed in several processes (the result is the same as in one); a progress
bar goes to standard error on long runs; a file that cannot be parsed either stops the run
(``errors="raise"``) or is reported and left out while every other file is kept
(``errors="collect"``: the failures are in the metadata table's ``error`` column and a
:class:`CorpusWarning` sums them up). Nothing is skipped silently.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import PresslibError, PresslibWarning
from .readers import read_text
from .text import count_text_utf8

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
    if jobs == 1:
        parts = []
        for task in tasks:
            parts.append(_parse_files(*task))
            bar and bar.update(len(task[0]))
    else:
        from concurrent.futures import ProcessPoolExecutor

        _warm_up(conventions)
        with _spill_folder(files) as spill, ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = []
            for part, task in zip(pool.map(_parse_files, *zip(*tasks), [spill] * len(tasks)), tasks):
                parts.append(_unspill(part))  # (in order)
                bar and bar.update(len(task[0]))
    bar and bar.close()
    metas = [m for part in parts for m in part[0]]
    for part in parts:
        for message, category in part[2]:
            warnings.warn(message, category, stacklevel=2)
    cols = _concat([p[1] for p in parts])
    from .transcript import turns_frame

    meta = pd.DataFrame(metas)
    if errors == "collect":
        failed = meta[meta["error"] != ""] if len(meta) else meta
        if len(failed):
            warnings.warn(f"{len(failed)} of {len(files)} transcript(s) could not be parsed; "
                          f"first: {failed['error'].iloc[0]}", CorpusWarning, stacklevel=2)
        if len(failed) == len(files):
            if len(files) == 1:  # the file's own error, as load_transcript gives it
                _parse_files(files, ids, ("raise", convention, conventions))
            raise PresslibError(f"none of the {len(files)} transcript(s) could be parsed; "
                                f"first: {failed['error'].iloc[0]}")
    return turns_frame(cols), meta


def _warm_up(extra) -> None:
    """Load what every parse needs (the conventions, the outlet registry and its search) before
    the worker processes start, so that where they fork from this one they inherit it rather
    than each loading it again."""
    from .attribution import warm_up as warm_attribution
    from .conventions import conventions

    try:
        conventions(extra)
    except PresslibError:
        pass  # a bad conventions path is reported for each file, as with one process
    warm_attribution()


def _parse_files(files, ids, options, spill: str | None = None) -> tuple[list[dict], dict, list[tuple]]:
    """Parse ``files`` into metadata rows and turns columns as Arrow arrays, counts included
    (runs in workers). With ``spill`` (a folder), the columns are written to a file there and
    its path is returned in their place (see :func:`_spill_folder`)."""
    from .transcript import Meta, parse_columns

    errors, convention, conventions = options
    metas, parts, caught = [], [], []
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        for path, doc_id in zip(files, ids):
            try:
                text, raw = read_text(path)
                meta, cols = parse_columns(text, doc_id=doc_id, source=str(path),
                                           convention=convention, conventions=conventions)
            except PresslibError as err:
                if errors == "raise":
                    raise
                row = Meta(doc_id=doc_id, source=str(path)).to_dict()
                row["error"] = str(err)
                metas.append(row)
                continue
            meta.sha256 = hashlib.sha256(raw).hexdigest()
            row = meta.to_dict()
            if errors == "collect":
                row["error"] = ""
            metas.append(row)
            parts.append(cols)
    caught = [(str(w.message), w.category) for w in seen]
    cols = _concat(parts)
    # The counts and the text's UTF-8 in one pass (in C where it was built)
    *counts, data, offsets = count_text_utf8(cols.get("text", []))
    cols["n_words"], cols["n_sentences"], cols["n_questions"] = counts
    # Arrow columns go into pandas uncopied; from a worker, through a file the caller maps
    # (or, should that file not fit, through the pipe).
    arrays = _to_arrow(cols, (data, offsets))
    return metas, arrays if spill is None else _spill(arrays, spill), caught


@contextlib.contextmanager
def _spill_folder(files: list[Path]):
    """A folder for the workers' columns, removed afterwards; ``None`` where files cannot be
    removed while mapped (Windows), and the columns go back through the pipe.

    Through the pipe, 40 MB of text is copied four times (pickled, written, read, unpickled),
    which busies the parent process as much as a fifth of a worker. Written to a file and
    mapped by the parent, it is copied once. The folder is in memory (``/dev/shm``) where that
    has room for twice the corpus (the mapped columns hold their space while the tables live),
    else in the temporary folder. Folders left by a parent that was killed are removed first.
    """
    if os.name == "nt":
        yield None
        return
    base = tempfile.gettempdir()
    shm = "/dev/shm"
    if os.path.isdir(shm) and os.access(shm, os.W_OK):
        _remove_stale(shm)
        room = os.statvfs(shm)
        if room.f_bavail * room.f_frsize > 2 * sum(_size(f) for f in files):
            base = shm
    folder = tempfile.mkdtemp(prefix=f"presslib-{os.getpid()}-", dir=base)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # mapped columns stay readable


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # (its error comes when it is parsed)


def _remove_stale(base: str) -> None:
    """Remove the spill folders in ``base`` of presslib processes that no longer run."""
    for folder in glob.glob(os.path.join(base, "presslib-*-*")):
        pid = os.path.basename(folder).split("-")[1]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass  # another user's process: alive, or not ours to judge


def _spill(arrays: dict, folder: str):
    """The columns written to a file in ``folder``, and its path; the columns themselves if
    the file cannot be written (a full disk, say), to go back through the pipe."""
    import pyarrow as pa

    fd, path = tempfile.mkstemp(suffix=".arrow", dir=folder)
    os.close(fd)
    try:
        batch = pa.RecordBatch.from_pydict(arrays)
        with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, batch.schema) as writer:
            writer.write_batch(batch)
    except OSError:
        os.unlink(path)
        return arrays
    return path


def _unspill(part: tuple) -> tuple:
    """A worker's result with its columns mapped from their file (see :func:`_spill_folder`)."""
    import pyarrow as pa

    metas, cols, caught = part
    if isinstance(cols, str):
        batch = pa.ipc.open_file(pa.memory_map(cols)).get_batch(0)
        os.unlink(cols)
        cols = {name: batch.column(name) for name in batch.schema.names}
    return metas, cols, caught


def _to_arrow(cols: dict, text_utf8: tuple[bytes, np.ndarray]) -> dict:
    """A batch's columns as Arrow arrays; the text from its UTF-8 and offsets, which is three
    times faster than ``pa.array(texts)`` and leaves no UTF-8 copy cached in each string."""
    import pyarrow as pa

    from .transcript import COLUMNS

    out = {}
    for name, dtype in COLUMNS.items():
        values = cols.get(name, [])
        if name == "text":
            data, offsets = text_utf8
            out[name] = pa.LargeStringArray.from_buffers(len(offsets) - 1, pa.py_buffer(offsets),
                                                         pa.py_buffer(data))
        elif dtype == "str":
            out[name] = pa.array(values, type=pa.large_string())
        elif dtype == "bool":
            out[name] = pa.array(values, type=pa.bool_())
        else:
            out[name] = pa.array(values, type=pa.int64())
    return out


def _concat(parts: list[dict]) -> dict:
    """Columns of several batches joined: lists into one list, Arrow arrays into chunked arrays."""
    import pyarrow as pa

    from .transcript import COLUMNS

    parts = [p for p in parts if p and len(p.get("doc_id", ()))]
    names = [c for c in COLUMNS if not parts or c in parts[0]]
    out: dict = {}
    for name in names:
        if parts and isinstance(parts[0][name], pa.Array):
            out[name] = pa.chunked_array([p[name] for p in parts], type=parts[0][name].type)
            continue
        values: list = []
        for p in parts:
            values.extend(p[name])
        out[name] = values
    return out


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
        if glob.has_magic(str(p)):
            matched = sorted(glob.glob(str(p)))
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
