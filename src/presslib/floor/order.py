"""The order of the floor: one row per Q&A exchange, who was called, who asked, how long it ran.

:func:`summarise_floor` is the table behind the floor timeline; :func:`outlet_findings` puts
the outlet tables into plain sentences for a notebook's "What we found".
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from .calls import calls_table
from ..table import need_columns
from .outlet_tables import NO_OUTLET, _registry, explode_outlets, summarise_outlets
from ..outlets import OUTLET_SEPARATOR

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


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def outlet_findings(
    turns: pd.DataFrame,
    *,
    questions: pd.DataFrame | None = None,
    registry: str | Path | None = None,
) -> list[str]:
    """Plain sentences on who got the floor, computed from the tables (true on any transcript)."""
    per = summarise_outlets(turns, questions=questions, registry=registry)
    if per.empty:
        return ["No journalist asked a question."]
    rows = explode_outlets(turns)
    calls = calls_table(turns, registry=registry)
    floor = summarise_floor(turns, registry=registry)
    source = per.attrs["questions_from"]
    out = [
        f"{rows['speaker'].nunique()} journalists from {len(per)} outlets asked in "
        f"{len(floor)} exchanges ({int(per['follow_ups'].sum())} follow-up turn(s))."
    ]
    taken = calls[calls["taken_up"]]
    counts = taken["result"].value_counts()
    out.append(
        f"The moderator's calls named the asking outlet in {counts.get('named the asker', 0)} "
        f"of {len(floor)} exchanges, another outlet in {counts.get('named another outlet', 0)}, "
        f"and no outlet in {counts.get('named no outlet', 0)}; "
        f"{int((~calls['taken_up']).sum())} call(s) were not taken up."
    )
    first = floor.dropna(subset=["name"]).head(3)
    if len(first):
        out.append(f"The first {len(first)} exchange(s) went to {_names(list(first['name']))}.")
    fractional = dict(questions=questions, split="fractional", registry=registry)
    media = summarise_outlets(turns, by="medium", **fractional)
    total = media["questions"].sum()  # fractional counts add up to the conference's total
    if total:
        top = media.iloc[0]
        out.append(
            f"By medium, {top['medium']} outlets asked the most: {top['questions']:g} of {total:g} "
            f"separate questions ({top['questions'] / total:.0%}, counted from {source}; "
            f"two-outlet questions split between them)."
        )
        public = summarise_outlets(turns, by="public_service", **fractional).set_index("public_service")
        if "public service" in public.index:
            share = public.loc["public service", "questions"] / total
            out.append(f"Public-service media asked {share:.0%} of the questions.")
        countries = summarise_outlets(turns, by="country", **fractional)
        top = countries.iloc[0]
        out.append(
            f"Outlets from {len(countries)} countries asked; the most questions came from "
            f"{top['country']} ({top['questions']:g}, from {top['outlets']} outlet(s))."
        )
    longest = floor.loc[floor["words"].idxmax()]
    out.append(
        f"The longest exchange was number {int(longest['exchange'])} ({longest['name']}), "
        f"{int(longest['words']):,} words with its answers."
    )
    return out
