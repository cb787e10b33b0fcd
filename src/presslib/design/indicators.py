"""Question design indicators per question unit, after Clayman and Heritage (2002) and Clayman
et al. (2006): :func:`design_indicators` (one row per indicator that fired, with its cue and
source line) and :func:`summarise_design` (one row per unit, one column per indicator).

Dimensions and indicators (cues in ``data/design/cues.csv``, with their sources):

- **initiative**: ``prefaced`` (context or reported speech before the question proper; a bare
  announcement such as "I wanted to ask about X" is not a preface), ``multiple`` (the turn
  holds two or more question units; variants of one question do not count), ``follow_up``
  (the journalist's own follow-up, or an apparent unrecorded interjection; not a re-ask the
  principal requested);
- **directness**: ``indirect`` (a self- or other-referencing frame: "I wonder", "can you tell
  us", "can you give");
- **assertiveness**: ``tilt`` (a frame proposing an answer for confirmation, "Do I understand
  you correctly that ...", "are you saying"; or a yes/no question whose preface states two or
  more of its content words, so that the preface already asserts what is asked), ``negative``
  (a negative interrogative, "Isn't it ...", "Don't you ...", or a negative tag);
- **adversarialness**: ``opposition`` (the preface doubts or criticises: "critics", "failed",
  "doesn't sound like", "has not actually resulted"), ``accountability`` ("why did you ...",
  "how can you ..."; Clayman et al. 2006 code accountability questions as a dimension of their
  own).

Indicators are pointers for a reader, never a verdict: a hand coding
(:mod:`presslib.design.coding`) is the authority, and :mod:`presslib.design.agreement` says how
far each indicator agrees with one.

References: S. E. Clayman & J. Heritage (2002), Questioning presidents, *Journal of
Communication* 52(4). S. E. Clayman, J. Heritage, M. N. Elliott & L. L. McDonald (2006),
Historical trends in questioning presidents, 1953-2000, *Presidential Studies Quarterly* 36(4).
J. Heritage (2002), The limits of questioning: negative interrogatives and hostile question
content, *Journal of Pragmatics* 34.
"""

from __future__ import annotations

import re

import pandas as pd

from ..table import need_columns
from ..text import WORD_RE
from ..tokens import content_stems
from .cues import compiled_cues, first_cue, plain
from .pieces import _LEAD, _PREFIX, INTERROGATIVE
from .units import question_units, unit_parts

DIMENSIONS = {
    "prefaced": "initiative", "multiple": "initiative", "follow_up": "initiative",
    "indirect": "directness", "tilt": "assertiveness", "negative": "assertiveness",
    "opposition": "adversarialness", "accountability": "adversarialness",
}
INDICATORS = tuple(DIMENSIONS)
INDICATOR_COLUMNS = ("doc_id", "unit", "dimension", "indicator", "cue", "text", "line")
_MIN_SHARED = 2  # content words a preface must share with a yes/no question to state it

_START = re.compile(rf"\W{{0,3}}{_LEAD}{_PREFIX}")


def principal_words(turns: pd.DataFrame) -> dict:
    """``{doc_id: (words, ...)}``: capitalised words naming each document's principals and
    their organisations (for the ``{principal}`` cues: "why did NATO ...")."""
    out = {}
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        rows = doc[doc["role"].eq("principal")] if "role" in doc else doc.iloc[0:0]
        words = set()
        for column in ("speaker", "affiliation"):
            if column in rows:
                for value in rows[column].dropna():
                    words.update(w for w in WORD_RE.findall(str(value)) if w[:1].isupper())
        out[doc_id] = tuple(sorted(words))
    return out


def _line(row, offset: int) -> int:
    return int(row.line) + row.text.count("\n", 0, offset)


