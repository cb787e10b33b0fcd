"""The data model: the turns table's columns, a transcript's :class:`Meta`, the
:class:`Transcript`, building the table from parsed columns, and rebuilding the body from it.

The turns table has one row per speaker turn, in document order (columns in :data:`COLUMNS`,
described in the README and in ``DESIGN.md``). Derived tables join back to it on ``doc_id``
and ``turn`` (or ``doc_id`` and ``exchange``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

import pandas as pd

from .errors import PresslibError
from .text import count_text

#: The turns table's columns and dtypes, in order.
COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "turn": "int64",
    "speaker": "str",
    "label": "str",
    "role": "str",
    "affiliation": "str",
    "outlet": "str",  # missing for everyone but journalists
    "kind": "str",
    "exchange": "Int64",  # missing for the closing
    "continuation": "bool",
    "text": "str",
    "n_words": "int64",
    "n_sentences": "int64",
    "n_questions": "int64",
    "line_start": "int64",
    "line_end": "int64",
}
#: the words the role and kind columns hold
ROLES = ("principal", "moderator", "journalist", "other")
KINDS = ("statement", "call", "question", "follow_up", "answer", "closing", "other")
#: the kinds of turn that ask: a question, and the same journalist's follow-up
QUESTION_KINDS = ("question", "follow_up")


@dataclass
class Meta:
    """What a transcript says about itself (its header), where it came from, and how well it
    was read (the quality figures and warnings)."""

    doc_id: str
    title: str = ""
    principal: str = ""
    principal_title: str = ""
    organisation: str = ""
    occasion: str = ""
    date: str = ""  #: ISO 8601 date of the event
    last_updated: str = ""  #: ISO 8601 date and time
    delivery: str = ""  #: "As delivered"
    source: str = ""  #: the file it was read from
    form: str = "text"  #: text, html, xml or pdf
    sha256: str = ""  #: of the source bytes
    n_lines: int = 0  #: lines of the text (for HTML, XML and PDF: of the text read from it)
    header_lines: list[int] = field(default_factory=list)  #: 1-based lines of the header
    convention: str = ""  #: the convention the transcript was read by ("nato")
    source_url: str = ""  #: where the transcript was published, when the header says
    start_time: str = ""  #: the time line above the first turn, as printed ("1:32 P.M. EST")
    end_time: str = ""  #: the time on the footer line, as printed
    asides: list[str] = field(default_factory=list)  #: body lines in no turn (time lines, "END", ...)
    aside_lines: list[int] = field(default_factory=list)  #: their 1-based lines
    aside_at: list[int] = field(default_factory=list)  #: their positions in rebuild_body's lines
    inline_turns: list[int] = field(default_factory=list)  #: turns whose label shares a line with their text
    glued_turns: list[int] = field(default_factory=list)  #: turns whose label follows a sentence on its line
    # How well it was read (presslib check prints these)
    words: int = 0  #: every word of the text: in turns, header, labels and asides
    words_turns: int = 0
    words_header: int = 0
    words_labels: int = 0
    words_asides: int = 0
    coverage: float = 0.0  #: share of the words that are in turns, their labels included
    n_labels: int = 0
    readings: str = ""  #: each convention tried: "name score labels", best first
    warnings: list[str] = field(default_factory=list)  #: "line N: what looks wrong"

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in _META_FIELDS}


_META_FIELDS = tuple(f.name for f in fields(Meta))


@dataclass
class Transcript:
    """A parsed transcript: ``meta`` (a :class:`Meta`) and ``turns`` (the turns table)."""

    meta: Meta
    turns: pd.DataFrame

    def __repr__(self) -> str:
        m = self.meta
        return f"<Transcript {m.doc_id!r}: {len(self.turns)} turns, {m.principal or '?'}, {m.date or '?'}>"


def turns_frame(cols: dict) -> pd.DataFrame:
    """The turns table from parsed columns (lists; the text may be an Arrow array), adding the
    word, sentence and question counts unless ``cols`` has them."""
    if "n_words" not in cols:
        cols = dict(cols)
        texts = cols["text"] if isinstance(cols["text"], list) else cols["text"].to_pylist()
        cols["n_words"], cols["n_sentences"], cols["n_questions"] = count_text(texts)
    return pd.DataFrame({name: _column(cols[name], dtype) for name, dtype in COLUMNS.items()})


def _column(values, dtype: str):
    """One column from a list or an Arrow (chunked) array."""
    if hasattr(values, "to_numpy") and dtype != "str":  # Arrow numbers: through numpy, nulls masked
        if dtype == "Int64":
            return pd.arrays.IntegerArray(values.fill_null(0).to_numpy(), values.is_null().to_numpy())
        return values.to_numpy()
    return pd.array(values, dtype=dtype)


def empty_turns() -> pd.DataFrame:
    """A turns table with no rows, its columns and dtypes as ever."""
    return turns_frame({name: [] for name in COLUMNS})


def rebuild_body(turns: pd.DataFrame, *, meta=None) -> list[str]:
    """The body's non-blank lines, rebuilt from the turns: each label, then each text line.

    Comparing this with the source's non-blank lines (header lines left out) shows that the
    parse lost and duplicated nothing. Given ``meta`` (a :class:`Meta`, or the metadata table
    of a corpus), the asides go back in their places, a label printed on the same line as its
    text is joined to it by one space, and a label glued to the end of a sentence is joined to
    that sentence's line by one space; compare with white space runs made one space.
    """
    if meta is None:
        out: list[str] = []
        for label, text in zip(turns["label"], turns["text"]):
            if label:
                out.append(label)
            out.extend(line for line in text.split("\n") if line.strip())
        return out
    metas = _metas_by_doc(meta)
    out = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        m = metas[doc_id]
        inline, glued = set(m["inline_turns"]), set(m["glued_turns"])
        lines: list[str] = []
        for turn, label, text in zip(doc["turn"], doc["label"], doc["text"]):
            body = [line for line in text.split("\n") if line.strip()]
            head = label
            if label and turn in inline and body:
                head = f"{label} {body[0].lstrip()}"
                body = body[1:]
            if label and turn in glued and lines:
                lines[-1] = f"{lines[-1].rstrip()} {head}"
            elif label:
                lines.extend(head.split("\n"))  # (a label a page's layout wrapped keeps its break)
            lines.extend(body)
        for at, aside in sorted(zip(m["aside_at"], m["asides"]), key=lambda x: x[0]):
            lines.insert(at, aside)
        # (an aside of several lines, such as a stage direction wrapped, gives back each line)
        out.extend(line for entry in lines for line in entry.split("\n") if line.strip())
    return out


def _metas_by_doc(meta) -> dict[str, dict]:
    if isinstance(meta, Meta):
        return {meta.doc_id: meta.to_dict()}
    if isinstance(meta, pd.DataFrame):
        return {row["doc_id"]: row for row in meta.to_dict("records")}
    return {meta["doc_id"]: meta}


def source_line(text: str, offset: int, *, line_start: int, labelled: bool) -> int:
    """The 1-based source line of ``text[offset]`` in a turn that begins at ``line_start``.

    The turn's text starts on the line after its label (``labelled``) or on ``line_start``;
    each line break before ``offset`` moves one line on. Exact when the source separates
    paragraphs by single blank lines, as the turns table's text does. Not so for a transcript
    read from HTML or XML whose paragraphs (``</p><p>``) are not blank lines in the file:
    within a turn the line found then runs ahead of the file's by the paragraph breaks before
    ``offset`` (the turn's ``line_start`` and ``line_end`` stay exact).

    >>> source_line("A.\\n\\nB?", 5, line_start=10, labelled=True)
    13
    """
    return line_start + int(labelled) + text.count("\n", 0, offset)


class MissingColumnsError(PresslibError, KeyError):
    """A table lacks columns a function needs (a :class:`PresslibError` and a ``KeyError``)."""


def need_columns(df: pd.DataFrame, columns: Iterable[str], *, what: str = "the table") -> None:
    """Raise :class:`MissingColumnsError` naming the ``columns`` that ``df`` lacks.

    >>> need_columns(pd.DataFrame({"turn": [0]}), ("turn", "role"), what="the turns table")
    Traceback (most recent call last):
    ...
    presslib.table.MissingColumnsError: the turns table lacks columns ['role']
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnsError(f"{what} lacks columns {missing}")


def exchange_rows(table: pd.DataFrame, exchange: tuple[str, int] | None) -> pd.DataFrame:
    """The rows of ``table`` (any table with ``doc_id`` and ``exchange``: the turns, the
    questions, the unit parts, the paragraph overlaps) in one exchange, given as ``(doc_id,
    exchange)`` (:func:`~presslib.design.units.worked_exchange`); no rows when it is None,
    so that a notebook's worked example shows an empty table where a transcript has no question.
    A bare exchange number is refused: in a corpus, exchange 1 is in every transcript.

    >>> t = pd.DataFrame({"doc_id": ["a", "a", "b"], "exchange": [1, 2, 1], "turn": [1, 2, 1]})
    >>> exchange_rows(t, ("a", 1))["turn"].tolist(), len(exchange_rows(t, None))
    ([1], 0)
    """
    need_columns(table, ("doc_id", "exchange"), what="the table")
    if exchange is None:
        return table.iloc[:0]
    if not (isinstance(exchange, tuple) and len(exchange) == 2):
        raise TypeError(f"exchange={exchange!r}: expected (doc_id, exchange), as worked_exchange "
                        "gives it, or None")
    doc_id, number = exchange
    return table[table["doc_id"].eq(doc_id) & table["exchange"].eq(number)]


def asking_turns(turns: pd.DataFrame) -> pd.Series:
    """True for the turns in which journalists ask: ``kind`` ``question`` or ``follow_up`` and
    ``role`` ``journalist`` (any question or follow-up turn when the table has no ``role``). A
    moderator reading out a question, or a principal asking back, is not a journalist asking.

    >>> t = pd.DataFrame({"kind": ["question", "question", "follow_up", "answer"],
    ...                   "role": ["journalist", "moderator", "journalist", "principal"]})
    >>> asking_turns(t).tolist(), asking_turns(t.drop(columns="role")).tolist()
    ([True, False, True, False], [True, True, True, False])
    """
    need_columns(turns, ("kind",), what="the turns table")
    asked = turns["kind"].isin(QUESTION_KINDS)
    return asked & turns["role"].eq("journalist") if "role" in turns else asked
