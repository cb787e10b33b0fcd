"""Precision of a word list, from a hand judgement of its matches.

A lexicon (the topic lexicon, the marker list) counts forms; whether each match means what
its topic or category says is a reader's judgement. A **judgement file** is a CSV with one
row per match, keyed so that the library's matches join to it, and a column ``correct``
(``yes`` or ``no``) with an optional ``note``; lines starting with ``#`` are comments.
:func:`join_judgements` joins matches to their judgements and refuses a match the file does
not judge (a lexicon change then asks for a new reading); :func:`precision_table` gives, per
group and overall, the matches, the right ones and their share; :func:`summarise_precision`
gives what a notebook shows of it (sentences, the table, the wrong matches), or, for a word
list no one has judged, the reason why not.

presslib ships its own judgements of the bundled NATO transcript
(:func:`judgement_file`; ``presslib.topics.lexicon_precision`` and
``presslib.discourse.marker_precision`` use them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import PresslibError
from .paths import package_data
from .table import need_columns
from .text import plural

#: The label of the row that pools every group in :func:`precision_table`.
ALL = "all"
_ANSWERS = {"yes": True, "no": False}


def judgement_file(name: str) -> Path:
    """A judgement file shipped with presslib (``presslib/data/lexicon/<name>``).

    >>> judgement_file("nato_topic_matches.csv").parts[-3:]
    ('data', 'lexicon', 'nato_topic_matches.csv')
    """
    return package_data("lexicon", name)


def read_judgements(path: str | Path, keys: tuple[str, ...]) -> pd.DataFrame:
    """A judgement file: its ``keys`` columns, ``correct`` as booleans, and ``note``.

    Raises :class:`PresslibError` naming the file for a missing column, a ``correct`` other
    than ``yes``/``no``, or a match judged twice.
    """
    path = Path(path)
    if not path.exists():
        raise PresslibError("no such judgement file, expected a CSV", path=path)
    table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    missing = [c for c in (*keys, "correct") if c not in table.columns]
    if missing:
        raise PresslibError(f"judgement file lacks columns {missing}", path=path)
    answers = table["correct"].str.strip().str.lower()
    bad = sorted(set(answers) - set(_ANSWERS))
    if bad:
        raise PresslibError(f"'correct' must be yes or no, found {bad}", path=path)
    table = table.assign(correct=answers.map(_ANSWERS).astype(bool))
    if "note" not in table.columns:
        table["note"] = ""
    twice = table.duplicated(list(keys))
    if twice.any():
        raise PresslibError(f"a match judged twice: {table.loc[twice, list(keys)].iloc[0].tolist()}", path=path)
    table.attrs["source"] = str(path)
    return table


def join_judgements(matches: pd.DataFrame, judgements: pd.DataFrame, keys: tuple[str, ...]) -> pd.DataFrame:
    """``matches`` with the ``correct`` and ``note`` of their judgements, joined on ``keys``.

    Every match must be judged: one the judgements lack raises :class:`UnjudgedMatchesError` listing
    it. Judgements of matches no longer found are ignored (a context rule took them away).

    >>> m = pd.DataFrame({"line": [3, 4], "entry": ["space", "tank"]})
    >>> j = pd.DataFrame({"line": [3, 4, 9], "entry": ["space", "tank", "tank"],
    ...                   "correct": [False, True, True], "note": ["", "", ""]})
    >>> join_judgements(m, j, ("line", "entry"))["correct"].tolist()
    [False, True]
    """
    keys = list(keys)
    need_columns(matches, keys, what="the matches")
    need_columns(judgements, (*keys, "correct"), what="the judgements")
    right = judgements[[*keys, "correct", *(["note"] if "note" in judgements else [])]]
    left = matches.astype({k: str for k in keys})
    out = left.merge(right.astype({k: str for k in keys}), on=keys, how="left", validate="many_to_one",
                     indicator=True)
    unjudged = out[out["_merge"] == "left_only"]
    if len(unjudged):
        rows = "; ".join(", ".join(f"{k}={v}" for k, v in zip(keys, r)) for r in unjudged[keys].head(5).to_numpy())
        more = f" (and {len(unjudged) - 5} more)" if len(unjudged) > 5 else ""
        raise UnjudgedMatchesError(f"{plural(len(unjudged), 'match', 'matches')} not judged: {rows}{more}; read them and add a row each")
    out = out.drop(columns="_merge")
    out[keys] = matches[keys].to_numpy()
    return out.assign(correct=out["correct"].astype(bool))


def precision_table(judged: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per value of ``by`` and overall (the last row, :data:`ALL`): ``matches``, ``correct``
    (the right ones) and ``precision`` (their share), most matches first.

    >>> j = pd.DataFrame({"topic": ["a", "a", "a", "b"], "correct": [True, True, False, True]})
    >>> precision_table(j, "topic").values.tolist()
    [['a', 3, 2, 0.6666666666666666], ['b', 1, 1, 1.0], ['all', 4, 3, 0.75]]
    """
    need_columns(judged, (by, "correct"), what="the judged matches")
    groups = judged.groupby(by, sort=False)["correct"].agg(matches="size", correct="sum").reset_index()
    groups = groups.sort_values(["matches", by], ascending=[False, True], kind="stable")
    total = pd.DataFrame({by: [ALL], "matches": [len(judged)], "correct": [int(judged["correct"].sum())]})
    out = pd.concat([groups, total], ignore_index=True).astype({"matches": "int64", "correct": "int64"})
    out["precision"] = (out["correct"] / out["matches"].where(out["matches"] > 0)).astype("float64")
    return out


