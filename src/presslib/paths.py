"""Where things are: the one module that knows presslib's folders and files.

**Reference data** (the outlet registry, the topic lexicon, the marker and non-answer lists):
:func:`data_file` gives the repository's ``data/<name>`` when presslib runs from a checkout
that has it, the place users edit; else the default packaged inside presslib
(``presslib/data/``, read through :mod:`importlib.resources`). What a reader returns names the
file it read (``Lexicon.source``, a table's ``attrs["source"]``).

**The project's folders** (notebooks, raw transcripts, reports) are those of the checkout.
``PRESSLIB_REPORTS`` (an environment variable) redirects generated reports, so that a run on
another transcript does not overwrite the bundled one's. Notebooks and the command line ask
this module for paths; nothing else writes ``../``.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
DEFAULT_TRANSCRIPT = RAW_DIR / "nato_2023-02-13_pre-ministerial.txt"

#: The reference data files, each in ``data/`` (to edit) and in ``presslib/data/`` (the default).
DATA_FILES = ("outlets.csv", "topics.toml", "markers.csv", "non_answers.csv", "word_clouds.toml")

_resources = ExitStack()
atexit.register(_resources.close)


def packaged_file(name: str) -> Path:
    """The default of reference data file ``name`` shipped inside presslib, as a file path.

    >>> packaged_file("outlets.csv").parts[-3:]
    ('presslib', 'data', 'outlets.csv')
    """
    _check_name(name)
    return _packaged(name)


@lru_cache(maxsize=None)
def _packaged(name: str) -> Path:
    # as_file gives a real file for as long as the process runs, even from a zipped install.
    return _resources.enter_context(resources.as_file(resources.files("presslib") / "data" / name))


@lru_cache(maxsize=None)
def data_file(name: str) -> Path:
    """The reference data file presslib reads for ``name`` (one of :data:`DATA_FILES`).

    The repository's ``data/<name>`` when it exists (decided on first use in a process), else
    :func:`packaged_file`.

    >>> data_file("topics.toml").name
    'topics.toml'
    """
    _check_name(name)
    edited = DATA_DIR / name
    return edited if edited.is_file() else packaged_file(name)


def _check_name(name: str) -> None:
    if name not in DATA_FILES:
        raise ValueError(f"{name!r} is not reference data, expected one of {', '.join(DATA_FILES)}")


def reports_dir() -> Path:
    """The folder reports are written to: ``$PRESSLIB_REPORTS`` or ``reports/``."""
    return Path(os.environ.get("PRESSLIB_REPORTS") or PROJ_ROOT / "reports")


def figures_dir() -> Path:
    """The folder figures are saved in: ``figures/`` of :func:`reports_dir`."""
    return reports_dir() / "figures"


def tables_dir() -> Path:
    """The folder tables are saved in: ``tables/`` of :func:`reports_dir`."""
    return reports_dir() / "tables"


def project_path(path: str | os.PathLike) -> Path:
    """Resolve ``path`` against the project root unless it is absolute.

    Notebooks name files relative to the project (``data/raw/x.txt``), whatever folder the
    kernel was started in.
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else PROJ_ROOT / p
