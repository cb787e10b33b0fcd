"""Topic tables: frequency by role, kind, exchange and section, and questions against answers.

Every function takes the turns table and a topic hits table (:func:`presslib.topics.topic_hits`,
columns ``doc_id, turn, topic, hits``) and returns a new table; nothing here reads the lexicon,
so any hits table of that shape will do (a hand-made one in a test, another lexicon's).
"""

from __future__ import annotations

import pandas as pd

from ..outlets import OUTLET_SEPARATOR
from ..table import QUESTION_KINDS, asking_turns, need_columns

#: The columns of a topic hits table, in order.
HIT_COLUMNS = ("doc_id", "turn", "topic", "hits")


#: Derived groupings :func:`count_topics_by` knows besides the turns table's own columns.
SIDES = {
    "statement": "statement",
    "question": "question",
    "follow_up": "question",
    "answer": "answer",
    "call": "moderator",
    "closing": "moderator",
}


def add_topic_groups(turns: pd.DataFrame) -> pd.DataFrame:
    """The turns with two grouping columns added: ``section`` and ``side``.

    ``section``: ``opening`` (exchange 0), ``q&a`` (exchanges 1..N), ``closing`` (no exchange).
    ``side``: ``statement``, ``question`` (questions and follow-ups), ``answer``, ``moderator``
    (calls and the closing), else ``other``.

    >>> t = pd.DataFrame({"kind": ["statement", "follow_up", "closing"],
    ...                   "exchange": pd.array([0, 1, None], dtype="Int64")})
    >>> add_topic_groups(t)[["section", "side"]].values.tolist()
    [['opening', 'statement'], ['q&a', 'question'], ['closing', 'moderator']]
    """
    need_columns(turns, ("kind", "exchange"), what="the turns table")
    exchange = turns["exchange"].astype("Int64")
    section = pd.Series("closing", index=turns.index, dtype="str")
    section[exchange.eq(0).fillna(False)] = "opening"
    section[exchange.ge(1).fillna(False)] = "q&a"
    side = turns["kind"].map(SIDES).fillna("other").astype("str")
    return turns.assign(section=section, side=side)


def count_topics_by(
    turns: pd.DataFrame, hits: pd.DataFrame, *, by: str | list[str] = "kind", by_document: bool = True
) -> pd.DataFrame:
    """Topic frequency per group of turns, as counts and per 1,000 words; one row per group × topic.

    ``by`` names turns-table columns (``"role"``, ``"kind"``, ``"exchange"``, ``"turn"``) or the
    derived ``"section"`` / ``"side"`` (:func:`add_topic_groups`); groups are within a
    ``doc_id``, unless ``by_document=False``, which pools the transcripts of a corpus (all
    questions of all transcripts are one group; the table then has no ``doc_id`` column).
    Columns: ``doc_id``, the ``by`` columns, ``topic``, ``hits``, ``turns`` (turns
    of the group with a hit), ``words`` (all words of the group), ``per_1000`` (hits per 1,000
    words). Only topics with a hit in the group have a row; :func:`topic_matrix` fills zeros.
    Turns without a value for ``by`` (the closing has no exchange) are left out.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "kind": ["question", "answer", "answer"],
    ...                   "exchange": 1, "n_words": [10, 40, 60]})
    >>> h = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "topic": "cyber", "hits": [1, 2, 1]})
    >>> count_topics_by(t, h, by="kind").values.tolist()
    [['d', 'answer', 'cyber', 3, 2, 100, 30.0], ['d', 'question', 'cyber', 1, 1, 10, 100.0]]
    """
    by = [by] if isinstance(by, str) else list(by)
    need_columns(hits, HIT_COLUMNS, what="the topic hits table")
    needed = {"doc_id", "turn", "n_words", *by} - {"section", "side"}
    need_columns(turns, sorted(needed | ({"kind", "exchange"} if {"section", "side"} & set(by) else set())), what="the turns table")
    groups = (["doc_id"] if by_document else []) + [c for c in by if c != "doc_id"]
    if not groups:
        raise ValueError("by_document=False needs another grouping in by")
    base = add_topic_groups(turns) if {"section", "side"} & set(by) else turns
    base = base[list(dict.fromkeys(["doc_id", "turn", "n_words", *groups]))].dropna(subset=groups)
    words = base.groupby(groups, sort=True)["n_words"].sum().rename("words")
    joined = hits.merge(base, on=["doc_id", "turn"], how="inner")
    # a turn is a (doc_id, turn) pair: turn numbers repeat across the transcripts of a corpus
    joined = joined.assign(_turn=joined["doc_id"].astype(str) + "\x00" + joined["turn"].astype(str))
    counts = joined.groupby([*groups, "topic"], sort=True).agg(
        hits=("hits", "sum"), turns=("_turn", "nunique")
    )
    out = counts.reset_index().merge(words.reset_index(), on=groups, how="left")
    out["per_1000"] = (1000 * out["hits"] / out["words"].where(out["words"] > 0)).round(2)
    return out[[*groups, "topic", "hits", "turns", "words", "per_1000"]].reset_index(drop=True)


