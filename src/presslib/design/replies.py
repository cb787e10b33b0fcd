"""Replies to question units, after Bull and Mayer (1993) and Bull (1994, 2003): the coding
scheme (:func:`read_reply_scheme`), question-answer pairs (:func:`qa_pairs`) and automatic
suggestions that pre-fill a hand coding (:func:`suggest_replies`).

**The scheme** (``data/design/replies.csv``): three codes, ``reply``, ``intermediate`` and
``non_reply``, each with kinds (``explicit``; ``implicit``, ``interrupted``, ``partial``;
``ignores``, ``declines``, ``speculative``, ``attacks_question``, ``political_point``, ...),
defined with their source. The hand coding is the authority; the suggestions only save typing.

**The answer to a unit** is every ``answer`` turn of its exchange after the unit's turn (from
its own turn, for an apparent interjection, which is seen only in the answer). When the asking
turn holds several questions, each answer paragraph (:func:`presslib.text.paragraph_spans`) goes to the
question whose words it takes up most (content stems, as in
:mod:`presslib.answers.responsiveness`), so that each gets its own part of the answer; a lone
question owns every paragraph.

**A suggestion**, tried in this order on the unit's own paragraphs:

1. a phrase that declines (``data/non_answers.csv``, :func:`presslib.answers.non_answer_hits`)
   gives ``non_reply``, ``speculative`` or ``declines``;
2. no paragraph of its own, or none sharing a content word with it, gives ``non_reply``,
   ``ignores``;
3. a yes/no question whose answer opens with "Yes" or "No" gives ``reply``, ``explicit``;
4. a paragraph holding at least ``threshold`` of the question's content stems gives ``reply``,
   ``explicit``;
5. a phrase that moves to the speaker's own agenda ("the most important thing is") gives
   ``non_reply``, ``political_point``; anything else ``intermediate``, ``implicit``.

Each suggestion names its cue and the source line it was found on.

References: P. Bull & K. Mayer (1993), How not to answer questions in political interviews,
*Political Psychology* 14(4). P. Bull (1994), On identifying questions, replies, and non-replies
in political interviews, *Journal of Language and Social Psychology* 13(2). P. Bull (2003),
*The Microanalysis of Political Communication*, Routledge.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..answers.non_answers import non_answer_hits
from ..answers.responsiveness import THRESHOLD
from ..errors import PresslibError
from ..io.write import read_data_csv
from ..table import need_columns, source_line
from ..text import WORD_RE, paragraph_spans
from ..tokens import content_stems, stem_share
from .cues import design_file
from .indicators import _is_polar
from .units import SEPARATOR, question_units

SCHEME_COLUMNS = ("code", "kind", "label", "definition", "source")
CODES = ("reply", "intermediate", "non_reply")
PAIR_COLUMNS = ("doc_id", "unit", "exchange", "turn", "line", "source", "question", "answer_turns",
                "answer_line_start", "answer_line_end", "answer_words", "answer")
SUGGESTION_COLUMNS = ("doc_id", "unit", "auto_reply", "auto_kind", "auto_cue", "auto_line")
_YES_NO = re.compile(r"\W{0,3}(?:yes|no|yeah|nope|absolutely|certainly|of\s+course\s+not)\b", re.I)


def read_reply_scheme(path: str | Path | None = None) -> pd.DataFrame:
    """The reply coding scheme (default: the packaged ``replies.csv``), one row per kind.

    Raises :class:`~presslib.errors.PresslibError` naming the line of a row whose code is not
    one of :data:`CODES` or whose kind repeats. ``attrs["source"]`` names the file.
    """
    path = Path(path) if path is not None else design_file("replies.csv")
    table = read_data_csv(path, SCHEME_COLUMNS, what="reply coding scheme")
    seen = set()
    for i, (code, kind) in enumerate(zip(table["code"], table["kind"])):
        if code not in CODES:
            raise PresslibError(f"code {code!r} is not one of {', '.join(CODES)}", path=path, line=i + 2)
        if kind in seen:
            raise PresslibError(f"kind {kind!r} appears twice", path=path, line=i + 2)
        seen.add(kind)
    table.attrs["source"] = str(path)
    return table


def _paragraphs(turns: pd.DataFrame) -> dict:
    """``{(doc_id, exchange): [(turn, line, text), ...]}`` for the answer turns, one per
    paragraph (:func:`presslib.text.paragraph_spans`), with the line it starts on."""
    out: dict = {}
    answers = turns[turns["kind"].eq("answer")]
    for t in answers.itertuples(index=False):
        labelled = bool(getattr(t, "label", ""))
        for start, end in paragraph_spans(t.text):
            line = source_line(t.text, start, line_start=int(t.line_start), labelled=labelled)
            out.setdefault((t.doc_id, t.exchange), []).append((int(t.turn), line, t.text[start:end]))
    return out


def _answers_to(unit, paragraphs: dict) -> list[tuple]:
    after = (lambda turn: turn >= unit.turn) if unit.source == "interjection" else (lambda turn: turn > unit.turn)
    return [p for p in paragraphs.get((unit.doc_id, unit.exchange), []) if after(p[0])]


def qa_pairs(turns: pd.DataFrame, *, units: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per question unit with the answer it got (see the module's docstring).

    Columns: ``doc_id, unit, exchange, turn, line, source, question`` (from the units table),
    ``answer_turns`` (``|``-joined), ``answer_line_start``/``answer_line_end``,
    ``answer_words`` and ``answer`` (the answer turns' text, paragraphs on lines of their own).
    A unit nobody answered has an empty answer.
    """
    need_columns(turns, ("doc_id", "turn", "kind", "exchange", "text", "line_start"), what="the turns table")
    units = question_units(turns) if units is None else units
    paragraphs = _paragraphs(turns)
    rows = []
    for u in units.itertuples(index=False):
        mine = _answers_to(u, paragraphs)
        text = "\n".join(p[2] for p in mine)
        rows.append((u.doc_id, u.unit, u.exchange, u.turn, u.line, u.source, u.question,
                     "|".join(str(t) for t in dict.fromkeys(p[0] for p in mine)),
                     min((p[1] for p in mine), default=None), max((p[1] for p in mine), default=None),
                     len(WORD_RE.findall(text)), text))
    out = pd.DataFrame(rows, columns=list(PAIR_COLUMNS))
    return out.astype({"unit": "int64", "exchange": "Int64", "turn": "int64", "line": "int64",
                       "answer_line_start": "Int64", "answer_line_end": "Int64", "answer_words": "int64"})


