"""The cue lists of question design: ``presslib/data/design/cues.csv``, read and compiled.

One row per cue: ``use`` (what it marks), ``id``, ``where`` (the part of a question unit it is
looked for in), ``pattern`` (a Python regular expression, matched without regard to case, with
curly apostrophes read as straight ones), an ``example`` and its ``source`` (the literature the
category comes from and, for cues written from the bundled transcript, its line).

Uses: ``announcement`` and ``reported`` (parts of a unit, :mod:`presslib.design.units`),
``request`` (a request for information without interrogative syntax, Bull 1994), ``reask``
(the principal asks to hear a question again), and the design indicators ``indirect``,
``tilt``, ``negative``, ``opposition`` and ``accountability``
(:mod:`presslib.design.indicators`). ``{principal}`` in a pattern stands for the principal's
name and organisation words, so "why did NATO ..." holds NATO's Secretary General to account.

Read the file with :func:`read_cues`; pass ``cues=`` (a path) to the functions that use it to
try an edited copy. :func:`design_file` finds the packaged files of this subpackage, and
:func:`plain` straightens apostrophes (both kept in :mod:`presslib.repairs` and
:mod:`presslib.text`, which the parser reads the ``reask`` rows with).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import PresslibError
from ..io.write import read_data_csv
from ..repairs import compile_cue, design_file
from ..text import plain

CUE_COLUMNS = ("use", "id", "where", "pattern", "example", "source")
USES = ("announcement", "reported", "request", "reask", "indirect", "tilt", "negative",
        "opposition", "accountability")


def read_cues(path: str | Path | None = None) -> pd.DataFrame:
    """The cue list (default: the packaged ``cues.csv``), each row checked.

    Raises :class:`~presslib.errors.PresslibError` naming the file and line of a row whose
    ``use`` is unknown or whose pattern does not compile. ``attrs["source"]`` names the file.
    """
    path = Path(path) if path is not None else design_file("cues.csv")
    table = read_data_csv(path, CUE_COLUMNS, what="design cue list")
    for i, row in enumerate(table.itertuples(index=False)):
        if row.use not in USES:
            raise PresslibError(f"unknown use {row.use!r}, expected one of {', '.join(USES)}",
                                path=path, line=i + 2)
        try:
            re.compile(row.pattern.replace("{principal}", "x"))
        except re.error as err:
            raise PresslibError(f"pattern is not a regular expression ({err})", path=path,
                                line=i + 2) from None
    table.attrs["source"] = str(path)
    return table


@lru_cache(maxsize=16)
def compiled_cues(path: str | None = None, principal: tuple[str, ...] = ()) -> dict:
    """``{use: [(id, where, compiled pattern), ...]}`` of a cue list, ``{principal}`` filled in.

    ``principal``: words naming the principal and their organisation (``("NATO",)``); with
    none, ``{principal}`` matches nothing.
    """
    table = read_cues(path)
    words = "|".join(re.escape(w) for w in principal if w) or r"(?!x)x"
    out: dict[str, list] = {use: [] for use in USES}
    for row in table.itertuples(index=False):
        pattern = row.pattern.replace("{principal}", f"(?:{words})")
        out[row.use].append((row.id, row.where, compile_cue(pattern)))
    return out


def first_cue(text: str, cues: list, *, where: str | None = None):
    """The first cue of ``cues`` (from :func:`compiled_cues`) found in ``text``:
    ``(id, start, end)``, or None. Only cues for ``where`` are tried when it is given."""
    found = plain(text)
    for id_, place, rx in cues:
        if where is not None and place != where:
            continue
        m = rx.search(found)
        if m:
            return id_, m.start(), m.end()
    return None