def topic_matrix(
    counts: pd.DataFrame, *, index: str, value: str = "hits", topics: list[str] | None = None
) -> pd.DataFrame:
    """A :func:`count_topics_by` table as topics × groups (``index`` values as columns), zeros filled.

    Rows follow ``topics`` (e.g. ``lexicon.ids``) when given, topics without any hit included;
    columns are the groups in sorted order. When ``counts`` holds several transcripts, columns
    are ``(doc_id, group)`` pairs, so that exchange 1 of one transcript stays apart from
    exchange 1 of another (:func:`exchange_labels` names them the same way).
    """
    need_columns(counts, ("topic", index, value), what="the topic counts table")
    several = index != "doc_id" and "doc_id" in counts and counts["doc_id"].nunique() > 1
    wide = counts.pivot_table(
        index="topic", columns=["doc_id", index] if several else index, values=value, aggfunc="sum",
        fill_value=0,
    )
    if topics is not None:
        wide = wide.reindex(topics, fill_value=0)
    if several:
        wide.columns = pd.Index(list(wide.columns), tupleize_cols=False, name=index)
    else:
        wide.columns.name = index
    return wide


def top_topic(counts: pd.DataFrame, *, side: str, order=None, default: str | None = None) -> str | None:
    """The topic mentioned most per 1,000 words on one ``side`` of a :func:`count_topics_by`
    table (``by="side"``, a corpus pooled): on a tie the first in ``order`` (e.g.
    ``lexicon.ids``), else in the table's order; ``default`` when that side mentions no topic.

    >>> t = pd.DataFrame({"side": ["question", "question", "answer"], "topic": ["b", "a", "c"],
    ...                   "hits": [2, 2, 9], "per_1000": [4.0, 4.0, 9.0]})
    >>> top_topic(t, side="question", order=["a", "b"]), top_topic(t, side="statement", default="none")
    ('a', 'none')
    """
    need_columns(counts, ("side", "topic", "hits", "per_1000"), what="the topic counts by side")
    rows = counts[counts["side"].eq(side) & counts["hits"].gt(0)]
    if order is not None:
        rank = {topic: i for i, topic in enumerate(order)}
        rows = rows.assign(_order=rows["topic"].map(rank)).sort_values("_order", kind="stable")
    ranked = rows.sort_values("per_1000", ascending=False, kind="stable")
    return str(ranked["topic"].iloc[0]) if len(ranked) else default


def _topic_sets(turns: pd.DataFrame, hits: pd.DataFrame, kinds) -> pd.Series:
    rows = turns.loc[turns["kind"].isin(kinds), ["doc_id", "turn", "exchange"]]
    joined = hits.merge(rows, on=["doc_id", "turn"], how="inner")
    return joined.groupby(["doc_id", "exchange"])["topic"].agg(lambda s: list(dict.fromkeys(s)))


