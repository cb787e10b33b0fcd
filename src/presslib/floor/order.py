"""The order of the floor: one row per Q&A exchange, who was called, who asked, how long it ran.

:func:`summarise_floor` is the table behind the floor timeline
(:func:`presslib.plots.plot_floor_order`).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from ..outlets import OUTLET_SEPARATOR
from ..table import need_columns
from .calls import calls_table
from .outlet_tables import NO_OUTLET, _registry

FLOOR_COLUMNS = ("doc_id", "exchange", "asker", "outlet", "name", "medium", "called", "call_result",
                 "start", "call_words", "question_words", "answer_words", "words", "missed_call_at")
_TEXT = ("doc_id", "asker", "outlet", "name", "medium", "called", "call_result")
_WORDS = ("start", "call_words", "question_words", "answer_words", "words")
_REQUIRED = ("doc_id", "turn", "speaker", "role", "outlet", "kind", "exchange", "continuation",
             "text", "n_words", "n_questions")


def summarise_floor(turns: pd.DataFrame, *, registry: str | Path | None = None) -> pd.DataFrame:
    """One row per Q&A exchange (``exchange >= 1``), in order, with who asked and how long it ran.

    Columns: ``doc_id``, ``exchange``; ``asker`` and ``outlet`` (ids, ``|``-joined) of the
    exchange's question, ``name`` (registry names, ``/``-joined) and ``medium`` (``|``-joined);
    ``called`` and ``call_result`` of the call that opened it (see
    :func:`presslib.floor.calls.calls_table`; missing when a journalist asked without a call);
    ``start``, the words spoken in the Q&A before the exchange (the opening statement left
    out); ``call_words``, ``question_words`` (journalists'), ``answer_words`` (everyone else's)
    and ``words`` in all; ``missed_call_at``, where in the Q&A (in words) a call that was not
    taken up fell inside the exchange, else missing.
    """
    need_columns(turns, _REQUIRED, what="the turns table")
    reg = _registry(str(registry or paths.data_file("outlets.csv")))
    calls = calls_table(turns, registry=registry)
    rows = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        qa = doc[doc["exchange"].fillna(0).ge(1)].sort_values("turn", kind="stable")
        before = qa["n_words"].cumsum() - qa["n_words"]
        opened = calls[calls["doc_id"].eq(doc_id) & calls["taken_up"]].set_index("exchange")
        for exchange, ex in qa.groupby("exchange", sort=True):
            asked = ex[ex["kind"].eq("question")]
            q = asked.iloc[0] if len(asked) else None
            printed = q["outlet"] if q is not None and isinstance(q["outlet"], str) else ""
            ids = [p for p in printed.split(OUTLET_SEPARATOR) if p]
            known = [i for i in ids if i in reg.index]
            is_call, role = ex["kind"].eq("call"), ex["role"]
            missed = ex[is_call & ex["continuation"].astype(bool)]
            call = opened.loc[exchange] if exchange in opened.index else None
            rows.append({
                "doc_id": doc_id,
                "exchange": exchange,
                "asker": q["speaker"] if q is not None else pd.NA,
                "outlet": OUTLET_SEPARATOR.join(ids) or (NO_OUTLET if q is not None else pd.NA),
                "name": "/".join(reg.loc[i, "name"] if i in reg.index else i for i in ids) or pd.NA,
                "medium": OUTLET_SEPARATOR.join(dict.fromkeys(reg.loc[known, "medium"])) or pd.NA,
                "called": call["called"] if call is not None else pd.NA,
                "call_result": call["result"] if call is not None else pd.NA,
                "start": int(before[ex.index[0]]),
                "call_words": int(ex.loc[is_call, "n_words"].sum()),
                "question_words": int(ex.loc[role.eq("journalist"), "n_words"].sum()),
                "answer_words": int(ex.loc[~is_call & role.ne("journalist"), "n_words"].sum()),
                "words": int(ex["n_words"].sum()),
                "missed_call_at": int(before[missed.index[0]]) if len(missed) else pd.NA,
            })
    out = pd.DataFrame(rows, columns=list(FLOOR_COLUMNS))
    dtypes = {c: "str" for c in _TEXT} | {c: "int64" for c in _WORDS}
    return out.astype(dtypes | {"exchange": "Int64", "missed_call_at": "Int64"})