def design_indicators(turns: pd.DataFrame, *, units: pd.DataFrame | None = None,
                      parts: pd.DataFrame | None = None, cues: str | None = None) -> pd.DataFrame:
    """One row per design indicator that fired on a question unit.

    Columns: ``doc_id, unit, dimension, indicator``, ``cue`` (the cue's id, or the rule that
    fired), ``text`` (the words it fired on) and ``line`` (their source line). ``units`` and
    ``parts`` default to :func:`~presslib.design.units.question_units` and
    :func:`~presslib.design.units.unit_parts` of ``turns``. Units without words (an apparent
    interjection) get only ``follow_up``.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1], "kind": ["question"], "exchange": [1],
    ...     "label": ["X:"], "line_start": [4], "role": ["journalist"],
    ...     "text": ["Critics say it failed. Isn't it time to go? And I wonder why."]})
    >>> design_indicators(t)[["unit", "indicator", "cue", "line"]].values.tolist()
    [[1, 'prefaced', 'preface', 5], [1, 'multiple', 'turn_has_2_units', 5], [1, 'negative', 'neg_initial', 5], [1, 'opposition', 'opp_critics', 5], [2, 'multiple', 'turn_has_2_units', 5], [2, 'indirect', 'ind_wonder', 5]]
    """
    need_columns(turns, ("doc_id", "turn", "kind", "exchange", "text", "label", "line_start"),
                 what="the turns table")
    units = question_units(turns, cues=cues) if units is None else units
    parts = unit_parts(turns, cues=cues) if parts is None else parts
    need_columns(units, ("doc_id", "unit", "turn", "source", "prefaced", "line", "question", "cue"),
                 what="the units table")
    principals = principal_words(turns)
    per_turn = units[units["source"] != "interjection"].groupby(["doc_id", "turn"])["unit"].size()
    grouped = {key: g for key, g in parts.dropna(subset=["unit"]).groupby(["doc_id", "unit"], sort=False)}
    rows = []
    for u in units.itertuples(index=False):
        compiled = compiled_cues(cues, principals.get(u.doc_id, ()))
        found: list[tuple] = []

        def fire(indicator, cue, text, line, _found=found):
            _found.append((u.doc_id, int(u.unit), DIMENSIONS[indicator], indicator, cue, text, int(line)))

        mine = grouped.get((u.doc_id, u.unit))
        asked = [] if mine is None else list(mine[mine["part"].isin(["question", "variant"])].itertuples())
        preface = [] if mine is None else list(
            mine[(mine["position"] == "before") & mine["part"].isin(["context", "reported"])].itertuples())
        if u.prefaced and preface:
            fire("prefaced", "preface", preface[0].text, preface[0].line)
        n = int(per_turn.get((u.doc_id, u.turn), 0))
        if n >= 2 and u.source != "interjection":
            fire("multiple", f"turn_has_{n}_units", u.question, u.line)
        if u.source in ("follow_up", "interjection"):
            fire("follow_up", u.source, u.cue or u.question, u.line)
        for q in asked:
            _question_cues(q, compiled, fire)
        _tilt_by_preface(asked, preface, fire)
        for p in preface:
            hit = first_cue(p.text, compiled["opposition"])
            if hit:
                fire("opposition", hit[0], p.text[hit[1]:hit[2]], _line(p, hit[1]))
        rows.extend(_first_each(found))
    out = pd.DataFrame(rows, columns=list(INDICATOR_COLUMNS))
    return out.astype({"unit": "int64", "line": "int64"})


def _question_cues(q, compiled, fire) -> None:
    for indicator, use in (("indirect", "indirect"), ("tilt", "tilt"), ("accountability", "accountability")):
        hit = first_cue(q.text, compiled[use])
        if hit:
            fire(indicator, hit[0], q.text[hit[1]:hit[2]], _line(q, hit[1]))
    hit = first_cue(q.text, compiled["negative"], where="question")  # a tag: ", isn't it?"
    if hit:
        fire("negative", hit[0], q.text[hit[1]:hit[2]], _line(q, hit[1]))
        return
    start = _START.match(plain(q.text)).end()
    hit = first_cue(q.text[start:], compiled["negative"], where="question_start")
    if hit:
        fire("negative", hit[0], q.text[start + hit[1]:start + hit[2]], _line(q, start + hit[1]))


def _tilt_by_preface(asked, preface, fire) -> None:
    """A yes/no question whose preface states two or more of its content words."""
    said = set()
    for p in preface:
        said.update(content_stems(p.text))
    for q in asked:
        if not _is_polar(q.text):
            continue
        shared = [s for s in content_stems(q.text) if s in said]
        if len(shared) >= _MIN_SHARED:
            fire("tilt", "preface_states_question", " ".join(shared), q.line)
            return


def _is_polar(text: str) -> bool:
    """Does a question begin with an inverted auxiliary (a yes/no question)?"""
    m = INTERROGATIVE.match(text)
    if not m:
        return False
    rest = plain(text[_START.match(plain(text)).end():]).lstrip().lower()
    return not re.match(r"(?:what|when|where|which|who|whom|whose|why|how)\b", rest)


def _first_each(found: list[tuple]) -> list[tuple]:
    """The first firing of each indicator (in the order found) for one unit."""
    seen, out = set(), []
    for row in found:
        if row[3] not in seen:
            seen.add(row[3])
            out.append(row)
    return out


def summarise_design(indicators: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """One row per unit: ``doc_id, unit`` and a True/False column per indicator
    (:data:`INDICATORS`), from :func:`design_indicators`' table. Every unit has a row."""
    need_columns(indicators, ("doc_id", "unit", "indicator"), what="the indicators table")
    out = units[["doc_id", "unit"]].copy()
    fired = set(zip(indicators["doc_id"], indicators["unit"], indicators["indicator"]))
    for name in INDICATORS:
        out[name] = [(d, u, name) in fired for d, u in zip(out["doc_id"], out["unit"])]
    return out.reset_index(drop=True)
