"""The exchanges table: one row per question-and-answer exchange, :func:`exchanges_table`.

An exchange (the turns table's ``exchange`` column, 1..N) runs from the moderator's call to the
last answer before the next call. Its **question turns** are the ``question`` and ``follow_up``
turns; its **answer turns** are the ``answer`` turns, including an answer resumed after a call
that was not taken up (``continuation``), which stays in the exchange whose question it
answers. The opening statement (exchange 0) and the closing are not exchanges here: the
statement is not an answer to anyone.

Speaking time is estimated from words at :data:`WORDS_PER_MINUTE` (150), the rate commonly
given for conversational English (the US National Center for Voice and Speech's figure). It is
an estimate: pass ``wpm=`` with a rate measured on the recording when there is one.
"""

from __future__ import annotations

import pandas as pd

from ..outlets import OUTLET_SEPARATOR
from ..table import QUESTION_KINDS, exchange_rows, need_columns
from ..text import sentence_spans
from .questions import questions_table

#: Words per minute used to estimate speaking time (conversational English; see the docstring).
WORDS_PER_MINUTE = 150
ANSWER_KINDS = ("answer",)
EXCHANGE_COLUMNS = (
    "doc_id", "exchange", "first_turn", "last_turn", "journalist", "outlet", "question_turns",
    "questions", "question_words", "answer_turns", "answer_words", "answer_sentences",
    "answer_question_ratio", "answer_minutes", "continuation", "continuation_words",
)
TOPIC_COLUMNS = ("topics_asked", "topics_answered", "topics_not_answered")
_NEEDED = ("doc_id", "turn", "speaker", "kind", "exchange", "continuation", "outlet", "n_words",
           "n_sentences")
_TOPIC_NEEDED = ("doc_id", "turn", "topic", "hits")


def _join_unique(values, sep: str) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if isinstance(v, str) and v:
            for part in v.split(sep) if sep == OUTLET_SEPARATOR else [v]:
                seen.setdefault(part)
    return sep.join(seen)


