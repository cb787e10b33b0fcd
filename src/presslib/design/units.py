"""Question units: what a journalist asks, one row per question, with its preface and variants.

A **question unit** is one question with everything that belongs to it. Journalists' turns are
cut into pieces (:mod:`presslib.design.pieces`), and the pieces are grouped:

- A question piece starts a new unit unless it is a **variant** of the one before it: a
  reformulation asking for the same information, with nothing but question pieces between.
  A piece is a variant when it opens with "or" (an alternative that offers the other answer:
  "How do we solve that? Or are we at a ceiling?"); or follows a wh-question and refers back
  to it ("What do you think of this? Do you think this is realistic?": *this*, *that*, *it*,
  or two content words in common); or shares half its content words (two at least) with the
  question before it. A piece opening with "and", "also" or "then" is a new question.
- Announcements, context and reported speech belong to the question after them (``before``);
  after the turn's last question, or when opening with "because", "since" or "as", to the
  question before them (``after``). An announcement that no question follows is itself the
  question ("My first question is about ships. My second ..."); a turn with no question at all asks
  with its last sentence (``form`` ``declarative``).
- Where a unit came from (``source``): ``question`` (a journalist's turn), ``follow_up`` (the
  same journalist again in the exchange, on their own initiative), ``re_ask`` (a question
  the principal asked to hear again: "The first question was?"; ``asks_again`` names the unit
  repeated), ``interjection`` (not in the transcript: an answer resumed after a moderator's call
  nobody took up opens by echoing an earlier question, "The Fighter, well, ...", so someone
  apparently prompted it off the record; ``asks_again`` names the unit echoed, ``cue`` the echo).

:func:`question_units` gives one row per unit, :func:`unit_parts` one row per piece. Both join
back to the turns table on ``(doc_id, turn)`` and name the source lines. :func:`questions_table` keeps
the units asked for the first time, and :func:`worked_exchange` picks, from it, the one exchange
the notebooks read closely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from ..errors import PresslibError
from ..table import QUESTION_KINDS, asking_turns, need_columns, source_line
from ..text import PARAGRAPH_BREAK, WORD_RE, count_text, sentence_spans
from ..tokens import content_stems, tokens_table
from .cues import compiled_cues, first_cue
from .pieces import _LEAD, _PREFIX, _WH, Piece, opening_word, turn_pieces
from .sentences import speaker_names

UNIT_COLUMNS = (
    "doc_id", "unit", "exchange", "turn", "index", "speaker", "outlet", "source", "asks_again",
    "form", "question", "variants", "n_variants", "announcement", "context", "reported",
    "prefaced", "line", "line_start", "line_end", "start", "end", "cue",
)
PART_COLUMNS = ("doc_id", "exchange", "turn", "unit", "part", "position", "text", "line",
                "start", "end", "n_words")
QUESTION_COLUMNS = ("doc_id", "exchange", "turn", "index", "unit", "source", "kind", "text", "variants",
                    "n_variants", "announcement", "context", "reported", "line", "start", "end", "n_words",
                    "speaker", "outlet")
SEPARATOR = " | "  #: between the pieces of one part in the units table
#: Sources of the units that are questions asked for the first time (not a requested re-ask,
#: not an apparent interjection): what presslib counts as the questions asked.
ASKED = ("question", "follow_up")
_NEEDED = ("doc_id", "turn", "kind", "exchange", "text", "label", "line_start")
_NEW_QUESTION = frozenset({"and", "also", "plus", "then", "secondly", "thirdly", "finally",
                           "lastly", "next"})
_ACCOUNT = frozenset({"because", "since", "as", "given", "cause"})
_ANAPHOR = re.compile(r"\b(?:this|that|these|those|it|so|such)\b", re.I)
_STARTS_WH = re.compile(rf"\W{{0,3}}{_LEAD}{_PREFIX}(?i:{_WH})\b|.{{0,60}}\b(?i:wonder)\s+(?i:{_WH})\b")
# An announcement of a further question ("And my second question is ...") closes an earlier
# announcement that no question followed; "So my question is" only frames the one to come.
_ANOTHER = re.compile(r"\b(?:second|third|fourth|next|another|other|last|final|also)\b", re.I)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
_ECHO = re.compile(r"\W{0,3}((?:[\w'’-]{1,40}\s{1,3}){0,2}[\w'’-]{1,40})\s{0,3}[,.:;!?—–-]")


@dataclass
class _Unit:
    question: Piece
    before: list = field(default_factory=list)
    variants: list = field(default_factory=list)
    after: list = field(default_factory=list)
    form: str = ""


def _is_variant(piece: str, unit_question: str, previous: str) -> bool:
    word = opening_word(piece)
    if word in _NEW_QUESTION:
        return False
    if word == "or":
        return True
    mine = content_stems(piece)
    if _STARTS_WH.match(unit_question) and (
            _ANAPHOR.search(piece) or len(set(mine) & set(content_stems(unit_question))) >= 2):
        return True
    shared = set(mine) & set(content_stems(previous))
    return len(mine) >= 2 and len(shared) >= len(mine) / 2


def group_pieces(pieces: list[Piece], text: str) -> list[_Unit]:
    """Group one turn's pieces into units (see the module's docstring). Courtesy and
    self-identification belong to no unit."""
    units: list[_Unit] = []
    pending: list[Piece] = []

    def announced_question(upto: int) -> None:
        # pending[upto] is an announcement no question followed: it is the question
        units.append(_Unit(pending[upto], before=pending[:upto], form="announcement"))
        del pending[: upto + 1]

    for p in pieces:
        if p.part in ("courtesy", "self_identification"):
            continue
        if p.part == "question":
            current = units[-1] if units else None
            if current is not None and not pending and _is_variant(
                    text[p.start:p.end], text[current.question.start:current.question.end],
                    text[(current.variants or [current.question])[-1].start:
                         (current.variants or [current.question])[-1].end]):
                current.variants.append(p)
            else:
                units.append(_Unit(p, before=pending[:], form=p.form))
                pending.clear()
        else:
            if p.part == "announcement" and _ANOTHER.search(text[p.start:p.end]):
                earlier = [i for i, q in enumerate(pending) if q.part == "announcement"]
                if earlier:
                    announced_question(earlier[-1])
            if units and not pending and opening_word(text[p.start:p.end]) in _ACCOUNT:
                units[-1].after.append(p)
            else:
                pending.append(p)
    if pending:
        announcements = [i for i, q in enumerate(pending) if q.part == "announcement"]
        if announcements:
            last = announcements[-1]
            if units:
                units[-1].after.extend(pending[:last])
                del pending[:last]
                last = 0
            announced_question(last)
            if units and pending:
                units[-1].after.extend(pending)
        elif units:
            units[-1].after.extend(pending)
        else:
            units.append(_Unit(pending[-1], before=pending[:-1], form="declarative"))
    return units


def _value(row, name, default=None):
    value = getattr(row, name, default)
    return default if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def _request(answer_text: str, cues: dict) -> str | None:
    """The principal's request to hear a question again, in the last two sentences of a turn."""
    for start, end, _ in sentence_spans(answer_text)[-2:]:
        s = answer_text[start:end]
        found = first_cue(s, cues["reask"])
        if found:
            return s[found[1]:found[2]]
    return None


