"""Self-check cells for the notebooks' "Your turn" exercises.

An exercise has three cells: a starter (``answer = None``, for the student to fill in), a
solution tagged ``solution`` (removed from student copies), and a check::

    check(answer, expected, hint="Sort by n_words.")

The check prints whether the answer is right and never raises, so a notebook with unanswered
exercises still runs from top to bottom.

:func:`write_student_copies` writes the notebooks without their solution cells and outputs,
for students (``make student`` writes them to ``student/``, which git ignores).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable
from pathlib import Path

from .. import paths
from .run import list_notebooks

SOLUTION_TAG = "solution"


def _same(answer, expected, tol: float) -> bool:
    if isinstance(expected, float) or isinstance(answer, float):
        try:
            return math.isclose(float(answer), float(expected), rel_tol=tol, abs_tol=tol)
        except (TypeError, ValueError):
            return False
    if isinstance(expected, str) and isinstance(answer, str):
        return " ".join(answer.split()).casefold() == " ".join(expected.split()).casefold()
    if isinstance(expected, (set, frozenset)) and isinstance(answer, Iterable):
        return set(answer) == set(expected)
    try:
        return bool(answer == expected)
    except (TypeError, ValueError):
        return False


def check(answer, expected, *, hint: str = "", tol: float = 1e-6) -> bool:
    """Print ``Right.`` or ``Not yet.`` (with the hint) and return whether ``answer`` is right.

    Strings compare without regard to case and spacing, floats within ``tol``, sets as sets.

    >>> check(None, 3, hint="count the rows")
    Not yet answered: replace None with your answer. Hint: count the rows
    False
    >>> check(" Max Delany", "max delany")
    Right.
    True
    """
    if answer is None:
        print("Not yet answered: replace None with your answer." + (f" Hint: {hint}" if hint else ""))
        return False
    if _same(answer, expected, tol):
        print("Right.")
        return True
    print("Not yet." + (f" Hint: {hint}" if hint else ""))
    return False


def strip_solutions(nb):
    """A copy of a notebook (an ``nbformat`` node) without cells tagged ``solution`` and with
    every output and execution count cleared. The notebook given is not changed."""
    out = copy.deepcopy(nb)
    out.cells = [c for c in out.cells if SOLUTION_TAG not in c.get("metadata", {}).get("tags", [])]
    for cell in out.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return out


def write_student_copies(notebooks: list[Path] | None = None, *, output: str | Path | None = None) -> list[Path]:
    """Write a student copy of each notebook (default: all of ``notebooks/``) into ``output``
    (default ``student/`` in the project) and return their paths.

    A student copy is the notebook without its solution cells, outputs cleared; it keeps its
    file name, so it runs like the original (presslib finds the data from any folder).
    """
    import nbformat  # imported when first used: 1 s, unless skip_iri_grammar was called

    notebooks = list_notebooks() if notebooks is None else [Path(p) for p in notebooks]
    folder = Path(output) if output is not None else paths.PROJ_ROOT / "student"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        target = folder / path.name
        nbformat.write(strip_solutions(nb), target)
        written.append(target)
    return written
