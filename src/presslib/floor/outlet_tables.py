"""Who asks, per outlet: question turns, follow-ups, questions, words, place in the floor.

Every table here is built from the journalists' turns of a turns table, one row per turn and
outlet (:func:`explode_outlets`). A label naming two outlets ("Deutsche Welle/NPR", outlet
``"dw|npr"``) counts for both, and ``split`` says how:

- ``split="full"`` (the default): the turn counts in full for each outlet it names. DW and
  NPR each get the question, its words and its questions, so per-outlet columns add up to
  more than the conference holds. Right for "which outlets got the floor".
- ``split="fractional"``: each of the ``k`` outlets gets ``1/k`` of the turn. Columns add up to
  the conference's totals, so shares by country or medium add up to 100%. Right for "whose
  share of the floor".

A journalist turn without an outlet counts under ``"(no outlet)"``; an outlet the registry does
not know is kept as printed, with its country and medium missing ("unknown" in roll-ups).

"Questions asked" come from the questions table
(:func:`presslib.answers.questions_table`) when it is given
(``questions=``, one row per question unit asked, with ``doc_id`` and ``turn``), else from the turns
table's ``n_questions`` (sentences ending in a question mark). The table's
``attrs["questions_from"]`` says which.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import PresslibError
from ..outlets import OUTLET_SEPARATOR, read_registry
from ..table import need_columns

SPLITS = ("full", "fractional")
BY = ("outlet", "country", "medium", "public_service")
NO_OUTLET = "(no outlet)"
UNKNOWN = "unknown"
_TURN_COLUMNS = ("doc_id", "turn", "speaker", "role", "outlet", "kind", "exchange", "n_words", "n_questions")


def explode_outlets(turns: pd.DataFrame, *, split: str = "full") -> pd.DataFrame:
    """One row per journalist turn and outlet it names, with the turn's ``weight`` for that outlet.

    Keeps ``doc_id, turn, exchange, speaker, kind, n_words, n_questions`` and adds ``outlet`` (one
    id, or the name as printed) and ``weight`` (1, or ``1/k`` for ``split="fractional"``).

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1], "speaker": ["M", "Teri"],
    ...     "role": ["moderator", "journalist"], "outlet": [None, "dw|npr"], "kind": ["call", "question"],
    ...     "exchange": [1, 1], "n_words": [2, 10], "n_questions": [0, 3]})
    >>> explode_outlets(t, split="fractional")[["turn", "outlet", "weight"]].to_dict("records")
    [{'turn': 1, 'outlet': 'dw', 'weight': 0.5}, {'turn': 1, 'outlet': 'npr', 'weight': 0.5}]
    """
    if split not in SPLITS:
        raise PresslibError(f"split={split!r}, expected one of {', '.join(SPLITS)}")
    need_columns(turns, _TURN_COLUMNS, what="turns table")
    asked = turns.loc[turns["role"].eq("journalist"), list(_TURN_COLUMNS)].copy()
    outlet = asked["outlet"].astype("object").where(asked["outlet"].notna(), "")
    asked["outlet"] = [[p for p in str(v).split(OUTLET_SEPARATOR) if p] or [NO_OUTLET] for v in outlet]
    asked["weight"] = [1.0 if split == "full" else 1.0 / len(v) for v in asked["outlet"]]
    out = asked.explode("outlet", ignore_index=True)
    return out.drop(columns="role")


def count_questions_per_turn(questions: pd.DataFrame) -> pd.Series:
    """Questions per turn, from a questions table
    (:func:`presslib.answers.questions_table`, one row per question): a Series named
    ``questions``, indexed by ``doc_id, turn`` in order; a turn without a question has no entry.

    >>> q = pd.DataFrame({"doc_id": "d", "turn": [7, 3, 3], "text": ["How?", "Why?", "When?"]})
    >>> count_questions_per_turn(q).to_dict()
    {('d', 3): 2, ('d', 7): 1}
    """
    need_columns(questions, ("doc_id", "turn"), what="questions table")
    return questions.groupby(["doc_id", "turn"]).size().rename("questions")


def _questions_per_turn(turns: pd.DataFrame, questions: pd.DataFrame | None) -> tuple[pd.Series, str]:
    """Questions per (doc_id, turn), and where the count came from."""
    key = pd.MultiIndex.from_frame(turns[["doc_id", "turn"]])
    if questions is None:
        return pd.Series(turns["n_questions"].to_numpy(), index=key), "question marks"
    return count_questions_per_turn(questions).reindex(key, fill_value=0), "questions table"


def top_outlet(per_outlet: pd.DataFrame, *, by: str = "questions",
               default: str | None = None) -> str | None:
    """The ``name`` of the outlet with the most ``by`` in a :func:`summarise_outlets` table: the
    first in the table's order (the order of the floor) on a tie; ``default`` for an empty table.

    >>> t = pd.DataFrame({"name": ["AFP", "Reuters", "AP"], "questions": [2, 3, 3]})
    >>> top_outlet(t), top_outlet(t.iloc[:0], default="no outlet")
    ('Reuters', 'no outlet')
    """
    need_columns(per_outlet, ("name", by), what="the per-outlet table")
    ranked = per_outlet.sort_values(by, ascending=False, kind="stable")
    return str(ranked["name"].iloc[0]) if len(ranked) else default


@lru_cache(maxsize=8)
def _registry(path: str) -> pd.DataFrame:
    return read_registry(path).set_index("id")  # callers only read it (reindex copies)


def _facts(outlets: pd.Series, registry) -> pd.DataFrame:
    """Registry facts for each outlet in ``outlets``; unknown ones keep their printed name."""
    reg = _registry(str(registry or paths.data_file("outlets.csv")))
    facts = reg.reindex(outlets.to_numpy())[["name", "country", "medium", "public_service", "source"]]
    facts.index = outlets.index
    facts["name"] = facts["name"].fillna(outlets)
    return facts


def _group_label(facts: pd.DataFrame, by: str) -> pd.Series:
    if by == "public_service":
        label = facts["public_service"].map({True: "public service", False: "private"})
    else:
        label = facts[by]
    return label.fillna(UNKNOWN).astype(str)


def summarise_outlets(
    turns: pd.DataFrame,
    *,
    by: str = "outlet",
    questions: pd.DataFrame | None = None,
    split: str = "full",
    registry: str | Path | None = None,
) -> pd.DataFrame:
    """Who asked, per outlet (``by="outlet"``) or per ``country``, ``medium`` or ``public_service``.

    Per outlet, in the order outlets first got the floor: ``outlet`` (id), ``name``, ``country``,
    ``medium``, ``public_service``, ``question_turns``, ``follow_ups``, ``questions`` (separate
    questions asked), ``words`` (words asked), ``first_exchange`` and ``exchanges`` (place in the
    order of the floor), ``journalists`` (names, ``"; "``-joined) and ``source`` (where the
    registry's facts are stated). Rolled up (``by`` another column), most questions first:
    the group, ``outlets``, ``journalists`` (counts), then the same sums and ``first_exchange``.
    Counts are integers with ``split="full"``, fractions with ``split="fractional"`` (see the
    module's docstring).

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1, 3, 5], "speaker": ["Max", "Max", "Teri"],
    ...     "role": "journalist", "outlet": ["afp", "afp", "dw|npr"],
    ...     "kind": ["question", "follow_up", "question"], "exchange": [1, 1, 2],
    ...     "n_words": [40, 10, 30], "n_questions": [3, 1, 2]})
    >>> summarise_outlets(t)[["outlet", "question_turns", "follow_ups", "questions", "words"]]
      outlet  question_turns  follow_ups  questions  words
    0    afp               1           1          4     50
    1     dw               1           0          2     30
    2    npr               1           0          2     30
    >>> summarise_outlets(t, by="country", split="fractional")[["country", "questions", "words"]]
             country  questions  words
    0         France        4.0   50.0
    1        Germany        1.0   15.0
    2  United States        1.0   15.0
    """
    if by not in BY:
        raise PresslibError(f"by={by!r}, expected one of {', '.join(BY)}")
    rows = explode_outlets(turns, split=split)
    per_turn, source = _questions_per_turn(turns, questions)
    rows["questions"] = per_turn.reindex(pd.MultiIndex.from_frame(rows[["doc_id", "turn"]])).to_numpy()
    facts = _facts(rows["outlet"], registry)
    w = rows["weight"]
    rows = rows.assign(
        key=rows["outlet"] if by == "outlet" else _group_label(facts, by),
        question_turns=w * rows["kind"].eq("question"),
        follow_ups=w * rows["kind"].eq("follow_up"),
        questions=w * rows["questions"],
        words=w * rows["n_words"],
    )
    sums = ["question_turns", "follow_ups", "questions", "words"]
    grouped = rows.groupby("key", sort=False)
    out = grouped[sums].sum()
    if split == "full":
        out = out.round().astype("int64")
    out["first_exchange"] = grouped["exchange"].min().astype("Int64")
    if by == "outlet":
        out["exchanges"] = grouped["exchange"].agg(lambda s: ",".join(map(str, sorted(set(s.dropna())))))
        out["journalists"] = grouped["speaker"].agg(lambda s: "; ".join(dict.fromkeys(s)))
        first = facts.groupby(rows["key"], sort=False).first()
        out = first[["name", "country", "medium", "public_service"]].join(out).join(first["source"])
        out = out.rename_axis("outlet").reset_index()
    else:
        counts = grouped.agg(outlets=("outlet", "nunique"), journalists=("speaker", "nunique"))
        out = counts.join(out).rename_axis(by).reset_index()
        out = out.sort_values(["questions", "words"], ascending=False, kind="stable", ignore_index=True)
    out.attrs["questions_from"] = source
    out.attrs["split"] = split
    return out


def count_outlet_topics(
    turns: pd.DataFrame,
    topics: pd.DataFrame,
    *,
    split: str = "full",
    registry: str | Path | None = None,
) -> pd.DataFrame:
    """Topic hits in each outlet's questions: one row per (outlet, topic) with at least one hit.

    ``topics`` is a topic hits table (one row per ``doc_id, turn, topic`` with ``hits``,
    as :func:`presslib.topics.topic_hits` returns); only journalists' turns count. Columns:
    ``outlet``, ``name``, ``topic``, ``hits`` (term and phrase matches), ``turns`` (the
    outlet's turns that hit the topic), ``words`` (all words of the outlet's question turns)
    and ``per_1000`` (hits per 1,000 of those words), weighted by ``split`` as in
    :func:`summarise_outlets`; outlets in the order of the floor, then most hits first.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1, 3], "speaker": ["Max", "Teri"],
    ...     "role": "journalist", "outlet": ["afp", "dw|npr"], "kind": "question",
    ...     "exchange": [1, 2], "n_words": 9, "n_questions": 1})
    >>> hits = pd.DataFrame({"doc_id": "d", "turn": [1, 3, 3], "topic": ["ukraine", "ukraine", "space"],
    ...                      "hits": [2, 1, 4]})
    >>> count_outlet_topics(t, hits)[["outlet", "topic", "hits"]].to_dict("split")["data"]
    [['afp', 'ukraine', 2], ['dw', 'space', 4], ['dw', 'ukraine', 1], ['npr', 'space', 4], ['npr', 'ukraine', 1]]
    """
    need_columns(topics, ("doc_id", "turn", "topic", "hits"), what="topic hits table")
    rows = explode_outlets(turns, split=split)
    order = {o: i for i, o in enumerate(dict.fromkeys(rows["outlet"]))}
    hit = rows[["doc_id", "turn", "outlet", "weight"]].merge(
        topics[["doc_id", "turn", "topic", "hits"]], on=["doc_id", "turn"], how="inner"
    )
    hit = hit[hit["hits"] > 0]
    hit = hit.assign(hits=hit["weight"] * hit["hits"], turns=hit["weight"])
    out = hit.groupby(["outlet", "topic"], sort=False)[["hits", "turns"]].sum().reset_index()
    if split == "full":
        out[["hits", "turns"]] = out[["hits", "turns"]].round().astype("int64")
    words = (rows["weight"] * rows["n_words"]).groupby(rows["outlet"]).sum()
    out["words"] = out["outlet"].map(words).astype("int64" if split == "full" else "float64")
    out["per_1000"] = (1000 * out["hits"] / out["words"].where(out["words"] > 0)).round(2)
    out.insert(1, "name", _facts(out["outlet"], registry)["name"].to_numpy())
    out = out.assign(_order=out["outlet"].map(order))
    out = out.sort_values(["_order", "hits", "topic"], ascending=[True, False, True], kind="stable")
    return out.drop(columns="_order").reset_index(drop=True)
