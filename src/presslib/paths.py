"""Where things are: the one module that knows presslib's folders and files.

The rules, the same for the library, the notebooks and the command line:

**A path you give** (a transcript, a glob of transcripts, a lexicon, a registry) is used as
it is when absolute; a relative one is taken from the current folder when it names something
there, else from the project folder (the checkout presslib runs from):
:func:`project_path`. So ``"data/raw/x.txt"`` works in a shell at the project's top, in a
notebook kernel started in ``notebooks/``, and in ``presslib report`` run from anywhere.

**Reference data** (the outlet registry, the topic lexicon, the marker, non-answer and
word-cloud lists): :func:`data_file` gives, first, a file chosen for this process with
:func:`use_reference_data` (what ``presslib report --lexicon/--outlets/--markers`` and the
notebooks' ``LEXICON``/``OUTLETS``/``MARKERS`` parameters do); else the repository's
``data/<name>`` when presslib runs from a checkout that has it, the place users edit; else
the default packaged inside presslib (``presslib/data/``, read through
:mod:`importlib.resources`). What a reader returns names the file it read
(``Lexicon.source``, a table's ``attrs["source"]``).

**Reports.** ``presslib report`` writes each run to a folder of its own: ``-o DIR``, else
``reports/<name>/`` named after the transcript (:func:`report_folder`), and tells the kernels
with ``$PRESSLIB_REPORTS``. A notebook run by hand (JupyterLab, ``make lab``), where that
variable is unset, saves its figures and tables to ``reports/lab/`` (:data:`LAB_REPORTS`),
never over a report. Nothing else in presslib writes ``../``.
"""

from __future__ import annotations

import atexit
import os
import re
from contextlib import ExitStack
from functools import lru_cache
from glob import has_magic
from importlib import resources
from pathlib import Path

from .errors import PresslibError

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
DEFAULT_TRANSCRIPT = RAW_DIR / "nato_2023-02-13_pre-ministerial.txt"
REPORTS_DIR = PROJ_ROOT / "reports"
#: Where notebooks run by hand (not by ``presslib report``) save their figures and tables.
LAB_REPORTS = REPORTS_DIR / "lab"

#: The reference data files, each in ``data/`` (to edit) and in ``presslib/data/`` (the default).
DATA_FILES = ("outlets.csv", "topics.toml", "markers.csv", "non_answers.csv", "word_clouds.toml")
#: The names under which :func:`use_reference_data` (and ``presslib report``) take them.
REFERENCE_OPTIONS = {"outlets": "outlets.csv", "lexicon": "topics.toml", "markers": "markers.csv",
                     "non_answers": "non_answers.csv", "word_clouds": "word_clouds.toml"}
_chosen: dict[str, Path] = {}

_resources = ExitStack()
atexit.register(_resources.close)


def packaged_file(name: str) -> Path:
    """The default of reference data file ``name`` shipped inside presslib, as a file path.

    >>> packaged_file("outlets.csv").parts[-3:]
    ('presslib', 'data', 'outlets.csv')
    """
    _check_name(name)
    return package_data(name)


@lru_cache(maxsize=None)
def package_data(*parts: str) -> Path:
    """The file ``presslib/data/<parts...>`` shipped inside presslib, as a path on disk for as
    long as the process runs (even from a zipped install).

    >>> package_data("design", "cues.csv").parts[-3:]
    ('data', 'design', 'cues.csv')
    """
    return Path(_resources.enter_context(resources.as_file(resources.files("presslib").joinpath("data", *parts))))


def data_file(name: str) -> Path:
    """The reference data file presslib reads for ``name`` (one of :data:`DATA_FILES`).

    The file chosen with :func:`use_reference_data`, else the repository's ``data/<name>``
    when it exists (decided on first use in a process), else :func:`packaged_file`.

    >>> data_file("topics.toml").name
    'topics.toml'
    """
    _check_name(name)
    return _chosen.get(name) or _default_data_file(name)


@lru_cache(maxsize=None)
def _default_data_file(name: str) -> Path:
    edited = DATA_DIR / name
    return edited if edited.is_file() else packaged_file(name)


data_file.cache_clear = _default_data_file.cache_clear  # type: ignore[attr-defined]


