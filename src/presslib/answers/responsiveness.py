"""Does the answer take up what was asked? An exploratory, lexical measure.

**Exploratory.** Word overlap is a crude stand-in for what discourse analysts judge by reading:
whether a reply gives the information a question asks for (Bull 1994; Bull & Mayer 1993 on
replies, non-replies and "intermediate" replies in political interviews; Clayman & Heritage
2002 on how question design sets the agenda an answer must meet). An answer can use the
question's words and evade it, or answer it in other words ("beginning" asked, "start"
answered). Use the numbers to find exchanges worth reading, not to grade them.

- **Content stems** of a text (:func:`presslib.tokens.content_stems`): its word tokens that are
  not stop words and longer than one letter, Snowball-stemmed, counted once each.
- The **questions** are those of the questions table (:func:`~presslib.answers.questions_table`:
  question units), and a question is measured by its **question proper**: the question and
  its variants, without the thanks, self-introduction, preface, context or reported speech
  around it, as the topic counts do. With ``context=True`` the announcement and context the
  journalist gave with it count too ("So what can you say about that?" names its subject
  there); reported speech never does: it is someone else's words.
- **Overlap** of a question with an answer text: the share of the question's content stems
  that the answer text also holds, from 0 to 1 (:func:`stem_overlap`).
- The **answer** to a question is every ``answer`` turn of its exchange after the question's
  turn; an answer **paragraph** is a paragraph of those turns' text
  (:func:`presslib.text.paragraph_spans`: lines between blank lines, a hard-wrapped line
  joined to the next; the NATO transcript prints each published paragraph on a line).
- A question is **addressed** when some answer paragraph holds at least :data:`THRESHOLD`
  (a quarter) of its content stems, else **not evidently addressed**. A quarter is a round
  figure: a paragraph that repeats one word in four of a question's subject has at least
  picked up its terms. Change ``threshold=`` and see how the picture moves.

Non-answer and deflection phrases are in :mod:`presslib.answers.non_answers`.

References: P. Bull & K. Mayer (1993), How not to answer questions in political interviews,
*Political Psychology* 14(4). P. Bull (1994), On identifying questions, replies and non-replies
in political interviews, *Journal of Language and Social Psychology* 13(2). S. E. Clayman &
J. Heritage (2002), Questioning presidents, *Journal of Communication* 52(4).
"""

from __future__ import annotations

import pandas as pd

from ..table import need_columns
from ..text import paragraph_spans
from ..tokens import content_stems, stem_share
from ..design.units import SEPARATOR, questions_table

#: Least overlap with one answer paragraph for a question to count as addressed.
THRESHOLD = 0.25


def stem_overlap(question: str, answer: str) -> tuple[float, list[str]]:
    """``(share, shared)``: the share of the question's content stems found in the answer.

    ``share`` is NaN when the question has no content stem. ``shared`` lists the stems in the
    question's order.

    >>> stem_overlap("Are Allies sending tanks?", "Allies send jets.")
    (0.6666666666666666, ['alli', 'send'])
    """
    return stem_share(content_stems(question), set(content_stems(answer)))


def _units(turns: pd.DataFrame, *, context: bool) -> pd.DataFrame:
    """The questions table, each question with the text it is measured by (see the module's
    docstring): ``measured``."""
    questions = questions_table(turns)
    kept = ["text", "variants", "announcement", "context"] if context else ["text", "variants"]
    measured = [" ".join(p.replace(SEPARATOR, " ") for p in row if p)
                for row in questions[kept].itertuples(index=False)]
    return questions.assign(measured=measured)


def _answer_paragraphs(turns: pd.DataFrame) -> dict[tuple, list[tuple[int, int, str, set[str]]]]:
    """``{(doc_id, exchange): [(answer turn, paragraph, text, content stems), ...]}``."""
    answers = turns[turns["kind"].eq("answer")]
    out: dict[tuple, list] = {}
    for doc_id, exchange, turn, text in zip(answers["doc_id"], answers["exchange"],
                                            answers["turn"], answers["text"]):
        paragraphs = [text[start:end] for start, end in paragraph_spans(text)]
        out.setdefault((doc_id, exchange), []).extend(
            (int(turn), k, p, set(content_stems(p))) for k, p in enumerate(paragraphs))
    return out


