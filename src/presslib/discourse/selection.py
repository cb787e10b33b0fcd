"""Parts of a corpus: the turns, or the tokens of the turns, that match a few column values.

Keyness compares two parts (the principal's answers with the journalists' questions), and
collocations and markers are often read for one part only. A part is named by values of the
turns table's columns: ``role="principal", kind="answer"``; a list means any of its values.
"""

from __future__ import annotations

import pandas as pd

from ..table import need_columns

_TOKEN_KEYS = ("doc_id", "turn")


def select_turns(turns: pd.DataFrame, **where) -> pd.DataFrame:
    """The rows of ``turns`` whose columns hold the given values (a list: any of them).

    >>> t = pd.DataFrame({"turn": [0, 1, 2], "role": ["principal", "journalist", "principal"],
    ...                   "kind": ["statement", "question", "answer"]})
    >>> select_turns(t, role="principal", kind=["answer", "follow_up"])["turn"].tolist()
    [2]
    """
    need_columns(turns, where, what="the turns table")
    keep = pd.Series(True, index=turns.index)
    for column, value in where.items():
        values = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
        keep &= turns[column].isin(values)
    return turns.loc[keep].copy()


def select_tokens(tokens: pd.DataFrame, turns: pd.DataFrame, **where) -> pd.DataFrame:
    """The rows of a tokens table that belong to the turns :func:`select_turns` picks.

    Tokens join the turns table on ``(doc_id, turn)``; the result keeps the tokens' columns
    and order.

    >>> t = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1], "role": ["principal", "journalist"]})
    >>> k = pd.DataFrame({"doc_id": ["d", "d", "d"], "turn": [0, 1, 1], "lower": ["we", "why", "now"]})
    >>> select_tokens(k, t, role="journalist")["lower"].tolist()
    ['why', 'now']
    """
    need_columns(tokens, _TOKEN_KEYS, what="the tokens table")
    need_columns(turns, _TOKEN_KEYS, what="the turns table")
    chosen = select_turns(turns, **where)
    keys = pd.MultiIndex.from_frame(chosen[list(_TOKEN_KEYS)])
    inside = pd.MultiIndex.from_frame(tokens[list(_TOKEN_KEYS)]).isin(keys)
    return tokens.loc[inside].copy()