def exchanges_table(
    turns: pd.DataFrame,
    *,
    questions: pd.DataFrame | None = None,
    topics: pd.DataFrame | None = None,
    wpm: float = WORDS_PER_MINUTE,
) -> pd.DataFrame:
    """One row per exchange (1..N of each transcript), joining back on ``(doc_id, exchange)``.

    Columns: ``doc_id``, ``exchange``, ``first_turn``/``last_turn`` (the turns it spans, call
    included), ``journalist`` (the askers, ``"; "``-joined), ``outlet`` (their registry ids,
    ``|``-joined), ``question_turns``, ``questions`` (questions asked, from ``questions`` or
    else from :func:`presslib.answers.questions_table`: question units), ``question_words``
    (all words of the question turns, courtesy included), ``answer_turns``, ``answer_words``,
    ``answer_sentences``, ``answer_question_ratio`` (answer words per question word, to two
    decimals; missing when no question words), ``answer_minutes`` (``answer_words / wpm``, to
    two decimals), ``continuation``
    (the exchange holds an answer resumed after an untaken call) and ``continuation_words``.

    With ``topics`` (topic hits, :func:`presslib.topics.topic_hits`: one row per ``doc_id,
    turn, topic`` with ``hits`` > 0), three more columns list topics, ``|``-joined and sorted:
    ``topics_asked`` (in the question turns), ``topics_answered`` (in the answer turns) and
    ``topics_not_answered`` (asked, and absent from the answers).

    >>> t = pd.DataFrame({"doc_id": "d", "turn": range(5), "speaker": ["M", "J", "P", "M", "P"],
    ...     "kind": ["call", "question", "answer", "call", "answer"], "exchange": [1] * 5,
    ...     "continuation": [False, False, False, True, True], "outlet": [None, "afp", None, None, None],
    ...     "n_words": [2, 10, 30, 1, 15], "n_sentences": [1, 1, 3, 1, 1],
    ...     "text": ["", "Why? Why not?", "", "", ""], "label": "", "line_start": range(5)})
    >>> ex = exchanges_table(t)
    >>> ex[["questions", "answer_turns", "answer_words", "continuation_words"]].values.tolist()
    [[2, 2, 45, 15]]
    >>> float(ex["answer_question_ratio"].iloc[0]), float(ex["answer_minutes"].iloc[0])
    (4.5, 0.3)
    """
    need_columns(turns, _NEEDED, what="the turns table")
    if questions is None:
        questions = questions_table(turns)
    need_columns(questions, ("doc_id", "turn"), what="the questions table")
    qa = turns[turns["exchange"].notna() & (turns["exchange"] >= 1)]
    n_questions = questions.groupby(["doc_id", "turn"]).size()
    rows = []
    for (doc_id, exchange), ex in qa.groupby(["doc_id", "exchange"], sort=True):
        asked = ex[ex["kind"].isin(QUESTION_KINDS)]
        answered = ex[ex["kind"].isin(ANSWER_KINDS)]
        resumed = answered[answered["continuation"].astype(bool)]
        q_words = int(asked["n_words"].sum())
        a_words = int(answered["n_words"].sum())
        rows.append({
            "doc_id": doc_id,
            "exchange": int(exchange),
            "first_turn": int(ex["turn"].min()),
            "last_turn": int(ex["turn"].max()),
            "journalist": "; ".join(dict.fromkeys(asked["speaker"])),
            "outlet": _join_unique(asked["outlet"], OUTLET_SEPARATOR),
            "question_turns": len(asked),
            "questions": int(sum(n_questions.get((doc_id, t), 0) for t in asked["turn"])),
            "question_words": q_words,
            "answer_turns": len(answered),
            "answer_words": a_words,
            "answer_sentences": int(answered["n_sentences"].sum()),
            "answer_question_ratio": round(a_words / q_words, 2) if q_words else float("nan"),
            "answer_minutes": round(a_words / wpm, 2),
            "continuation": bool(len(resumed)),
            "continuation_words": int(resumed["n_words"].sum()),
        })
    out = pd.DataFrame(rows, columns=list(EXCHANGE_COLUMNS))
    out = out.astype({"exchange": "int64", "first_turn": "int64", "last_turn": "int64",
                      "question_turns": "int64", "questions": "int64", "question_words": "int64",
                      "answer_turns": "int64", "answer_words": "int64", "answer_sentences": "int64",
                      "answer_question_ratio": "float64", "answer_minutes": "float64",
                      "continuation": "bool", "continuation_words": "int64"})
    if topics is not None:
        out = _add_topics(out, turns, topics)
    return out


def _add_topics(out: pd.DataFrame, turns: pd.DataFrame, topics: pd.DataFrame) -> pd.DataFrame:
    """``out`` with the topics asked, answered and not answered in each exchange."""
    need_columns(topics, _TOPIC_NEEDED, what="the topic hits table")
    hits = topics[topics["hits"] > 0].merge(
        turns[["doc_id", "turn", "kind", "exchange"]], on=["doc_id", "turn"], how="inner")
    asked = hits[hits["kind"].isin(QUESTION_KINDS)].groupby(["doc_id", "exchange"])["topic"]
    answered = hits[hits["kind"].isin(ANSWER_KINDS)].groupby(["doc_id", "exchange"])["topic"]
    asked, answered = asked.agg(set).to_dict(), answered.agg(set).to_dict()
    out = out.copy()
    keys = list(zip(out["doc_id"], out["exchange"]))
    a = [asked.get(k, set()) for k in keys]
    b = [answered.get(k, set()) for k in keys]
    out["topics_asked"] = ["|".join(sorted(x)) for x in a]
    out["topics_answered"] = ["|".join(sorted(x)) for x in b]
    out["topics_not_answered"] = ["|".join(sorted(x - y)) for x, y in zip(a, b)]
    return out.astype({c: "str" for c in TOPIC_COLUMNS})


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` (by :mod:`presslib.text`'s rules), stripped.

    >>> first_sentence("  Yes, Mr. Foy. We will.")
    'Yes, Mr. Foy.'
    """
    spans = sentence_spans(text)
    return text[spans[0][0]:spans[0][1]].strip() if spans else ""