def _repeated_unit(request: str, question: str, earlier: list[dict]) -> dict | None:
    """Which earlier unit a requested re-ask repeats: by the ordinal in the request ("The
    first question was?"), else by the content words it shares with each."""
    if not earlier:
        return None
    for word, k in _ORDINALS.items():
        if re.search(rf"\b{word}\b", request, re.I) and -len(earlier) <= k < len(earlier):
            return earlier[k]
    mine = set(content_stems(question))
    return max(earlier, key=lambda u: (len(mine & set(content_stems(u["question"]))), -u["unit"]))


def _build(turns: pd.DataFrame, cues: str | None) -> tuple[list[dict], list[tuple]]:
    need_columns(turns, _NEEDED, what="the turns table")
    compiled = compiled_cues(cues)
    units: list[dict] = []
    parts: list[tuple] = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        doc = doc.sort_values("turn", kind="stable")
        mine: list[dict] = []
        previous = None
        for t in doc.itertuples(index=False):
            labelled = bool(_value(t, "label", ""))

            def line(offset, _t=t, _labelled=labelled):
                return source_line(_t.text, offset, line_start=int(_t.line_start), labelled=_labelled)

            exchange = _value(t, "exchange")
            speaker, outlet = _value(t, "speaker", ""), _value(t, "outlet", "")
            if t.kind in QUESTION_KINDS:
                source, request = "question", None
                if t.kind == "follow_up":
                    request = (_request(previous.text, compiled)
                               if previous is not None and previous.kind == "answer" else None)
                    source = "re_ask" if request else "follow_up"
                pieces = turn_pieces(t.text, names=speaker_names(speaker, _value(t, "affiliation"), outlet),
                                     cues=cues)
                grouped = group_pieces(pieces, t.text)
                in_unit = {}
                for index, g in enumerate(grouped):
                    number = len(mine) + 1
                    q = g.question
                    text = t.text
                    row = {
                        "doc_id": doc_id, "unit": number, "exchange": exchange, "turn": int(t.turn),
                        "index": index, "speaker": speaker, "outlet": outlet, "source": source,
                        "asks_again": None, "form": g.form, "question": text[q.start:q.end],
                        "variants": SEPARATOR.join(text[v.start:v.end] for v in g.variants),
                        "n_variants": len(g.variants),
                        "announcement": SEPARATOR.join(text[p.start:p.end] for p in g.before + g.after
                                                       if p.part == "announcement"),
                        "context": SEPARATOR.join(text[p.start:p.end] for p in g.before + g.after
                                                  if p.part == "context"),
                        "reported": SEPARATOR.join(text[p.start:p.end] for p in g.before + g.after
                                                   if p.part == "reported"),
                        "prefaced": any(p.part in ("context", "reported") for p in g.before),
                        "line": line(q.start),
                        "line_start": line(min(p.start for p in [q, *g.before, *g.variants, *g.after])),
                        "line_end": line(max(p.end for p in [q, *g.before, *g.variants, *g.after]) - 1),
                        "start": q.start, "end": q.end, "cue": request or "",
                    }
                    if source == "re_ask":
                        earlier = [u for u in mine if u["exchange"] == exchange and u["speaker"] == speaker
                                   and u["turn"] < t.turn and u["source"] != "interjection"]
                        repeated = _repeated_unit(request, row["question"], earlier)
                        row["asks_again"] = repeated["unit"] if repeated else None
                    mine.append(row)
                    for p in g.before:
                        in_unit[p.start] = (number, p.part, "before")
                    in_unit[q.start] = (number, "question", "")
                    for v in g.variants:
                        in_unit[v.start] = (number, "variant", "")
                    for p in g.after:
                        in_unit[p.start] = (number, p.part, "after")
                for p in pieces:
                    number, part, position = in_unit.get(p.start, (None, p.part, ""))
                    piece = t.text[p.start:p.end]
                    parts.append((doc_id, exchange, int(t.turn), number, part, position, piece,
                                  line(p.start), p.start, p.end, len(WORD_RE.findall(piece))))
            elif t.kind == "answer" and bool(_value(t, "continuation", False)):
                echoed = _interjection(t, mine, exchange)
                if echoed is not None:
                    unit, echo = echoed
                    mine.append({
                        "doc_id": doc_id, "unit": len(mine) + 1, "exchange": exchange,
                        "turn": int(t.turn), "index": 0, "speaker": unit["speaker"],
                        "outlet": unit["outlet"], "source": "interjection",
                        "asks_again": unit["unit"], "form": "none", "question": "", "variants": "",
                        "n_variants": 0, "announcement": "", "context": "", "reported": "",
                        "prefaced": False, "line": line(0), "line_start": line(0), "line_end": line(0),
                        "start": 0, "end": 0, "cue": echo,
                    })
            previous = t
        units.extend(mine)
    return units, parts


