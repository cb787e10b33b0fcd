"""Answer lengths from the exchanges table: who gets long answers, when, on what.

All functions take the turns table and/or :func:`presslib.answers.exchanges.exchanges_table`'s
output and return small tables. Words are the shared definition of :mod:`presslib.text`;
minutes are words over the exchanges table's rate. :func:`add_outlet_names` gives the
exchanges the short outlet names and media that charts label and colour them by.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..outlets import OUTLET_SEPARATOR, read_registry
from ..table import need_columns
from .exchanges import WORDS_PER_MINUTE, first_sentence

UNKNOWN_MEDIUM = "unknown"


def short_outlet_name(outlet: str, *, registry: str | Path | None = None) -> str:
    """A short label for ``|``-joined outlet ids: the shortest registry name or alias of each.

    Ids the registry does not know are kept as printed.

    >>> short_outlet_name("dw|npr"), short_outlet_name("afp"), short_outlet_name("Daily Planet")
    ('DW / NPR', 'AFP', 'Daily Planet')
    """
    if not isinstance(outlet, str) or not outlet:
        return ""
    short = _outlet_facts(str(registry or paths.data_file("outlets.csv")))[0]
    return " / ".join(short.get(id_, id_) for id_ in outlet.split(OUTLET_SEPARATOR))


@lru_cache(maxsize=4)
def _outlet_facts(registry: str) -> tuple[dict[str, str], dict[str, str]]:
    """``{id: shortest name or alias of two letters or more}`` and ``{id: medium}``."""
    short, media = {}, {}
    for row in read_registry(registry).itertuples():
        names = [row.name, *filter(None, row.aliases.split("|"))]
        short[row.id] = min(names, key=lambda n: (len(n) < 2, len(n), n))
        media[row.id] = row.medium
    return short, media


def add_outlet_names(exchanges: pd.DataFrame, *, registry: str | Path | None = None) -> pd.DataFrame:
    """The exchanges with ``outlet_name`` (:func:`short_outlet_name`) and ``medium`` added.

    ``medium`` is the registry's medium of the exchange's first outlet, ``"unknown"`` when it
    has none or the registry does not know it. Charts of exchanges label and colour by these.

    >>> ex = pd.DataFrame({"exchange": [1, 2, 3], "outlet": ["dw|npr", "", "Daily Planet"]})
    >>> add_outlet_names(ex)[["outlet_name", "medium"]].values.tolist()
    [['DW / NPR', 'television'], ['', 'unknown'], ['Daily Planet', 'unknown']]
    """
    need_columns(exchanges, ("outlet",), what="the exchanges table")
    media = _outlet_facts(str(registry or paths.data_file("outlets.csv")))[1]
    first = [o.split(OUTLET_SEPARATOR)[0] if isinstance(o, str) and o else "" for o in exchanges["outlet"]]
    return exchanges.assign(
        outlet_name=[short_outlet_name(o, registry=registry) for o in exchanges["outlet"]],
        medium=[media.get(o, UNKNOWN_MEDIUM) for o in first],
    )


def summarise_answer_lengths(turns: pd.DataFrame, exchanges: pd.DataFrame, *,
                             wpm: float = WORDS_PER_MINUTE) -> pd.DataFrame:
    """The opening statement against the answers: words and estimated minutes, one row each.

    Rows: ``opening statement``, ``all answers``, ``mean answer``, ``median answer``,
    ``longest answer``, ``shortest answer`` (answers are per exchange, continuation included).
    """
    need_columns(turns, ("kind", "n_words"), what="the turns table")
    need_columns(exchanges, ("answer_words",), what="the exchanges table")
    answers = exchanges["answer_words"]
    words = {
        "opening statement": int(turns.loc[turns["kind"].eq("statement"), "n_words"].sum()),
        "all answers": int(answers.sum()),
        "mean answer": float(answers.mean()) if len(answers) else float("nan"),
        "median answer": float(answers.median()) if len(answers) else float("nan"),
        "longest answer": int(answers.max()) if len(answers) else 0,
        "shortest answer": int(answers.min()) if len(answers) else 0,
    }
    out = pd.DataFrame({"words": pd.Series(words, dtype="float64")})
    out["minutes"] = out["words"] / wpm
    out.index.name = "what"
    return out.round(1)


def answer_words_by_outlet(exchanges: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: exchanges, questions (units), answer words (total and mean), mean ratio.

    An exchange asked for two outlets at once ("dw|npr") counts for each. Most words first.
    """
    need_columns(exchanges, ("outlet", "questions", "answer_words", "answer_question_ratio"), what="the exchanges table")
    per = exchanges.assign(outlet=exchanges["outlet"].str.split(OUTLET_SEPARATOR)).explode("outlet")
    per = per[per["outlet"].notna() & per["outlet"].ne("")]
    out = per.groupby("outlet").agg(
        exchanges=("answer_words", "size"), questions=("questions", "sum"),
        answer_words=("answer_words", "sum"), mean_answer_words=("answer_words", "mean"),
        mean_ratio=("answer_question_ratio", "mean"))
    out.insert(0, "name", [short_outlet_name(o) for o in out.index])
    return out.sort_values(["answer_words", "exchanges"], ascending=False, kind="stable").round(2)


