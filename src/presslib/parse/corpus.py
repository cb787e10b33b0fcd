"""Many transcripts at once: :func:`load_corpus` into one turns table and one metadata table.

Large corpora are parsed in several processes (the result is the same as in one); a progress
bar goes to standard error on long runs; a file that cannot be parsed either stops the run
(``errors="raise"``) or is reported and left out while every other file is kept
(``errors="collect"``: the failures are in the metadata table's ``error`` column and a
:class:`CorpusWarning` sums them up). Nothing is skipped silently.

:func:`iter_corpus` gives the same tables a batch of files at a time, in bounded memory, for
corpora larger than memory (``presslib parse -o`` streams them to a file). Worker processes
end with the process that started them, however it ends (:func:`_die_with_parent`); nothing
is written outside the process (no temporary files, no shared memory).
"""

from __future__ import annotations

import glob
import os
import signal
import sys
import threading
import time
import warnings
from collections import Counter, deque
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Iterator, NamedTuple

import pandas as pd

from ..errors import PresslibError, PresslibWarning
from ..io.read import read_source
from ..io.write import linux_libc
from ..table import COLUMNS, Meta, turns_frame
from . import parse_source

PARALLEL_BYTES = 4_000_000  #: corpora this large are parsed in several processes (make bench: jobs)
_PROGRESS_FILES = 200  # and this many files get a progress bar when stderr is a terminal
_BATCH = 16  # files per task handed to a worker process
PARALLEL_FILES = 2 * _BATCH  #: ... when they have this many files too (a batch for each of two processes)
_IN_FLIGHT = 3  # tasks per worker process submitted ahead of the one being collected
#: What a folder given as input is searched for (recursively; hidden files and folders left out).
TRANSCRIPT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".pdf")


class CorpusWarning(PresslibWarning):
    """Some files of a corpus could not be parsed (their errors are in the metadata table)."""