def _interjection(turn, units: list[dict], exchange) -> tuple[dict, str] | None:
    """The unit an answer resumed after an untaken call echoes in its first words, if any."""
    m = _ECHO.match(turn.text)
    if not m:
        return None
    echo = set(content_stems(m.group(1)))
    candidates = [u for u in units if u["exchange"] == exchange and u["source"] != "interjection"
                  and u["turn"] < turn.turn]
    scored = [(len(echo & set(content_stems(u["question"] + " " + u["variants"]))), -u["unit"], u)
              for u in candidates]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    return max(scored, key=lambda s: s[:2])[2], m.group(1)


def question_units(turns: pd.DataFrame, *, cues: str | None = None) -> pd.DataFrame:
    """One row per question unit of the journalists' turns (see the module's docstring).

    Columns: ``doc_id``, ``unit`` (1-based, document order), ``exchange``, ``turn``, ``index``
    (0-based in its turn), ``speaker``, ``outlet``, ``source``, ``asks_again``, ``form``
    (``direct``: ends in "?"; ``interrogative``: question word order without "?";
    ``indirect``: a frame or request; ``announcement``; ``declarative``; ``none`` for an
    interjection), ``question`` (the question proper, as printed), ``variants``,
    ``announcement``, ``context``, ``reported`` (pieces joined by :data:`SEPARATOR`),
    ``n_variants``, ``prefaced`` (context or reported speech before the question), ``line``
    (source line of the question), ``line_start``/``line_end`` (of all its pieces),
    ``start``/``end`` (the question's offsets in the turn's text) and ``cue`` (the principal's
    request for a re-ask, or the echo of an interjection).

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1], "kind": ["question"], "exchange": [1],
    ...     "label": ["Ann Lee, AFP:"], "line_start": [7], "speaker": ["Ann Lee"],
    ...     "text": ["Thanks. What now? Do you think it works? And is it late?"]})
    >>> question_units(t)[["unit", "question", "variants", "line"]].values.tolist()
    [[1, 'What now?', 'Do you think it works?', 8], [2, 'And is it late?', '', 8]]
    """
    units, _ = _build(turns, cues)
    out = pd.DataFrame(units, columns=list(UNIT_COLUMNS))
    return out.astype({"unit": "int64", "exchange": "Int64", "turn": "int64", "index": "int64",
                       "asks_again": "Int64", "n_variants": "int64", "prefaced": "bool",
                       "line": "int64", "line_start": "int64", "line_end": "int64",
                       "start": "int64", "end": "int64"})