def answer_words_by_position(exchanges: pd.DataFrame, *, parts: int = 3) -> pd.DataFrame:
    """Answers in the first, middle and last part of the conference (``parts`` equal slices).

    >>> ex = pd.DataFrame({"exchange": range(1, 7), "answer_words": [10, 20, 30, 40, 50, 60],
    ...                    "answer_question_ratio": [1.0] * 6})
    >>> answer_words_by_position(ex)["mean_answer_words"].tolist()
    [15.0, 35.0, 55.0]
    """
    need_columns(exchanges, ("exchange", "answer_words", "answer_question_ratio"), what="the exchanges table")
    order = exchanges.sort_values([c for c in ("doc_id", "exchange") if c in exchanges.columns])
    n = len(order)
    names = ["first third", "middle third", "last third"] if parts == 3 else [
        f"part {k + 1} of {parts}" for k in range(parts)]
    labels = [names[min(i * parts // max(n, 1), parts - 1)] for i in range(n)]
    part = pd.Categorical(labels, categories=[x for x in names if x in labels])
    out = order.assign(part=part).groupby("part", observed=True).agg(
        exchanges=("exchange", lambda s: f"{s.min()}–{s.max()}"),
        mean_answer_words=("answer_words", "mean"), mean_ratio=("answer_question_ratio", "mean"))
    return out.round(2)


def answer_words_by_topic(exchanges: pd.DataFrame) -> pd.DataFrame:
    """Per topic asked: exchanges and mean answer words; empty without the topic columns.

    >>> ex = pd.DataFrame({"topics_asked": ["ukraine|china", "ukraine", ""],
    ...                    "answer_words": [100, 300, 50]})
    >>> answer_words_by_topic(ex)["mean_answer_words"].to_dict()
    {'ukraine': 200.0, 'china': 100.0}
    """
    cols = ["exchanges", "mean_answer_words", "answer_words"]
    if "topics_asked" not in exchanges.columns:
        return pd.DataFrame(columns=cols, index=pd.Index([], name="topic"))
    per = exchanges.assign(topic=exchanges["topics_asked"].str.split("|")).explode("topic")
    per = per[per["topic"].notna() & per["topic"].ne("")]
    out = per.groupby("topic").agg(exchanges=("answer_words", "size"),
                                   mean_answer_words=("answer_words", "mean"),
                                   answer_words=("answer_words", "sum"))
    return out.sort_values(["mean_answer_words", "exchanges"], ascending=False, kind="stable")


def extreme_answers(turns: pd.DataFrame, exchanges: pd.DataFrame, *, n: int = 2) -> pd.DataFrame:
    """The ``n`` longest and ``n`` shortest answers, with the first sentence the principal said."""
    need_columns(turns, ("doc_id", "exchange", "kind", "text", "turn"), what="the turns table")
    need_columns(exchanges, ("doc_id", "exchange", "outlet", "answer_words"), what="the exchanges table")
    ranked = exchanges.sort_values(["answer_words", "exchange"], ascending=[False, True], kind="stable")
    picks = [("longest", r) for r in ranked.head(n).itertuples()]
    picks += [("shortest", r) for r in ranked.tail(n).iloc[::-1].itertuples()]
    answers = turns[turns["kind"].eq("answer")]
    rows = []
    for which, r in picks:
        mine = answers[(answers["doc_id"] == r.doc_id) & (answers["exchange"] == r.exchange)]
        opening = first_sentence(mine.sort_values("turn")["text"].iloc[0]) if len(mine) else ""
        rows.append((which, r.exchange, short_outlet_name(r.outlet), r.answer_words, opening))
    return pd.DataFrame(rows, columns=["which", "exchange", "outlet", "answer_words", "first_sentence"])


def cumulative_words(turns: pd.DataFrame) -> pd.DataFrame:
    """Words spoken so far by each role after each turn: columns ``turn``, then one per role.

    >>> t = pd.DataFrame({"turn": [0, 1, 2], "role": ["principal", "journalist", "principal"],
    ...                   "n_words": [10, 5, 20]})
    >>> cumulative_words(t).values.tolist()
    [[0, 10, 0], [1, 10, 5], [2, 30, 5]]
    """
    need_columns(turns, ("turn", "role", "n_words"), what="the turns table")
    roles = [r for r in ("principal", "moderator", "journalist", "other") if r in set(turns["role"])]
    wide = pd.DataFrame({"turn": turns["turn"].to_numpy()})
    for role in roles:
        wide[role] = turns["n_words"].where(turns["role"].eq(role), 0).cumsum().to_numpy()
    return wide
