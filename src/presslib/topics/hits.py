"""Topic hits per turn, from the topic lexicon (:mod:`presslib.topics.lexicon`).

:func:`topic_hits` is the table other modules code against: one row per ``(doc_id, turn,
topic)`` with at least one hit, columns exactly ``doc_id, turn, topic, hits``; it joins back to
the turns table on ``(doc_id, turn)``. :func:`topic_matches` shows every match behind a hit.

How a text is matched: the shared tokens (:func:`presslib.tokens.tokenize`) are cut into runs
of words with no punctuation between (:func:`presslib.topics.lexicon.units`); at each word the
**longest** lexicon entry that starts there is taken, counted once for each topic that lists
it, and its words are skipped. So "fighter jets" is one hit for fighter aircraft (not two),
and the "fighter" in it is not counted again. An ``exclude`` entry is taken the same way and
counts for no topic.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..table import need_columns
from .lexicon import Lexicon, read_lexicon, word_runs
from .tables import HIT_COLUMNS

_MATCH_COLUMNS = ("doc_id", "turn", "topic", "entry", "start", "end", "matched")


def _lexicon(lexicon: Lexicon | str | Path | None) -> Lexicon:
    return lexicon if isinstance(lexicon, Lexicon) else read_lexicon(lexicon)


def find_matches(
    text: str, lexicon: Lexicon
) -> list[tuple[tuple[str, ...], tuple[str, ...], int, int]]:
    """Every lexicon entry found in ``text``: ``(form, topic ids, start, end)``, left to right.

    >>> lex = read_lexicon()
    >>> [(" ".join(f), t) for f, t, _, _ in find_matches("Fighter jets, and the munitions.", lex)]
    [('fighter jet', ('fighter_aircraft',)), ('munit', ('ammunition',))]
    """
    index = lexicon.index()
    longest = max(map(len, index), default=0)
    found = []
    for run in word_runs(text):
        forms = [w for w, _, _ in run]
        i = 0
        while i < len(run):
            for n in range(min(longest, len(run) - i), 0, -1):
                form = tuple(forms[i : i + n])
                if form in index:
                    found.append((form, index[form], run[i][1], run[i + n - 1][2]))
                    i += n
                    break
            else:
                i += 1
    return found


def topic_matches(
    turns: pd.DataFrame, *, lexicon: Lexicon | str | Path | None = None
) -> pd.DataFrame:
    """One row per match of a counted lexicon entry in a turn: why each hit was counted.

    Columns: ``doc_id``, ``turn``, ``topic``, ``entry`` (the normalised form matched),
    ``start``/``end`` (character offsets in the turn's text), ``matched`` (the text as printed).
    A match of an entry listed by two topics gives a row for each.
    """
    need_columns(turns, ("doc_id", "turn", "text"), what="the turns table")
    lex = _lexicon(lexicon)
    rows = [
        (doc_id, turn, topic, " ".join(form), start, end, text[start:end])
        for doc_id, turn, text in zip(turns["doc_id"], turns["turn"], turns["text"])
        for form, topics, start, end in find_matches(text, lex)
        for topic in topics
    ]
    out = pd.DataFrame(rows, columns=list(_MATCH_COLUMNS))
    return out.astype(
        {"doc_id": "str", "turn": "int64", "topic": "str", "start": "int64", "end": "int64"}
    )


def topic_hits(turns: pd.DataFrame, *, lexicon: Lexicon | str | Path | None = None) -> pd.DataFrame:
    """Topic hits per turn: one row per ``(doc_id, turn, topic)`` with ``hits >= 1``.

    Columns exactly ``doc_id, turn, topic, hits`` (hits = lexicon matches of the topic in the
    turn, a phrase counting once); turns in table order, topics in lexicon order. ``lexicon``
    is a :class:`~presslib.topics.lexicon.Lexicon`, a path to a TOML lexicon, or ``None`` for
    ``data/topics.toml``. Join back to the turns on ``(doc_id, turn)``.

    >>> t = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1],
    ...                   "text": ["More ammunition and munitions!", "Fighter jets? No fighter jet."]})
    >>> topic_hits(t).values.tolist()
    [['d', 0, 'ammunition', 2], ['d', 1, 'fighter_aircraft', 2]]
    """
    lex = _lexicon(lexicon)
    matches = topic_matches(turns, lexicon=lex)
    if matches.empty:
        return pd.DataFrame(
            {
                "doc_id": pd.Series(dtype="str"),
                "turn": pd.Series(dtype="int64"),
                "topic": pd.Series(dtype="str"),
                "hits": pd.Series(dtype="int64"),
            }
        )
    order = {t: i for i, t in enumerate(lex.ids)}
    out = (
        matches.groupby(["doc_id", "turn", "topic"], sort=False).size().rename("hits").reset_index()
    )
    position = turns[["doc_id", "turn"]].reset_index(drop=True).reset_index(names="_row")
    out = out.merge(position, on=["doc_id", "turn"], how="left")
    out = out.assign(_topic=out["topic"].map(order)).sort_values(["_row", "_topic"], kind="stable")
    return out[list(HIT_COLUMNS)].astype({"hits": "int64"}).reset_index(drop=True)
