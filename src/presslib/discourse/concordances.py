"""Concordance (key word in context, KWIC): every occurrence of a word or phrase, in context.

:func:`concordance` finds a word or phrase in the turns' text, on the shared tokenizer's words
(:mod:`presslib.tokens`), and returns one row per occurrence with its left and right context,
who said it, where in the conference (turn, exchange) and on which line of the source file.
:func:`sort_concordance` sorts the lines by the words to the left or right of the match, as
AntConc does, and :func:`format_concordance` prints them as aligned fixed-width text.
:func:`concordance_query` picks a phrase worth looking up when the reader gives none, and
:func:`prefix_query` widens a phrase to its first word with any ending.

Source lines are counted from the turn's ``line_start``: one line for the speaker label (the
opening statement has none), then one per line break of the text before the match. This is
exact when the turn's text starts on the line after its label and paragraphs are separated
by single blank lines, as in the NATO transcript; the parser collapses runs of blank lines,
so in a file with double blank lines the line numbers after such a run come out too small.
"""

from __future__ import annotations

import pandas as pd

from ..table import need_columns, source_line
from ..text import WORD_RE
from ..tokens import tokens_table
from .collocations import top_phrase
from .selection import select_tokens

KWIC_COLUMNS = (
    "left", "match", "right", "speaker", "role", "kind", "doc_id", "turn", "exchange", "line",
    "sentence", "first", "last", "start", "end",
)
_TURN_COLUMNS = ("doc_id", "turn", "text", "speaker", "role", "kind", "exchange", "label", "line_start")
_HIT_COLUMNS = ("doc_id", "turn", "first", "last")
_TOKEN_COLUMNS = ("doc_id", "turn", "sentence", "position", "token", "is_word", "start", "end")


def _norm(word: str) -> str:
    return word.replace("’", "'")


def parse_query(query: str, *, case: bool = False) -> list[tuple[str, bool]]:
    """The query's words as ``(word, is_prefix)``; a word followed by ``*`` matches any ending.

    >>> parse_query("Ramp* UP")
    [('ramp', True), ('up', False)]
    """
    out = []
    for m in WORD_RE.finditer(query):
        word = _norm(m.group() if case else m.group().lower())
        out.append((word, query[m.end() : m.end() + 1] == "*"))
    return out


def _words_by_turn(tokens: pd.DataFrame) -> dict:
    """``{(doc_id, turn): word tokens of that turn}`` (positions, offsets, sentences, forms)."""
    words = tokens.loc[tokens["is_word"], ["doc_id", "turn", "position", "start", "end", "sentence", "token"]]
    return {key: group for key, group in words.groupby(["doc_id", "turn"], sort=False)}


def find_phrase(tokens: pd.DataFrame, query: str, *, case: bool = False) -> pd.DataFrame:
    """Where a word or phrase occurs: ``doc_id, turn, first, last`` (token positions, inclusive).

    Words match on the shared tokenizer's words, ignoring case unless ``case=True``; curly and
    straight apostrophes are the same; a phrase matches only inside one turn, across sentence
    ends and punctuation.
    """
    need_columns(tokens, _TOKEN_COLUMNS, what="the tokens table")
    wanted = parse_query(query, case=case)
    rows = []
    if wanted:
        n = len(wanted)
        for (doc_id, turn), group in _words_by_turn(tokens).items():
            forms = [_norm(t if case else t.lower()) for t in group["token"]]
            positions = group["position"].tolist()
            for i in range(len(forms) - n + 1):
                if all(
                    forms[i + k].startswith(w) if prefix else forms[i + k] == w
                    for k, (w, prefix) in enumerate(wanted)
                ):
                    rows.append((doc_id, turn, positions[i], positions[i + n - 1]))
    return pd.DataFrame(rows, columns=list(_HIT_COLUMNS)).astype({"first": "int64", "last": "int64"})


def kwic(turns: pd.DataFrame, hits: pd.DataFrame, *, tokens: pd.DataFrame | None = None,
         window: int = 5) -> pd.DataFrame:
    """Concordance lines for ``hits`` (``doc_id, turn, first, last``: token positions).

    Context is ``window`` words each side, with the punctuation between them, and never crosses
    the edge of the turn. Columns: :data:`KWIC_COLUMNS`; ``start``/``end`` are the match's
    character offsets in the turn's text, ``line`` its 1-based line in the source file.
    """
    need_columns(turns, _TURN_COLUMNS, what="the turns table")
    need_columns(hits, _HIT_COLUMNS, what="the hits table")
    if tokens is None:
        tokens = tokens_table(turns)
    need_columns(tokens, _TOKEN_COLUMNS, what="the tokens table")
    by_turn = _words_by_turn(tokens)
    info = turns.set_index(["doc_id", "turn"])
    rows = []
    for doc_id, turn, first, last in hits[list(_HIT_COLUMNS)].itertuples(index=False):
        row = info.loc[(doc_id, turn)]
        words = by_turn[(doc_id, turn)]
        positions = words["position"].tolist()
        starts, ends = words["start"].tolist(), words["end"].tolist()
        i, j = positions.index(first), positions.index(last)
        text = row["text"]
        start, end = starts[i], ends[j]
        left_from = starts[i - window] if i - window >= 0 else 0
        right_to = ends[j + window] if j + window < len(ends) else len(text)
        line = source_line(text, start, line_start=int(row["line_start"]), labelled=row["label"] != "")
        rows.append({
            "left": " ".join(text[left_from:start].split()),
            "match": " ".join(text[start:end].split()),
            "right": " ".join(text[end:right_to].split()),
            "speaker": row["speaker"], "role": row["role"], "kind": row["kind"],
            "doc_id": doc_id, "turn": turn, "exchange": row["exchange"], "line": line,
            "sentence": int(words["sentence"].iloc[i]), "first": first, "last": last,
            "start": start, "end": end,
        })
    out = pd.DataFrame(rows, columns=list(KWIC_COLUMNS))
    return out.astype({"turn": "int64", "exchange": "Int64", "line": "int64", "sentence": "int64",
                       "first": "int64", "last": "int64", "start": "int64", "end": "int64"})