def unit_parts(turns: pd.DataFrame, *, cues: str | None = None) -> pd.DataFrame:
    """One row per piece of every journalist's turn: the unit it belongs to and its part.

    Columns: ``doc_id, exchange, turn, unit`` (missing for courtesy and self-identification),
    ``part`` (``question``, ``variant``, ``announcement``, ``context``, ``reported``,
    ``courtesy``, ``self_identification``), ``position`` (``before`` or ``after`` the question,
    for the parts around it), ``text``, ``line``, ``start``, ``end`` and ``n_words``. The pieces
    of a turn, in order, cover every word of it.
    """
    _, parts = _build(turns, cues)
    out = pd.DataFrame(parts, columns=list(PART_COLUMNS))
    return out.astype({"exchange": "Int64", "turn": "int64", "unit": "Int64", "line": "int64",
                       "start": "int64", "end": "int64", "n_words": "int64"})


#: The parts of a question unit that are the question proper.
PROPER_PARTS = ("question", "variant")


def question_proper(turns: pd.DataFrame, *, parts: pd.DataFrame | None = None,
                    units: pd.DataFrame | None = None, cues: str | None = None) -> pd.DataFrame:
    """The turns table with each journalist's question and follow-up turn cut down to its
    questions proper: the pieces of part ``question`` or ``variant`` (:func:`unit_parts`) of
    the units :func:`questions_table` counts (asked for the first time, :data:`ASKED`), in
    order, each a paragraph of its own, so that no phrase or sentence runs from one question
    into the next across what was set aside between them. Announcements, context, reported
    speech, thanks and self-introductions are set aside, and so is a re-ask the principal
    requested (the same question again, counted once). ``n_words``, ``n_sentences`` and
    ``n_questions`` are counted again on what is left; every other turn is as it was. Count topics, outlets' subjects or key words on it to count
    what was asked, not what was said around it.

    ``parts``, ``units``: :func:`unit_parts` and :func:`question_units` of ``turns`` when
    already made.
    """

    out = turns.copy()
    asked = asking_turns(turns)
    if not asked.any():
        return out
    parts = unit_parts(turns, cues=cues) if parts is None else parts
    units = question_units(turns, cues=cues) if units is None else units
    first_asked = units.loc[units["source"].isin(ASKED), ["doc_id", "unit"]].astype({"unit": "Int64"})
    proper = parts[parts["part"].isin(PROPER_PARTS)].astype({"unit": "Int64"}).merge(first_asked, on=["doc_id", "unit"])
    proper = proper.sort_values(["doc_id", "turn", "start"], kind="stable")
    kept = proper.groupby(["doc_id", "turn"], sort=False)["text"].agg(PARAGRAPH_BREAK.join)
    keys = list(zip(out.loc[asked, "doc_id"], out.loc[asked, "turn"]))
    texts = [kept.get(key, "") for key in keys]
    words, sentences, questions = count_text(texts)
    out.loc[asked, "text"] = texts
    for column, values in (("n_words", words), ("n_sentences", sentences), ("n_questions", questions)):
        if column in out:
            out.loc[asked, column] = values
    return out