def paragraph_overlap(turns: pd.DataFrame, *, context: bool = False) -> pd.DataFrame:
    """One row per (question, answer paragraph): how much of the question the paragraph takes up.

    Columns: ``doc_id, exchange, turn, index, unit`` (the question, as in the questions table),
    ``answer_turn``, ``paragraph`` (0-based paragraph of that turn's text,
    :func:`presslib.text.paragraph_spans`), ``overlap`` (share of
    the question's content stems in the paragraph), ``shared`` (those stems, ``|``-joined),
    ``n_stems`` (the question's content stems) and ``paragraph_text``.
    """
    need_columns(turns, ("doc_id", "turn", "kind", "exchange", "text"), what="the turns table")
    units = _units(turns, context=context)
    paragraphs = _answer_paragraphs(turns)
    rows = []
    for u in units.itertuples(index=False):
        asked = content_stems(u.measured)
        for a_turn, k, line, given in paragraphs.get((u.doc_id, u.exchange), []):
            if a_turn > u.turn:
                share, shared = stem_share(asked, given)
                rows.append((u.doc_id, u.exchange, u.turn, u.index, u.unit, a_turn, k, share,
                             "|".join(shared), len(asked), line))
    cols = ["doc_id", "exchange", "turn", "index", "unit", "answer_turn", "paragraph", "overlap", "shared",
            "n_stems", "paragraph_text"]
    return pd.DataFrame(rows, columns=cols).astype({"exchange": "Int64", "overlap": "float64"})


def responsiveness_table(
    turns: pd.DataFrame, *, threshold: float = THRESHOLD, context: bool = False
) -> pd.DataFrame:
    """One row per question: its overlap with the whole answer and with its best paragraph.

    Columns: ``doc_id, exchange, turn, index, unit, kind, text, line`` (as in the questions
    table), ``n_stems`` (content stems of the question proper, with its context if asked),
    ``answer_overlap`` (share found anywhere in the answer), ``answer_shared``,
    ``best_turn``/``best_paragraph`` (the first answer paragraph holding most of the question),
    ``best_overlap``, ``best_shared``, ``addressed`` (``best_overlap >= threshold``) and
    ``verdict`` (``"addressed"`` or ``"not evidently addressed"``; ``"no answer"`` when no
    answer turn follows). Exploratory: see the module's docstring.
    """
    paras = paragraph_overlap(turns, context=context)
    paragraphs = _answer_paragraphs(turns)
    rows = []
    for u in _units(turns, context=context).itertuples(index=False):
        asked = content_stems(u.measured)
        later = [p for p in paragraphs.get((u.doc_id, u.exchange), []) if p[0] > u.turn]
        share, shared = stem_share(asked, set().union(*(p[3] for p in later)))
        mine = paras[(paras["doc_id"] == u.doc_id) & (paras["unit"] == u.unit)]
        if len(mine):
            best = mine.loc[mine["overlap"].fillna(-1).idxmax()]
            best_turn, best_par = int(best["answer_turn"]), int(best["paragraph"])
            best_overlap, best_shared = float(best["overlap"]), best["shared"]
        else:
            best_turn, best_par, best_overlap, best_shared = None, None, float("nan"), ""
        addressed = bool(best_overlap >= threshold)
        verdict = "no answer" if not len(mine) else (
            "addressed" if addressed else "not evidently addressed")
        rows.append((u.doc_id, u.exchange, u.turn, u.index, u.unit, u.kind, u.text, u.line, len(asked),
                     share, "|".join(shared), best_turn, best_par, best_overlap, best_shared,
                     addressed, verdict))
    cols = ["doc_id", "exchange", "turn", "index", "unit", "kind", "text", "line", "n_stems",
            "answer_overlap", "answer_shared", "best_turn", "best_paragraph", "best_overlap",
            "best_shared", "addressed", "verdict"]
    return pd.DataFrame(rows, columns=cols).astype(
        {"exchange": "Int64", "best_turn": "Int64", "best_paragraph": "Int64",
         "answer_overlap": "float64", "best_overlap": "float64", "addressed": "bool"})