def describe_precision(table: pd.DataFrame, by: str, what: str) -> list[str]:
    """Sentences from a :func:`precision_table`: the overall figure, counts beside the rate,
    then each group with a wrong match.

    >>> t = precision_table(pd.DataFrame({"c": ["x", "x", "y"], "correct": [True, False, True]}), "c")
    >>> describe_precision(t, "c", "hedges")
    ['hedges: 2 of 3 matches right, 67%.', 'x: 1 of 2 right, 50%.']
    """
    total = table[table[by] == ALL].iloc[0]
    if total["matches"] == 0:
        return [f"{what}: no matches."]
    out = [f"{what}: {total['correct']} of {total['matches']} matches right, {total['precision']:.0%}."]
    for _, row in table[(table[by] != ALL) & (table["correct"] < table["matches"])].iterrows():
        out.append(f"{row[by]}: {row['correct']} of {row['matches']} right, {row['precision']:.0%}.")
    return out


class UnjudgedMatchesError(PresslibError):
    """Matches the judgement file has no row for (a word list other than the one judged)."""


@dataclass(frozen=True)
class PrecisionSummary:
    """What :func:`summarise_precision` found: ``sentences`` to print (from
    :func:`describe_precision`, or the one-line reason no precision can be given) and
    ``tables`` to show (the :func:`precision_table` and the wrong matches; none when the
    matches are not all judged)."""

    sentences: list[str]
    tables: tuple[pd.DataFrame, ...] = ()


def summarise_precision(judge: Callable[..., pd.DataFrame], *args, by: str, what: str,
                        show: Sequence[str], **kwargs) -> PrecisionSummary:
    """A word list's precision as a notebook shows it, from ``judge(*args, **kwargs)`` (a
    function returning judged matches, such as ``presslib.topics.judge_topic_matches``).

    The sentences are :func:`describe_precision` of the :func:`precision_table` by ``by``
    (``what`` names the list); the tables are that table and the wrong matches, with the
    columns ``show``. A word list of the user's own has matches no one has judged: ``judge``
    then raises :class:`UnjudgedMatchesError`, and its message becomes the one sentence, so
    that the notebook runs on with no table; any other error (a bad judgement file) is raised.

    >>> judged = pd.DataFrame({"topic": ["a", "a"], "correct": [True, False], "line": [3, 9]})
    >>> summary = summarise_precision(lambda: judged, by="topic", what="Topics", show=["line"])
    >>> summary.sentences, summary.tables[1]["line"].tolist()
    (['Topics: 1 of 2 matches right, 50%.', 'a: 1 of 2 right, 50%.'], [9])
    """
    try:
        judged = judge(*args, **kwargs)
    except UnjudgedMatchesError as err:  # a list of the user's own: its new matches are not judged
        return PrecisionSummary([str(err)])
    need_columns(judged, (by, "correct", *show), what="the judged matches")
    table = precision_table(judged, by)
    wrong = judged.loc[~judged["correct"], list(show)]
    return PrecisionSummary(describe_precision(table, by, what), (table, wrong))
