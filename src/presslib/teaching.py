"""Self-check cells for the notebooks' "Your turn" exercises.

An exercise has three cells: a starter (``answer = None``, for the student to fill in), a
solution tagged ``solution`` (removed from student copies), and a check::

    check(answer, expected, hint="Sort by n_words.")

The check prints whether the answer is right and never raises, so a notebook with unanswered
exercises still runs from top to bottom.
"""

from __future__ import annotations

import math
from collections.abc import Iterable


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