def _measured(u, by_unit: dict) -> str:
    """The words a unit is measured by: its question, variants, preface and announcement (for
    an interjection, those of the unit it echoes). Reported speech counts here, unlike in
    :mod:`presslib.answers.responsiveness`: a suggestion only points the coder at the
    paragraphs that take up the question's subject, which "... says that ..., so what can you
    say about that?" names in the words reported; the overlap measure counts what the
    journalist asked in their own words."""
    if u.source == "interjection" and not pd.isna(u.asks_again):
        u = by_unit.get((u.doc_id, int(u.asks_again)), u)
    return " ".join(x for x in (u.question, u.variants.replace(SEPARATOR, " "), u.announcement,
                                u.context, u.reported) if x)


def suggest_replies(turns: pd.DataFrame, *, units: pd.DataFrame | None = None,
                    threshold: float = THRESHOLD, phrases: str | Path | None = None) -> pd.DataFrame:
    """A suggested reply code for each unit, to pre-fill a hand coding (see the module's
    docstring for the rules).

    Columns: ``doc_id, unit, auto_reply, auto_kind, auto_cue`` (the phrase, or the rule and the
    overlap found) and ``auto_line`` (where). ``phrases``: a non-answer phrase list (default:
    ``data/non_answers.csv``).
    """
    units = question_units(turns) if units is None else units
    paragraphs = _paragraphs(turns)
    by_unit = {(u.doc_id, u.unit): u for u in units.itertuples(index=False)}
    hits = non_answer_hits(turns, phrases=phrases)
    lines_of = _hit_lines(turns, hits)
    siblings = units.groupby(["doc_id", "turn"])["unit"].apply(list).to_dict()
    rows = []
    for u in units.itertuples(index=False):
        asked = content_stems(_measured(u, by_unit))
        mine = _answers_to(u, paragraphs)
        others = [by_unit[(u.doc_id, k)] for k in siblings.get((u.doc_id, u.turn), []) if k != u.unit]
        own = []
        for p in mine:
            said = set(content_stems(p[2]))
            # a unit without content words shares nothing with a paragraph (0, not NaN), so it
            # can neither claim a paragraph nor keep a sibling from claiming it
            share = stem_share(asked, said, empty=0.0)[0]
            rivals = [stem_share(content_stems(_measured(o, by_unit)), said, empty=0.0)[0] for o in others]
            if not others or (share > 0 and all(share > r or (share == r and u.unit < o.unit)
                                                for r, o in zip(rivals, others))):
                own.append((p, share))
        rows.append((u.doc_id, u.unit, *_suggest(u, own, mine, lines_of, threshold)))
    out = pd.DataFrame(rows, columns=list(SUGGESTION_COLUMNS))
    return out.astype({"unit": "int64", "auto_line": "Int64"})


def _hit_lines(turns: pd.DataFrame, hits: pd.DataFrame) -> dict:
    """``{(doc_id, turn, line): [(id, category, match), ...]}`` of the non-answer phrases."""
    info = turns.set_index(["doc_id", "turn"])
    out: dict = {}
    for h in hits.itertuples(index=False):
        row = info.loc[(h.doc_id, h.turn)]
        line = source_line(row["text"], h.start, line_start=int(row["line_start"]), labelled=bool(row.get("label", "")))
        out.setdefault((h.doc_id, int(h.turn), line), []).append((h.id, h.category, h.match))
    return out


def _suggest(u, own, mine, lines_of, threshold) -> tuple:
    for (turn, line, _), _share_ in own:
        for id_, category, match in lines_of.get((u.doc_id, turn, line), []):
            if category.startswith("declines"):
                kind = "speculative" if "speculat" in category else "declines"
                return "non_reply", kind, f"{id_}: {match}", line
    if not own:
        first = mine[0][1] if mine else None
        return "non_reply", "ignores", "no answer paragraph takes up its words", first
    texts = [u.question, *u.variants.split(SEPARATOR)] if u.variants else [u.question]
    first_turn, first_line, first_text = own[0][0]
    if any(_is_polar(t) for t in texts if t) and _YES_NO.match(first_text):
        return "reply", "explicit", f"opens with {_YES_NO.match(first_text).group().strip()!r}", first_line
    (best_turn, best_line, _), best = max(own, key=lambda x: x[1])
    if best == 0:
        return "non_reply", "ignores", "no answer paragraph takes up its words", best_line
    if best >= threshold:
        return "reply", "explicit", f"overlap {best:.2f} (threshold {threshold:g})", best_line
    for (turn, line, _), _share_ in own:
        for id_, category, match in lines_of.get((u.doc_id, turn, line), []):
            if category.startswith("shifts"):
                return "non_reply", "political_point", f"{id_}: {match}", line
    return "intermediate", "implicit", f"overlap {best:.2f} below threshold {threshold:g}", best_line