def load_corpus(paths, *, jobs: int | None = None, errors: str = "raise", progress=None,
                convention=None, conventions=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse several transcripts into one turns table and one metadata table, keyed by ``doc_id``.

    ``paths`` is a file, a folder, a glob pattern (``"data/raw/*.txt"``, ``"corpus/**/*.md"``)
    or a list of them (see :func:`expand`); a file named twice is read once. Each transcript's
    ``doc_id`` is its file's stem, unique in the corpus (see :func:`doc_ids`).

    - ``jobs``: processes (default: see :func:`default_jobs`); the result is the same.
    - ``errors``: ``"raise"`` stops at the first bad file; ``"collect"`` keeps the good ones and
      lists the bad ones in the metadata table (``error`` column, empty for good files), with
      a :class:`CorpusWarning` naming how many failed and the first.
    - ``progress``: ``True``/``False`` for a progress bar on standard error; by default one is
      shown for 200 files or more when standard error is a terminal.
    - ``convention``, ``conventions``: as for :func:`presslib.load_transcript`.

    For a corpus larger than memory, :func:`iter_corpus` gives the same tables batch by batch.
    """
    metas, parts = [], []
    with closing(iter_corpus(paths, jobs=jobs, errors=errors, progress=progress,
                             convention=convention, conventions=conventions)) as batches:
        for batch in batches:
            metas.extend(batch.meta)
            parts.append(batch.columns)
    return turns_frame(_concat(parts)), meta_frame(metas, errors=errors)


class Batch(NamedTuple):
    """A few transcripts of a corpus, parsed: their metadata rows, in order, and their turns
    table's columns (Arrow arrays); :attr:`turns` is that table."""

    meta: list[dict]
    columns: dict

    @property
    def turns(self) -> pd.DataFrame:
        return turns_frame(_concat([self.columns]))


def iter_corpus(paths, *, jobs: int | None = None, errors: str = "raise", progress=None,
                convention=None, conventions=None) -> Iterator[Batch]:
    """:func:`load_corpus`, a :class:`Batch` of transcripts at a time, in the order of the files.

    Memory stays bounded whatever the corpus's size: a few batches per process are in flight
    at once. Warnings of the transcripts are given as their batches come; a ``"collect"`` run
    in which every file failed raises at the end, as :func:`load_corpus` does. Close the
    iterator (``contextlib.closing``) to stop early: the worker processes stop with it.
    """
    if errors not in ("raise", "collect"):
        raise ValueError(f"errors={errors!r}, expected 'raise' or 'collect'")
    files = expand(paths)
    ids = doc_ids(files)
    if jobs is None:
        jobs = default_jobs(files)
    jobs = max(1, min(jobs, len(files)))
    if progress is None:
        progress = len(files) >= _PROGRESS_FILES and sys.stderr.isatty()
    bar = _Progress(len(files)) if progress else None
    options = (errors, convention, conventions)
    tasks = [(files[k:k + _BATCH], ids[k:k + _BATCH], options) for k in range(0, len(files), _BATCH)]
    first_error, failed = "", 0
    for (metas, cols, caught), task in zip(_run(tasks, jobs), tasks):
        bar and bar.update(len(task[0]))
        for message, category in caught:
            warnings.warn(message, category, stacklevel=3)
        for row in metas:
            if row.get("error"):
                failed += 1
                first_error = first_error or row["error"]
        yield Batch(metas, cols)
    bar and bar.close()
    if failed:
        warnings.warn(f"{failed} of {len(files)} transcript(s) could not be parsed; "
                      f"first: {first_error}", CorpusWarning, stacklevel=3)
        if failed == len(files):
            if len(files) == 1:  # the file's own error, as load_transcript gives it
                _parse_files(files, ids, ("raise", convention, conventions))
            raise PresslibError(f"none of the {len(files)} transcript(s) could be parsed; "
                                f"first: {first_error}")


def default_jobs(files: list[Path]) -> int:
    """Worker processes for a corpus, by measurement on 2 cores (``make bench``): one per core
    for a corpus of :data:`PARALLEL_FILES` files and :data:`PARALLEL_BYTES` bytes or more, else
    one (starting processes costs more than it saves)."""
    if len(files) < PARALLEL_FILES:
        return 1
    size = 0
    for f in files:
        try:
            size += os.stat(f).st_size
        except OSError:
            pass  # reported when it is read
        if size >= PARALLEL_BYTES:
            return os.cpu_count() or 1
    return 1


def _run(tasks: list[tuple], jobs: int) -> Iterator[tuple]:
    """Each task's result, in order: here, or in ``jobs`` worker processes with a bounded number
    of tasks in flight (so that results wait in memory only a few at a time)."""
    if jobs == 1:
        for task in tasks:
            yield _parse_files(*task)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent, initargs=(os.getpid(),))
    try:
        todo = iter(tasks)
        pending = deque(pool.submit(_parse_files, *task) for task in islice(todo, _IN_FLIGHT * jobs))
        while pending:
            result = pending.popleft().result()
            for task in islice(todo, 1):
                pending.append(pool.submit(_parse_files, *task))
            yield result
    finally:
        # on an error or an early stop, tasks not started are dropped, running ones finish
        pool.shutdown(wait=True, cancel_futures=True)


_PR_SET_PDEATHSIG = 1  # prctl(2): the signal this process gets when its parent ends


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the process that started it ends, whatever
    ended it. Without this, a parent killed by SIGKILL or SIGTERM (``timeout``, ``docker
    stop``, a cancelled CI job) leaves its workers alive, re-parented to init. On Linux the
    kernel sends the worker SIGKILL (``prctl(PR_SET_PDEATHSIG)``); elsewhere a thread checks
    every second whether the worker's parent has changed."""
    if not _kill_with_parent():
        threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True,
                         name="presslib-watch-parent").start()
    if os.getppid() != parent and not _alive(parent):
        os._exit(1)  # the parent ended before the request above was made


