"""Where things live. The only module that knows the project's folders.

Notebooks and the command line ask this module for paths; nothing else writes ``../``.
``PRESSLIB_REPORTS`` (an environment variable) redirects generated reports, so that a run on
another transcript does not overwrite the bundled one's.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJ_ROOT = PACKAGE_DIR.parents[1]
DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"

DEFAULT_TRANSCRIPT = RAW_DIR / "nato_2023-02-13_pre-ministerial.txt"
OUTLET_REGISTRY = DATA_DIR / "outlets.csv"
TOPIC_LEXICON = DATA_DIR / "topics.toml"


def reports_dir() -> Path:
    """The folder reports are written to: ``$PRESSLIB_REPORTS`` or ``reports/``."""
    return Path(os.environ.get("PRESSLIB_REPORTS") or PROJ_ROOT / "reports")


def figures_dir() -> Path:
    return reports_dir() / "figures"


def tables_dir() -> Path:
    return reports_dir() / "tables"


def project_path(path: str | os.PathLike) -> Path:
    """Resolve ``path`` against the project root unless it is absolute.

    Notebooks name files relative to the project (``data/raw/x.txt``), whatever folder the
    kernel was started in.
    """
    p = Path(path).expanduser()
    return p if p.is_absolute() else PROJ_ROOT / p
