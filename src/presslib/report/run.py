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
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths
from ..errors import PresslibError
from ..text import plural
from .pages import hide_folders, local_folders, merge_streams, write_index, write_pages

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"
#: Cells tagged so hold commentary on the bundled transcript: a report on another drops them.
BUNDLED_TAG = "bundled"
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


def skip_iri_grammar() -> None:
    """Save a second in each process that reads notebooks. nbformat validates notebooks with
    jsonschema, and jsonschema imports ``rfc3987_syntax`` when it is installed (Jupyter's own
    requirements install it); that module compiles some 35 Earley parsers as it is imported:
    0.9 s, for the IRI formats that no notebook schema uses (python-jsonschema/jsonschema#1428).
    Called before nbformat is first imported, this marks the module absent for the rest of the
    process (jsonschema then checks no IRI format); if jsonschema is imported already, it
    changes nothing. The ``report`` and ``student`` commands call it, which run in a process
    of their own; :func:`run_report` and the other functions do not, so that a script that
    calls them keeps its jsonschema whole."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)


def list_notebooks(folder: str | Path | None = None) -> list[Path]:
    """The suite's notebooks (``NN-slug.ipynb``), in order."""
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS_DIR
    return sorted(folder.glob(NOTEBOOK_GLOB))


def inject_parameters(nb, values: dict) -> None:
    """Insert a cell assigning ``values`` after the cell tagged ``parameters`` (in place)."""
    import nbformat  # imported when first used, as are nbclient and nbconvert

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


def read_notebook(path: Path, *, parameters: dict | None = None, bundled: bool = True):
    """The notebook at ``path`` (an ``nbformat`` node), with ``parameters`` injected if any;
    without its cells tagged ``bundled`` (:data:`BUNDLED_TAG`) unless ``bundled``."""
    import nbformat  # imported when first used

    nb = nbformat.read(path, as_version=4)
    if not bundled:
        nb.cells = [c for c in nb.cells if BUNDLED_TAG not in c.get("metadata", {}).get("tags", [])]
    if parameters:
        inject_parameters(nb, parameters)
    return nb


def is_bundled(transcript) -> bool:
    """Whether ``transcript`` (None: the notebooks' default) is the bundled transcript."""
    return transcript is None or paths.project_path(transcript).resolve() == paths.DEFAULT_TRANSCRIPT.resolve()


def _execute(nb, path: Path, timeout: int, env: dict | None = None) -> None:
    """Run ``nb`` in place (outputs are added to it, up to a failing cell)."""
    from nbclient import NotebookClient  # imported when first used

    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    # The kernel's own log (transport notices) is noise here; cell errors arrive as messages.
    options = {"env": env} if env is not None else {}
    asyncio.run(client.async_execute(stderr=subprocess.DEVNULL, **options))


def _run_one(path: Path, out: Path, parameters: dict | None, timeout: int, hide=(), bundled=True,
             env=None) -> NotebookRun:
    from nbclient.exceptions import CellExecutionError  # imported when first used

    name = path.stem
    start = time.perf_counter()
    error = ""
    nb = read_notebook(path, parameters=parameters, bundled=bundled)
    try:
        _execute(nb, path, timeout, env)
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
    vector: str | None = None,
    timeout: int = 600,
    log=print,
    raise_on_error: bool = True,
) -> list[NotebookRun]:
    """Execute the notebooks and write the report folder; return how each run went.

    ``transcript`` (a file or a glob) replaces the notebooks' ``TRANSCRIPT`` parameter,
    ``convention`` (a name or a ``.toml`` file) their ``CONVENTION``, and ``lexicon``,
    ``outlets``, ``markers`` (files) their ``LEXICON``, ``OUTLETS``, ``MARKERS``; paths resolve
    as :func:`presslib.paths.project_path` says. ``conventions`` (a folder or ``.toml`` file of
    the user's conventions) reaches the kernels as ``$PRESSLIB_CONVENTIONS``. ``output``
    defaults to :func:`presslib.paths.report_folder` of the transcript (``reports/<name>/``).
    Notebooks run ``jobs`` at a time (default: one per core, at most 4). ``vector``
    (``"svg"`` or ``"pdf"``; default ``$PRESSLIB_VECTOR``, else none) saves each figure in
    that format too, beside its PNG. Raises
    :class:`PresslibError` if any fails (unless ``raise_on_error`` is false), after writing
    every page and the index.
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
    env = kernel_environment(out, conventions=conventions, vector=vector)
    runs = _run_all(notebooks, out, parameters, jobs, timeout, log, hide=hide, about=about,
                    bundled=is_bundled(transcript), env=env)
    failed = [r for r in runs if r.error]
    if failed and raise_on_error:
        raise PresslibError(
            f"{plural(len(failed), 'notebook')} failed: "
            + "; ".join(f"{r.name}: {r.error}" for r in failed)
            + f" (see {failed[0].html})"
        )
    return runs


def _fixed_part(path: Path) -> Path:
    """The folder of a file, or for a glob the folders before its first wildcard."""
    from glob import has_magic

    parts = path.parts
    wild = next((i for i, part in enumerate(parts) if has_magic(part)), None)
    return Path(*parts[:wild]) if wild else path.parent


def kernel_environment(out: Path, *, conventions: str | Path | None = None,
                       vector: str | None = None) -> dict[str, str]:
    """The environment of the notebook kernels of one run: this process's, with figures and
    tables going to ``out`` (``$PRESSLIB_REPORTS``), the figures' ``vector`` format in
    ``$PRESSLIB_VECTOR`` (if not given, this process's ``$PRESSLIB_VECTOR``, else none), this
    Python's folder first on ``PATH``, and ``conventions`` added to ``$PRESSLIB_CONVENTIONS``.
    Given to each kernel as it starts, so that runs in one process (threads) do not see each
    other's settings."""
    vector = paths.vector_format(vector)
    env = dict(os.environ)
    env["PRESSLIB_REPORTS"] = str(out)
    env["PRESSLIB_VECTOR"] = vector or "none"
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    if conventions:
        env["PRESSLIB_CONVENTIONS"] = os.pathsep.join(
            p for p in (env.get("PRESSLIB_CONVENTIONS"), str(conventions)) if p)
    return env


def _run_all(notebooks, out, parameters, jobs, timeout, log, *, hide=(), about="",
             bundled=True, env=None) -> list[NotebookRun]:
    jobs = jobs or max(1, min(4, os.cpu_count() or 1))
    jobs = min(jobs, len(notebooks))
    log(f"Running {plural(len(notebooks), 'notebook')}, {jobs} at a time, into {out}")
    start = time.perf_counter()
    runs: dict[str, NotebookRun] = {}
    # the largest notebooks (a fair guess at the longest) start first, so that no core is left
    # with a long one to run alone at the end
    first = sorted(notebooks, key=lambda p: p.stat().st_size, reverse=True)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(_run_one, nb, out, parameters, timeout, hide, bundled, env): nb for nb in first}
        for done, future in enumerate(as_completed(futures), 1):
            run = future.result()
            runs[run.name] = run
            status = f"FAILED: {run.error}" if run.error else "ok"
            log(f"  [{done}/{len(notebooks)}] {run.name:<32} {run.seconds:5.1f} s  {status}")
    ordered = [runs[p.stem] for p in notebooks]
    index = write_index(ordered, out, about=about)
    log(f"Done in {time.perf_counter() - start:.1f} s. Open {index}")
    log(f"  figures: {out / 'figures'}   tables: {out / 'tables'}")
    return ordered