def _kill_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent ends; False where that cannot be asked."""
    prctl = getattr(linux_libc(), "prctl", None)
    return prctl is not None and prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def meta_frame(rows: list[dict], *, errors: str = "raise") -> pd.DataFrame:
    """The metadata table of a corpus from its :class:`Batch`es' ``meta`` rows (with the
    ``error`` column when ``errors="collect"``)."""
    names = list(Meta(doc_id="").to_dict())
    return pd.DataFrame(rows, columns=names + ["error"] if errors == "collect" else names)


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
    """The batch's columns as Arrow arrays, in the C library's memory: building them grows
    buffers that are then freed, which the system's allocator returns but Arrow's default
    (mimalloc) keeps (on the 1,154 briefings, 30 to 40 MB more at the peak than the table needs)."""
    import pyarrow as pa

    pool = pa.system_memory_pool()
    return {name: pa.array(cols[name], type=getattr(pa, _ARROW_TYPES[dtype])(), memory_pool=pool)
            for name, dtype in COLUMNS.items()}


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
    """The files that ``paths`` names, in order, each once.

    ``paths`` is a file, a folder, a glob or a list of them. A path that exists is taken as
    it is, even when its name holds glob characters (``brief[1].txt``); one that does not is
    a glob when it has ``*``, ``?`` or ``[`` (``**`` spans folders: ``corpus/**/*.md``),
    matched in sorted order. A folder stands for its transcript files (the suffixes in
    :data:`TRANSCRIPT_SUFFIXES`, in its subfolders too, sorted, hidden ones left out). A file
    named twice (the same file once its links are resolved) is kept at its first place.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                raise PresslibError(f"folder holds no transcript files ({', '.join(TRANSCRIPT_SUFFIXES)})",
                                    path=p)
            out.extend(found)
        elif glob.has_magic(str(p)) and not (path.exists() or path.is_symlink()):
            matched = sorted(glob.glob(str(p), recursive=True))
            if not matched:
                raise PresslibError("no file matches this pattern", path=p)
            out.extend(Path(m) for m in matched)
        else:
            out.append(path)
    if not out:
        raise PresslibError("no transcript files given")
    seen: set[str] = set()
    unique = []
    for f in out:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _folder_files(folder: Path) -> list[Path]:
    """The transcript files under ``folder``, sorted by path, hidden files and folders left out."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, n) for n in names
                     if not n.startswith(".") and n.lower().endswith(TRANSCRIPT_SUFFIXES))
    return sorted(found)


def doc_ids(files: list[Path]) -> list[str]:
    """A ``doc_id`` for each file, unique in the corpus, by these rules in turn:

    1. the file's stem (``briefing`` for ``a/x/briefing.txt``) when no other file has it;
    2. else its path from the folder that holds all the files, without its extension
       (``a/x/briefing`` and ``b/x/briefing``);
    3. else (the same path with other extensions: ``x.txt``, ``x.md``) that path with its
       extension (``x.txt``);
    4. else (only for names made to collide, such as ``t.txt`` and ``t.md`` beside
       ``t.txt.md``) the id so far and ``~2``, ``~3``, ... in the files' order, the file whose
       id is its own stem keeping it.

    >>> doc_ids([Path("a/x/t.txt"), Path("b/x/t.txt"), Path("c/u.txt")])
    ['a/x/t', 'b/x/t', 'u']
    """
    ids = [f.stem for f in files]
    if len(set(ids)) == len(ids):
        return ids
    absolute = [os.path.abspath(f) for f in files]
    try:
        root = os.path.commonpath([os.path.dirname(a) for a in absolute])
    except ValueError:  # on different drives
        root = ""
    relative = [Path(os.path.relpath(a, root) if root else a) for a in absolute]
    for rule in (lambda r: r.with_suffix("").as_posix(), lambda r: r.as_posix()):
        counts = Counter(ids)
        ids = [rule(r) if counts[i] > 1 else i for i, r in zip(ids, relative)]
    # rule 4: the file that keeps its own stem keeps its id, else the first; the others count on
    stems = {k for k, f in enumerate(files) if ids[k] == f.stem}
    groups: dict[str, list[int]] = {}
    for k, i in enumerate(ids):
        groups.setdefault(i, []).append(k)
    taken = set(ids)
    for i, members in groups.items():
        if len(members) < 2:
            continue
        keeper = next((k for k in members if k in stems), members[0])
        n = 1
        for k in members:
            if k == keeper:
                continue
            n += 1
            while f"{i}~{n}" in taken:
                n += 1
            ids[k] = f"{i}~{n}"
            taken.add(ids[k])
    return ids


def load_turns(spec: str | Path, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turns and metadata tables for a notebook's ``TRANSCRIPT`` parameter.

    ``spec`` is a file or a glob; a relative one is taken from the project root, so a notebook
    names ``"data/raw/x.txt"`` whatever folder its kernel runs in. ``options`` go to
    :func:`load_corpus` (``convention=``, ``errors=``, ...).
    """
    from ..paths import project_path

    return load_corpus(str(project_path(spec)), **options)
