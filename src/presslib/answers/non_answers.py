"""Non-answer and deflection phrases in the answers ("I'm not speculating", "as I said").

The phrases are a short, editable list (``non_answers.csv``, see ``data/README.md``), each a
regular expression with the category of Bull and Mayer's (1993) typology of non-replies it
illustrates. A phrase is a pointer, not a verdict: "as I said" can introduce a full answer.

Reference: P. Bull & K. Mayer (1993), How not to answer questions in political interviews,
*Political Psychology* 14(4).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import PresslibError
from ..io.write import read_data_csv
from ..table import need_columns

NON_ANSWER_COLUMNS = ("id", "pattern", "category", "example", "source")


def read_non_answers(path: str | Path | None = None) -> pd.DataFrame:
    """The non-answer phrase list, patterns checked; its ``attrs["source"]`` names the file read.

    ``path`` defaults to :func:`presslib.paths.data_file` ``("non_answers.csv")``.
    """
    path = Path(path) if path is not None else paths.data_file("non_answers.csv")
    table = read_data_csv(path, NON_ANSWER_COLUMNS, what="non-answer phrase list")
    for i, pattern in enumerate(table["pattern"]):
        try:
            re.compile(pattern)
        except re.error as err:
            raise PresslibError(f"pattern is not a regular expression ({err})", path=path,
                                line=i + 2) from None
    table.attrs["source"] = str(path)
    return table


@lru_cache(maxsize=4)
def _compiled(path: str) -> list[tuple[str, str, re.Pattern]]:
    table = read_non_answers(path)
    return [(r.id, r.category, re.compile(r.pattern, re.I)) for r in table.itertuples()]


def non_answer_hits(turns: pd.DataFrame, *, phrases: str | Path | None = None) -> pd.DataFrame:
    """One row per non-answer phrase found in an ``answer`` turn.

    Columns: ``doc_id, exchange, turn, id, category, match, start`` (offset in the turn's text).
    Curly apostrophes count as straight ones; case is ignored.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [3], "kind": "answer", "exchange": [1],
    ...                   "text": ["I’m not speculating. As I said, we act."]})
    >>> non_answer_hits(t)[["id", "match"]].values.tolist()
    [['not_speculating', 'I’m not speculating'], ['as_i_said', 'As I said']]
    """
    need_columns(turns, ("doc_id", "turn", "kind", "exchange", "text"), what="the turns table")
    patterns = _compiled(str(phrases or paths.data_file("non_answers.csv")))
    rows = []
    for t in turns[turns["kind"].eq("answer")].itertuples(index=False):
        plain = t.text.replace("’", "'")  # same length, so offsets hold in the original
        for id_, category, rx in patterns:
            for m in rx.finditer(plain):
                rows.append((t.doc_id, t.exchange, t.turn, id_, category,
                             t.text[m.start():m.end()], m.start()))
    out = pd.DataFrame(rows, columns=["doc_id", "exchange", "turn", "id", "category", "match",
                                      "start"])
    return out.sort_values(["doc_id", "turn", "start"], kind="stable").reset_index(drop=True)


def count_non_answers(turns: pd.DataFrame, *, phrases: str | Path | None = None) -> pd.DataFrame:
    """Non-answer phrases per exchange: ``doc_id, exchange, non_answers, phrases`` (ids, ``; ``).

    Every exchange with an answer gets a row, with 0 when no phrase was found.
    """
    hits = non_answer_hits(turns, phrases=phrases)
    answered = turns.loc[turns["kind"].eq("answer"), ["doc_id", "exchange"]].drop_duplicates()
    per = hits.groupby(["doc_id", "exchange"]).agg(
        non_answers=("id", "size"), phrases=("id", lambda s: "; ".join(dict.fromkeys(s))))
    out = answered.merge(per.reset_index(), on=["doc_id", "exchange"], how="left")
    out["non_answers"] = out["non_answers"].fillna(0).astype("int64")
    out["phrases"] = out["phrases"].fillna("")
    return out.sort_values(["doc_id", "exchange"]).reset_index(drop=True)