def compare_asked_answered(turns: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """For each Q&A exchange, the topics the question raised, those the answer covered, and both.

    Questions are the exchange's ``question`` and ``follow_up`` turns, answers its ``answer``
    turns (a continued answer included). One row per ``(doc_id, exchange)`` with exchange >= 1.
    Topic lists are ``|``-joined in order of first mention: ``asked``, ``answered``, ``shared``
    (both), ``dropped`` (asked, not answered), ``added`` (answered, not asked); ``n_asked``,
    ``n_answered``, ``n_shared``; ``coverage`` = n_shared / n_asked (how much of the question
    the answer took up; missing when nothing was asked) and ``focus`` = n_shared / n_answered
    (how much of the answer stayed on the question's topics). ``outlet`` is the asker's.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "kind": ["question", "answer", "follow_up"],
    ...                   "exchange": 1, "outlet": ["afp", None, "afp"]})
    >>> h = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 1, 2], "topic": ["cyber", "cyber", "china", "belarus"],
    ...                   "hits": 1})
    >>> compare_asked_answered(t, h)[["asked", "answered", "shared", "dropped", "coverage", "focus"]].values.tolist()
    [['cyber|belarus', 'cyber|china', 'cyber', 'belarus', 0.5, 0.5]]
    """
    need_columns(turns, ("doc_id", "turn", "kind", "exchange"), what="the turns table")
    need_columns(hits, HIT_COLUMNS, what="the topic hits table")
    turns = turns.assign(exchange=turns["exchange"].astype("Int64"))
    qa = turns[turns["exchange"].ge(1).fillna(False)]
    keys = qa[["doc_id", "exchange"]].drop_duplicates().set_index(["doc_id", "exchange"]).index
    asked = _topic_sets(qa, hits, QUESTION_KINDS).reindex(keys)
    answered = _topic_sets(qa, hits, ("answer",)).reindex(keys)
    rows = []
    for key in keys:
        a = asked.get(key) if isinstance(asked.get(key), list) else []
        b = answered.get(key) if isinstance(answered.get(key), list) else []
        shared = [t for t in a if t in b]
        rows.append(
            (*key, a, b, shared, [t for t in a if t not in b], [t for t in b if t not in a])
        )
    out = pd.DataFrame(
        rows, columns=["doc_id", "exchange", "asked", "answered", "shared", "dropped", "added"]
    )
    for col in ("asked", "answered", "shared"):
        out[f"n_{col}"] = out[col].map(len).astype("int64")
    out["coverage"] = (out["n_shared"] / out["n_asked"].where(out["n_asked"] > 0)).round(3)
    out["focus"] = (out["n_shared"] / out["n_answered"].where(out["n_answered"] > 0)).round(3)
    for col in ("asked", "answered", "shared", "dropped", "added"):
        out[col] = out[col].map(OUTLET_SEPARATOR.join)
    if "outlet" in turns.columns:
        askers = qa[qa["kind"].eq("question")].drop_duplicates(["doc_id", "exchange"])
        out = out.merge(
            askers[["doc_id", "exchange", "outlet"]], on=["doc_id", "exchange"], how="left"
        )
        out = out[["doc_id", "exchange", "outlet", *out.columns[2:-1]]]
    return out.astype({"exchange": "Int64"})


def exchange_labels(turns: pd.DataFrame) -> dict:
    """``{exchange: label}`` for charts: ``"0 opening"``, then ``"1 AFP"`` (the asker's outlet as printed).

    Uses ``affiliation`` of the exchange's first question turn; the number alone when there is
    none. For several transcripts the keys are ``(doc_id, exchange)`` (as :func:`topic_matrix`'s
    columns) and labels start with the ``doc_id``: ``"brief-2: 1 AFP"``.

    >>> t = pd.DataFrame({"doc_id": "d", "kind": ["statement", "question"], "exchange": [0, 1],
    ...                   "affiliation": ["NATO", "AFP"]})
    >>> exchange_labels(t)
    {0: '0 opening', 1: '1 AFP'}
    """
    need_columns(turns, ("kind", "exchange", "affiliation"), what="the turns table")
    several = "doc_id" in turns and turns["doc_id"].nunique() > 1
    keys = ["doc_id", "exchange"] if several else ["exchange"]
    labels = {}
    for key, group in turns.dropna(subset=["exchange"]).groupby(keys, sort=True):
        ex = int(key[-1] if isinstance(key, tuple) else key)
        asker = group.loc[group["kind"].eq("question"), "affiliation"]
        name = (
            "opening" if ex == 0 else (str(asker.iloc[0]) if len(asker) and asker.iloc[0] else "")
        )
        label = f"{ex} {name}".strip()
        if several:
            labels[(key[0], ex)] = f"{key[0]}: {label}"
        else:
            labels[ex] = label
    return labels


def topics_in_questions(turns: pd.DataFrame, hits: pd.DataFrame, proper: pd.DataFrame,
                        proper_hits: pd.DataFrame) -> pd.DataFrame:
    """Topic mentions in the journalists' questions, counted twice: in the whole question and
    follow-up turns (``hits`` of ``turns``) and in the questions proper only (``proper_hits``
    of ``proper``, the turns as :func:`presslib.design.question_proper` cuts them, prefaces,
    context and reported speech set aside). Both count the turns that question_proper cuts
    (:func:`presslib.table.asking_turns`: journalists' questions and follow-ups). That is
    :func:`count_topics_by`'s ``question`` side less any question turn by someone other than
    a journalist (a moderator reading out a question sent in). A corpus is pooled.

    Columns: ``topic``, ``in_turns``, ``in_questions``, ``set_aside`` (mentions only around
    the questions: ``in_turns - in_questions``, never below 0, should the two hits tables
    disagree); one row per topic mentioned in either, most mentioned in the questions proper
    first.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1, 2], "kind": ["question", "answer"],
    ...                   "role": ["journalist", "principal"], "exchange": 1, "n_words": [12, 30]})
    >>> whole = pd.DataFrame({"doc_id": "d", "turn": [1, 1, 2], "topic": ["tanks", "ammo", "ammo"], "hits": 1})
    >>> proper = pd.DataFrame({"doc_id": "d", "turn": [1, 2], "topic": ["ammo", "ammo"], "hits": 1})
    >>> topics_in_questions(t, whole, t, proper).values.tolist()
    [['ammo', 1, 1, 0], ['tanks', 1, 0, 1]]
    """
    need_columns(hits, HIT_COLUMNS, what="the topic hits table")
    need_columns(proper_hits, HIT_COLUMNS, what="the topic hits table of the questions proper")
    out = pd.concat([_asked_hits(turns, hits).rename("in_turns"),
                     _asked_hits(proper, proper_hits).rename("in_questions")], axis=1).fillna(0).astype("int64")
    out["set_aside"] = (out["in_turns"] - out["in_questions"]).clip(lower=0)
    out = out.rename_axis("topic").reset_index()
    out = out.sort_values(["in_questions", "in_turns", "topic"], ascending=[False, False, True], kind="stable")
    return out[["topic", "in_turns", "in_questions", "set_aside"]].reset_index(drop=True)


def _asked_hits(turns: pd.DataFrame, hits: pd.DataFrame) -> pd.Series:
    """Hits per topic in the journalists' question and follow-up turns, all documents pooled."""
    asked = turns.loc[asking_turns(turns), ["doc_id", "turn"]]
    return hits.merge(asked, on=["doc_id", "turn"]).groupby("topic")["hits"].sum()
