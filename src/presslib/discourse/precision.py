"""The marker list's precision on a transcript, from a hand judgement of every match.

:func:`keyed_marker_matches` gives each match of :func:`~presslib.discourse.markers.find_markers`
in the chosen groups (by default ``stance``: hedges, boosters, attitude markers, the
categories whose matches need a reader) the key a judgement file uses (:data:`MARKER_KEYS`:
the transcript, the source line, the category, the marker and ``nth``, its count among the
same marker's matches on that line) and its context; :func:`marker_precision` joins them to a
judgement file and gives the precision per category and overall
(:func:`presslib.precision.precision_table`). By default the judgements are presslib's own
reading of the bundled NATO transcript (``presslib/data/lexicon/nato_marker_matches.csv``),
which judges every match of the groups in :data:`JUDGED_GROUPS`.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..precision import join_judgements, judgement_file, precision_table, read_judgements
from .concordances import kwic
from .markers import find_markers

#: The columns that key a marker match to its judgement.
MARKER_KEYS = ("doc_id", "line", "category", "marker", "nth")
#: The judgement file of the bundled transcript, shipped with presslib.
BUNDLED_MARKER_JUDGEMENTS = "nato_marker_matches.csv"
#: The marker groups whose every match on the bundled transcript that file judges, each with
#: the name a notebook gives its precision.
JUDGED_GROUPS = {"stance": "Stance markers", "modality": "Modal verbs", "institution": "Institution markers"}


def keyed_marker_matches(turns: pd.DataFrame, tokens: pd.DataFrame, *, groups=("stance",),
                         markers: pd.DataFrame | None = None, window: int = 8) -> pd.DataFrame:
    """The marker matches of ``groups`` with :data:`MARKER_KEYS`, ``match`` and ``context``
    (``window`` words either side, the match in brackets); ``line`` is the source line
    (:func:`~presslib.discourse.concordances.kwic`)."""
    matches = find_markers(tokens, markers=markers)
    chosen = matches[matches["group"].isin(list(groups))].reset_index(drop=True)
    lines = kwic(turns, chosen, tokens=tokens, window=window).reset_index(drop=True)
    out = chosen.assign(line=lines["line"].astype("int64"),
                        context=lines["left"] + " [" + lines["match"] + "] " + lines["right"])
    out["nth"] = out.groupby(["doc_id", "line", "category", "marker"]).cumcount().add(1).astype("int64")
    return out[[*MARKER_KEYS, "turn", "match", "context"]]


def judge_marker_matches(turns: pd.DataFrame, tokens: pd.DataFrame, *, groups=("stance",),
                         markers: pd.DataFrame | None = None,
                         judgements: str | Path | None = None) -> pd.DataFrame:
    """:func:`keyed_marker_matches` with each match's ``correct`` and ``note`` from the
    judgement file (default: the bundled transcript's); a match the file does not judge raises
    :class:`~presslib.errors.PresslibError`."""
    path = judgements if judgements is not None else judgement_file(BUNDLED_MARKER_JUDGEMENTS)
    keyed = keyed_marker_matches(turns, tokens, groups=groups, markers=markers)
    return join_judgements(keyed, read_judgements(path, MARKER_KEYS), MARKER_KEYS)


def marker_precision(turns: pd.DataFrame, tokens: pd.DataFrame, *, groups=("stance",),
                     markers: pd.DataFrame | None = None,
                     judgements: str | Path | None = None) -> pd.DataFrame:
    """Precision of the marker list per category and overall (last row ``all``): ``matches``,
    ``correct`` and ``precision``, from :func:`judge_marker_matches`."""
    judged = judge_marker_matches(turns, tokens, groups=groups, markers=markers, judgements=judgements)
    return precision_table(judged, "category")