def questions_table(turns: pd.DataFrame, *, units: pd.DataFrame | None = None) -> pd.DataFrame:
    """The questions table: one row per question unit asked for the first time (source in
    :data:`ASKED`), the one count of questions presslib uses (see
    :mod:`presslib.answers.questions`).

    Columns: ``doc_id``, ``exchange``, ``turn``, ``index`` (0-based number of the question in
    its turn), ``unit`` (its number in the units table), ``source`` (``question`` or
    ``follow_up``), ``kind`` (the unit's ``form``: ``direct``, ``interrogative``, ``indirect``,
    ``announcement`` or ``declarative``), ``text`` (the question as printed), ``variants``
    (its reformulations, joined by :data:`SEPARATOR`), ``n_variants``,
    ``announcement``, ``context`` and ``reported`` (the parts around it, as in the units table),
    ``line`` (1-based source line of the question), ``start``/``end`` (offsets of the question
    in the turn's text), ``n_words`` (words of the question and its variants), ``speaker`` and
    ``outlet``. Joins back to the turns table on ``(doc_id, turn)``.

    ``units``: :func:`question_units` of ``turns`` when already made.

    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [2], "kind": ["question"], "exchange": [1],
    ...     "label": ["Ann Lee, AFP:"], "line_start": [7], "speaker": ["Ann Lee"],
    ...     "text": ["Thank you. Ann Lee, AFP. Why now? Do you think it works? And is it late?"]})
    >>> questions_table(t)[["index", "kind", "text", "variants", "line"]].values.tolist()
    [[0, 'direct', 'Why now?', 'Do you think it works?', 8], [1, 'direct', 'And is it late?', '', 8]]
    """
    units = question_units(turns) if units is None else units
    need_columns(units, ("source", "form", "question", "variants"), what="the units table")
    out = units[units["source"].isin(ASKED)].rename(columns={"form": "kind", "question": "text"})
    out = out.reset_index(drop=True)
    out["n_words"] = [len(WORD_RE.findall(f"{q} {v.replace(SEPARATOR, ' ')}"))
                      for q, v in zip(out["text"], out["variants"])]
    return out[list(QUESTION_COLUMNS)].astype({"n_words": "int64"})


def worked_exchange(questions: pd.DataFrame, *, exchange: int | None = None) -> tuple[str, int] | None:
    """``(doc_id, exchange)`` of the exchange a notebook reads closely: ``exchange`` when given
    (in the first transcript with a question in that exchange), else the first exchange with the most
    questions; None when no question was asked. An ``exchange`` without questions is an error.

    >>> q = pd.DataFrame({"doc_id": "d", "exchange": [1, 2, 2, 3, 3], "turn": [1, 4, 4, 7, 7]})
    >>> worked_exchange(q), worked_exchange(q, exchange=3)
    (('d', 2), ('d', 3))
    """
    need_columns(questions, ("doc_id", "exchange"), what="the questions table")
    asked = questions.dropna(subset=["exchange"])
    if exchange is not None:
        chosen = asked[asked["exchange"].eq(exchange)]
        if chosen.empty:
            numbers = ", ".join(str(int(e)) for e in sorted(asked["exchange"].unique())) or "none"
            raise PresslibError(f"no question was asked in exchange {exchange}; exchanges with questions: {numbers}")
        return str(chosen["doc_id"].iloc[0]), int(exchange)
    if asked.empty:
        return None
    counts = asked.groupby(["doc_id", "exchange"], sort=False).size()
    doc_id, number = counts.index[int(counts.to_numpy().argmax())]
    return str(doc_id), int(number)


def question_tokens(turns: pd.DataFrame, *, proper: pd.DataFrame | None = None,
                    cues: str | None = None) -> pd.DataFrame:
    """The tokens of what the journalists asked: the tokens table
    (:func:`presslib.tokens.tokens_table`) of :func:`question_proper`, for the journalists'
    question and follow-up turns only (``turns`` needs ``role``). Count key words or word
    frequencies on it to compare what was asked with what was answered, not the thanks, names,
    announcements, context and reported speech around the questions. Tokens join back to the
    turns table on ``(doc_id, turn)``; their offsets and sentence numbers are those of the
    question-proper text (each question a paragraph of its own), not of the turn as printed.

    ``proper``: :func:`question_proper` of ``turns`` when already made.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [1, 2], "kind": ["question", "answer"],
    ...     "role": ["journalist", "principal"], "exchange": [1, 1], "label": ["Ann Lee, AFP:", "P:"],
    ...     "line_start": [7, 9], "speaker": ["Ann Lee", "P"],
    ...     "text": ["Thanks. Ann Lee, AFP. Tanks are late. Why now?", "Because."]})
    >>> question_tokens(t)["token"].tolist()
    ['Why', 'now', '?']
    """
    proper = question_proper(turns, cues=cues) if proper is None else proper
    return tokens_table(proper[asking_turns(proper)])
