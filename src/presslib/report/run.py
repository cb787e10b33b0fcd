"""Execute the notebooks and write a report folder: one HTML page each
(:mod:`presslib.report.pages`), and the figures and tables the notebooks save
(:mod:`presslib.report.save`).

Each notebook runs from a fresh kernel in ``notebooks/``, several at once (one per core, at
most four). When a transcript (or a glob of transcripts), a convention or other reference data
are given, a cell setting ``TRANSCRIPT``, ``CONVENTION``, ``LEXICON``, ``OUTLETS`` or
``MARKERS`` is inserted after the cell tagged ``parameters`` (papermill's convention), so the
same notebooks run on other data unchanged. Each run writes to a folder of its own
(:func:`presslib.paths.report_folder`).
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..errors import PresslibError
from .pages import hide_folders, local_folders, merge_streams, write_index, write_pages

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # colour codes in tracebacks from the kernel


@dataclass
class NotebookRun:
    """How one notebook's execution went."""

    name: str
    title: str
    seconds: float
    html: Path
    error: str = ""
    cover: Path | None = None
    notebook: object = field(default=None, repr=False)  #: the executed notebook (nbformat node)


def list_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The suite's notebooks (``NN-slug.ipynb``), in order."""
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS_DIR
    return sorted(folder.glob(NOTEBOOK_GLOB))


def inject_parameters(nb, values: dict) -> None:
    """Insert a cell assigning ``values`` after the cell tagged ``parameters`` (in place)."""
    import nbformat  # imported when first used, as are nbclient and nbconvert: 1 s each

    source = "# Parameters injected by `presslib report`\n" + "\n".join(
        f"{k} = {v!r}" for k, v in values.items()
    )
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    cell.pop("id", None)
    for i, c in enumerate(nb.cells):
        if "parameters" in c.get("metadata", {}).get("tags", []):
            nb.cells.insert(i + 1, cell)
            return
    raise PresslibError("no cell tagged 'parameters', expected one to put the transcript in")