def concordance(turns: pd.DataFrame, query: str, *, tokens: pd.DataFrame | None = None,
                window: int = 5, case: bool = False) -> pd.DataFrame:
    """Every occurrence of ``query`` (a word, a phrase, ``word*`` for a prefix), in context.

    Returns one row per occurrence in document order, with the columns of :func:`kwic`.

    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["We will step up.\\n\\nStep up now!"],
    ...     "speaker": ["S"], "role": ["principal"], "kind": ["statement"], "exchange": [0],
    ...     "label": [""], "line_start": [11]})
    >>> concordance(t, "step up", window=2)[["left", "match", "right", "line"]].values.tolist()
    [['We will', 'step up', '. Step up', 11], ['step up.', 'Step up', 'now!', 13]]
    """
    if tokens is None:
        tokens = tokens_table(turns)
    return kwic(turns, find_phrase(tokens, query, case=case), tokens=tokens, window=window)


def concordance_query(tokens: pd.DataFrame, turns: pd.DataFrame, *, query: str | None = None,
                      role: str = "principal") -> str:
    """The phrase to look up: ``query`` when given (not blank), else the strongest phrase of
    the speakers of ``role`` (:func:`~presslib.discourse.collocations.top_phrase` of their
    tokens), else of everyone when they say nothing, else ``"the"`` when there are no words.

    A notebook's default must find something on any transcript: one without a principal, or
    with too few words for a collocation.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2],
    ...                   "role": ["principal", "journalist", "principal"],
    ...                   "text": ["We ramp up output.", "Why not now?", "Ramp up now."]})
    >>> k = tokens_table(t)
    >>> concordance_query(k, t), concordance_query(k, t, query="why"), concordance_query(k.iloc[:0], t)
    ('ramp up', 'why', 'the')
    """
    if query is not None and query.strip():
        return query
    chosen = select_tokens(tokens, turns, role=role)
    return top_phrase(chosen if chosen["is_word"].any() else tokens) or "the"


def prefix_query(query: str) -> str:
    """The query's first word with any ending (``"ramp up"`` gives ``"ramp*"``), for a
    concordance of its forms; a query without a word is returned as it is.

    >>> prefix_query("ramp up"), prefix_query("step* up"), prefix_query("NATO's role")
    ('ramp*', 'step*', "NATO's*")
    """
    first = WORD_RE.search(query)
    return first.group() + "*" if first else query


def _context_words(text: str, *, reverse: bool, n: int) -> list[str]:
    words = [_norm(w.lower()) for w in WORD_RE.findall(text)]
    words = words[::-1] if reverse else words
    return (words + [""] * n)[:n]


def sort_concordance(lines: pd.DataFrame, *, by: str = "right", words: int = 3) -> pd.DataFrame:
    """Concordance lines sorted by the first ``words`` words to the right of the match
    (``by="right"``: R1, R2, ...) or the nearest ones to its left (``by="left"``: L1, L2, ...).

    Ties keep document order. The input is not changed.

    >>> k = pd.DataFrame({"left": ["to ramp", "must step"], "match": ["up", "up"], "right": ["b c", "a c"]})
    >>> sort_concordance(k, by="right")["right"].tolist(), sort_concordance(k, by="left")["left"].tolist()
    (['a c', 'b c'], ['to ramp', 'must step'])
    """
    if by not in ("left", "right"):
        raise ValueError(f"by={by!r}: expected 'left' or 'right'")
    need_columns(lines, (by,), what="the concordance")
    keys = [tuple(_context_words(t, reverse=by == "left", n=words)) for t in lines[by]]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    return lines.iloc[order]


def format_concordance(lines: pd.DataFrame, *, width: int = 45, line_numbers: bool = True) -> str:
    """The concordance as aligned fixed-width text: left context right-aligned, the match,
    the right context (each cut to ``width`` characters); each line headed by its source line number. ``print`` it in a notebook.

    >>> k = pd.DataFrame({"left": ["we will"], "match": ["step up"], "right": ["our support"], "line": [25]})
    >>> print(format_concordance(k, width=9))
    l.25     we will  [step up]  our supp…
    """
    need_columns(lines, ("left", "match", "right"), what="the concordance")
    numbers = line_numbers and "line" in lines.columns
    out = []
    for i, (left, match, right) in enumerate(lines[["left", "match", "right"]].itertuples(index=False)):
        left = left if len(left) <= width else "…" + left[-(width - 1):]
        right = right if len(right) <= width else right[: width - 1] + "…"
        head = f"l.{lines['line'].iloc[i]:<4} " if numbers else ""
        out.append(f"{head}{left:>{width}}  [{match}]  {right}".rstrip())
    return "\n".join(out)
