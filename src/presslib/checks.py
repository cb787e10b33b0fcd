"""Checks at the door: a table handed to presslib has the columns the function needs."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .errors import PresslibError


class MissingColumnsError(PresslibError, KeyError):
    """A table lacks columns a function needs (a :class:`PresslibError` and a ``KeyError``)."""


def need_columns(df: pd.DataFrame, columns: Iterable[str], *, what: str = "the table") -> None:
    """Raise :class:`MissingColumnsError` naming the ``columns`` that ``df`` lacks.

    >>> need_columns(pd.DataFrame({"turn": [0]}), ("turn", "role"), what="the turns table")
    Traceback (most recent call last):
    ...
    presslib.checks.MissingColumnsError: the turns table lacks columns ['role']
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnsError(f"{what} lacks columns {missing}")