def notebook_title(nb) -> str:
    """The first Markdown heading of a notebook, without its ``#``."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def read_notebook(path: Path, *, parameters: dict | None = None):
    """The notebook at ``path`` (an ``nbformat`` node), with ``parameters`` injected if any."""
    import nbformat  # imported when first used: it takes 1 s

    nb = nbformat.read(path, as_version=4)
    if parameters:
        inject_parameters(nb, parameters)
    return nb


def _execute(nb, path: Path, timeout: int) -> None:
    """Run ``nb`` in place (outputs are added to it, up to a failing cell)."""
    from nbclient import NotebookClient  # imported when first used: it takes 1 s

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    # The kernel's own log (transport notices) is noise here; cell errors arrive as messages.
    asyncio.run(client.async_execute(stderr=subprocess.DEVNULL))


def _run_one(path: Path, out: Path, parameters: dict | None, timeout: int, hide=()) -> NotebookRun:
    from nbclient.exceptions import CellExecutionError  # imported when first used: 1 s

    name = path.stem
    start = time.perf_counter()
    error = ""
    nb = read_notebook(path, parameters=parameters)
    try:
        _execute(nb, path, timeout)
    except CellExecutionError as err:
        lines = [_ANSI.sub("", line) for line in str(err).splitlines() if line.strip()]
        error = hide_folders(lines[-1], local_folders([out, *hide])) if lines else type(err).__name__
    for cell in nb.cells:  # one print, one output, however the kernel's messages were cut
        if cell.cell_type == "code":
            cell.outputs = merge_streams(cell.outputs)
    seconds = time.perf_counter() - start
    title = notebook_title(nb) or name
    page, cover = write_pages(nb, name, out, title=title, hide=hide)
    return NotebookRun(name, title, seconds, page, error, cover, nb)


def run_report(
    *,
    transcript: str | None = None,
    convention: str | None = None,
    conventions: str | Path | None = None,
    lexicon: str | Path | None = None,
    outlets: str | Path | None = None,
    markers: str | Path | None = None,
    output: str | Path | None = None,
    notebooks: list[Path] | None = None,
    jobs: int | None = None,
    timeout: int = 600,
    log=print,
) -> list[NotebookRun]:
    """Execute the notebooks and write the report folder; return how each run went.

    ``transcript`` (a file or a glob) replaces the notebooks' ``TRANSCRIPT`` parameter,
    ``convention`` (a name or a ``.toml`` file) their ``CONVENTION``, and ``lexicon``,
    ``outlets``, ``markers`` (files) their ``LEXICON``, ``OUTLETS``, ``MARKERS``; paths resolve
    as :func:`presslib.paths.project_path` says. ``conventions`` (a folder or ``.toml`` file of
    the user's conventions) reaches the kernels as ``$PRESSLIB_CONVENTIONS``. ``output``
    defaults to :func:`presslib.paths.report_folder` of the transcript (``reports/<name>/``).
    Notebooks run ``jobs`` at a time (default: one per core, at most 4). Raises
    :class:`PresslibError` if any fails, after writing every page and the index.
    """
    out = Path(output) if output is not None else paths.report_folder(transcript)
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    notebooks = notebooks if notebooks is not None else list_notebooks()
    if not notebooks:
        raise PresslibError("no notebooks found, expected NN-name.ipynb files", path=paths.NOTEBOOKS_DIR)
    parameters, hide = {}, []
    if transcript:
        parameters["TRANSCRIPT"] = str(paths.project_path(transcript))
        hide.append(_fixed_part(paths.project_path(transcript)))
    if convention:
        parameters["CONVENTION"] = str(convention)
    for name, value in (("LEXICON", lexicon), ("OUTLETS", outlets), ("MARKERS", markers)):
        if value:
            parameters[name] = str(paths.project_path(value))
            hide.append(paths.project_path(value).parent)
    about = f"Transcript: {paths.display_path(transcript or paths.DEFAULT_TRANSCRIPT)}"
    with kernel_environment(out, conventions=conventions):
        return _run_all(notebooks, out, parameters, jobs, timeout, log, hide=hide, about=about)


def _fixed_part(path: Path) -> Path:
    """The folder of a file, or for a glob the folders before its first wildcard."""
    from glob import has_magic

    parts = path.parts
    wild = next((i for i, part in enumerate(parts) if has_magic(part)), None)
    return Path(*parts[:wild]) if wild else path.parent


@contextmanager
def kernel_environment(out: Path, *, conventions: str | Path | None = None):
    """Environment for notebook kernels started inside: figures and tables go to ``out``, the
    kernels' Python is this one's, and ``conventions`` joins ``$PRESSLIB_CONVENTIONS``.
    Restored on exit."""
    saved = {k: os.environ.get(k) for k in ("PRESSLIB_REPORTS", "PATH", "PRESSLIB_CONVENTIONS")}
    os.environ["PRESSLIB_REPORTS"] = str(out)
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    if conventions:
        os.environ["PRESSLIB_CONVENTIONS"] = os.pathsep.join(
            p for p in (os.environ.get("PRESSLIB_CONVENTIONS"), str(conventions)) if p)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _run_all(notebooks, out, parameters, jobs, timeout, log, *, hide=(), about="") -> list[NotebookRun]:
    jobs = jobs or max(1, min(4, os.cpu_count() or 1))
    jobs = min(jobs, len(notebooks))
    log(f"Running {len(notebooks)} notebook(s), {jobs} at a time, into {out}")
    start = time.perf_counter()
    runs: dict[str, NotebookRun] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_run_one, nb, out, parameters, timeout, hide): nb for nb in notebooks}
        for done, future in enumerate(as_completed(futures), 1):
            run = future.result()
            runs[run.name] = run
            status = f"FAILED: {run.error}" if run.error else "ok"
            log(f"  [{done}/{len(notebooks)}] {run.name:<32} {run.seconds:5.1f} s  {status}")
    ordered = [runs[p.stem] for p in notebooks]
    index = write_index(ordered, out, about=about)
    log(f"Done in {time.perf_counter() - start:.1f} s. Open {index}")
    log(f"  figures: {out / 'figures'}   tables: {out / 'tables'}")
    failed = [r for r in ordered if r.error]
    if failed:
        raise PresslibError(
            f"{len(failed)} notebook(s) failed: "
            + "; ".join(f"{r.name}: {r.error}" for r in failed)
            + f" (see {failed[0].html})"
        )
    return ordered