def use_reference_data(**files) -> dict[str, str]:
    """Read the reference data from other files in this process: ``lexicon=``, ``outlets=``,
    ``markers=``, ``non_answers=``, ``word_clouds=`` (a path, or None for the default); return
    ``{name: file}`` of every reference file now read, as :func:`display_path` shows it.

    Paths resolve as :func:`project_path` says. A file that does not exist raises
    :class:`~presslib.errors.PresslibError`. Notebooks call this with their ``LEXICON``,
    ``OUTLETS`` and ``MARKERS`` parameters, so that parsing (which resolves outlets) and every
    analysis read the same files.
    """
    unknown = sorted(set(files) - set(REFERENCE_OPTIONS))
    if unknown:
        raise ValueError(f"{', '.join(unknown)}: expected one of {', '.join(REFERENCE_OPTIONS)}")
    for option, path in files.items():
        name = REFERENCE_OPTIONS[option]
        if path is None:
            _chosen.pop(name, None)
            continue
        found = project_path(path)
        if not found.is_file():
            raise PresslibError(f"no such file, expected the {option} file ({name})", path=found)
        _chosen[name] = found
    return {name: display_path(data_file(name)) for name in DATA_FILES}


def _check_name(name: str) -> None:
    if name not in DATA_FILES:
        raise ValueError(f"{name!r} is not reference data, expected one of {', '.join(DATA_FILES)}")


def reports_dir() -> Path:
    """The folder figures and tables are saved under: ``$PRESSLIB_REPORTS`` (set by
    ``presslib report`` for its kernels), else :data:`LAB_REPORTS` (``reports/lab/``), so that
    a notebook run by hand never writes over a report."""
    return Path(os.environ.get("PRESSLIB_REPORTS") or LAB_REPORTS)


VECTOR_FORMATS = ("svg", "pdf")  #: formats a figure can also be saved in, beside its PNG


def vector_format(value: str | None = None) -> str | None:
    """The vector format figures are saved in beside their PNG: ``value`` if given, else
    ``$PRESSLIB_VECTOR`` (``svg`` or ``pdf``; ``presslib report --vector`` sets it for its
    kernels), else none; anything else is refused. Off by
    default: a vector copy makes a figure take 1.7 times as long to save (0.30 s instead of
    0.18 s on average over the report's 25 figures)."""
    where = "vector" if value is not None else "PRESSLIB_VECTOR"
    if value is None:
        value = os.environ.get("PRESSLIB_VECTOR", "").strip().lower()
    if value in ("", "none"):
        return None
    if value not in VECTOR_FORMATS:
        raise PresslibError(f"{where}={value!r}: expected one of {', '.join(VECTOR_FORMATS)} or none")
    return value


def report_folder(transcript: str | os.PathLike | None = None) -> Path:
    """The default folder of a ``presslib report`` run: ``reports/<name>/``, ``name`` being
    the transcript's file name without its suffix, or for a glob the last folder before its
    first wildcard (``corpus/*.txt`` gives ``reports/corpus/``).

    >>> report_folder().name, report_folder("talks/2024/*.md").name, report_folder("lab.txt").name
    ('nato_2023-02-13_pre-ministerial', '2024', 'lab-report')
    """
    spec = str(transcript) if transcript is not None else str(DEFAULT_TRANSCRIPT)
    parts = Path(spec).parts
    wild = next((i for i, part in enumerate(parts) if has_magic(part)), None)
    if wild is None:
        name = Path(spec).stem
    else:
        name = parts[wild - 1] if wild > 0 else "corpus"
    name = re.sub(r"[^\w.-]+", "-", name).strip("-.") or "report"
    if name == LAB_REPORTS.name:
        name += "-report"
    return REPORTS_DIR / name


def figures_dir() -> Path:
    """The folder figures are saved in: ``figures/`` of :func:`reports_dir`."""
    return reports_dir() / "figures"


def tables_dir() -> Path:
    """The folder tables are saved in: ``tables/`` of :func:`reports_dir`."""
    return reports_dir() / "tables"


def project_path(path: str | os.PathLike) -> Path:
    """``path`` as presslib reads it: absolute as given; a relative one from the current folder
    when it names a file or folder there (a glob: when it matches there), else from the
    project folder.

    Notebooks name files relative to the project (``data/raw/x.txt``), whatever folder the
    kernel was started in; in a shell a file of the current folder comes first.
    """
    p = Path(path).expanduser()
    if p.is_absolute():
        return p
    here = Path.cwd() / p
    found = any(Path.cwd().glob(str(p))) if has_magic(str(p)) else here.exists()
    return here if found else PROJ_ROOT / p


def display_path(path: str | os.PathLike) -> str:
    """``path`` for a page or a table that others read: relative to the project folder when it
    is inside it, else its file name alone, so that no page shows where a user keeps files.

    >>> display_path(PROJ_ROOT / "data" / "topics.toml"), display_path("/home/ann/mine.csv")
    ('data/topics.toml', 'mine.csv')
    """
    p = Path(path)
    try:
        return p.resolve().relative_to(PROJ_ROOT.resolve()).as_posix()
    except ValueError:
        return p.name
