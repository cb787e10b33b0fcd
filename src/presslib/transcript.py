"""Transcript text into the tidy turns table: :func:`load_transcript`, :func:`parse_text`.

The turns table has one row per speaker turn, in document order (columns in :data:`COLUMNS`,
described in the README and in ``DESIGN.md``). A transcript may follow any of the conventions
in :mod:`presslib.conventions` (NATO's, the White House's, timestamped ones, or a user's); the
convention is detected, or forced with ``convention=``.

Parsing is lossless: every non-blank line of the source is a header line, a speaker label, a
line of exactly one turn's text, or an *aside* recorded in the metadata (a time line such as
"1:32 P.M. EST", the "END" footer, a stage direction above the first label, the repeated label
of a long turn printed in chunks). Each turn records the source lines it spans, and
:func:`rebuild_body` puts the body back together.

Where the convention prints the text on the label's line ("MS. JEAN-PIERRE:  Good afternoon."),
``label`` is the label as printed ("MS. JEAN-PIERRE:") and ``text`` starts at the first word
after it; :func:`rebuild_body` joins the two with one space.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from itertools import accumulate
from pathlib import Path

import pandas as pd

from .attribution import attribute, gives_floor, last_sentence
from .header import Header, read_block_header, read_front_matter, read_header
from .layout import Hit, detect, labels_by
from .outlets import OUTLET_SEPARATOR, resolve_outlets
from .readers import decode, read_text
from .roles import People, make_label
from .sequence import assign_sequence
from .speakers import name_key
from .text import _textscan, count_text

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
_NONSPACE = re.compile(r"\S")
_BLANK_RUN = re.compile(r"\n(?:\s*\n)+")
_CALL_WORDS = 15  # an official's turn this short that gives the floor is a call
_COURTESY_WORDS = 3  # ... when what comes before it is no longer than this ("Thank you, Karine.")
# A header is read from the first 250 lines within 4,000 characters; a front matter from the
# first 250 lines; a block header (all lines above the first label) whole.
_HEAD_LINES = 250
_HEAD_CHARS = 4_000
_TIME_IN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?", re.I)


@dataclass
class Meta:
    """What a transcript says about itself (its header) and where it came from."""

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
    sha256: str = ""  #: of the source bytes
    n_lines: int = 0  #: lines in the source
    header_lines: list[int] = field(default_factory=list)  #: 1-based source lines of the header
    convention: str = ""  #: the convention the transcript was read by ("nato")
    source_url: str = ""  #: where the transcript was published, when the header says
    start_time: str = ""  #: the time line above the first turn, as printed ("1:32 P.M. EST")
    end_time: str = ""  #: the time on the footer line, as printed
    asides: list[str] = field(default_factory=list)  #: body lines in no turn (time lines, "END", ...)
    aside_lines: list[int] = field(default_factory=list)  #: their 1-based source lines
    aside_at: list[int] = field(default_factory=list)  #: their positions in rebuild_body's lines
    inline_labels: list[int] = field(default_factory=list)  #: lines holding a label and text

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


def load_transcript(path: str | Path, *, doc_id: str | None = None, convention=None,
                    conventions=None) -> Transcript:
    """Read and parse the transcript at ``path``; ``doc_id`` defaults to the file's stem.

    ``convention`` forces a convention (a name such as ``"whitehouse"``, or a ``.toml`` path);
    by default it is detected. ``conventions`` adds a folder or file of user conventions.
    Raises :class:`~presslib.errors.PresslibError` for a file that is missing, empty, binary,
    undecodable, or holds no speaker labels in any convention tried.
    """
    path = Path(path)
    text, raw = read_text(path)
    meta, cols = parse_columns(text, doc_id=doc_id or path.stem, source=str(path),
                               convention=convention, conventions=conventions)
    meta.sha256 = hashlib.sha256(raw).hexdigest()
    return Transcript(meta, turns_frame(cols))


def parse_text(text: str | bytes, *, doc_id: str = "text", source: str = "", convention=None,
               conventions=None) -> Transcript:
    """Parse transcript text (or bytes) held in memory, as :func:`load_transcript` does a file."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    text = decode(raw, path=source or None)
    meta, cols = parse_columns(text, doc_id=doc_id, source=source, convention=convention,
                               conventions=conventions)
    meta.sha256 = hashlib.sha256(raw).hexdigest()
    return Transcript(meta, turns_frame(cols))


def load_corpus(paths, *, jobs: int | None = None, errors: str = "raise", progress=None,
                convention=None, conventions=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse several transcripts into one turns table and one metadata table, keyed by ``doc_id``.

    See :func:`presslib.corpus.load_corpus` (this is the same function).
    """
    from .corpus import load_corpus as _load

    return _load(paths, jobs=jobs, errors=errors, progress=progress, convention=convention,
                 conventions=conventions)


# --------------------------------------------------------------------------- parsing


def parse_columns(text: str, *, doc_id: str, source: str, convention=None, conventions=None
                  ) -> tuple[Meta, dict[str, list]]:
    """Parse decoded ``text`` into its :class:`Meta` and the turns table's columns (no counts)."""
    head, offsets = _head(text, _HEAD_CHARS)
    if head and head[0].strip() == "---":  # a front matter: up to 250 lines
        head, offsets = _head(text, len(text))
    front, body_line, url = read_front_matter(head)
    nato_header, nato_body = read_header(head, body_line)
    known = tuple(p for p in (front.principal, nato_header.principal) if p)
    start = offsets[body_line]
    where = source or None
    if convention is None:
        conv, hits = detect(text, start, known=known, extra=conventions, source=where)
    else:
        conv, hits = labels_by(text, start, convention, known=known, extra=conventions, source=where)

    asides = [(pos, m.end(), text[pos:m.end()].strip()) for pos, m in conv.find_lines("asides", text, start)]
    if conv.header == "nato":
        header, body_line = nato_header, nato_body
        start = offsets[body_line] if body_line < len(offsets) else len(text)
        hits = [h for h in hits if h.pos >= start]
        if not hits:
            from .layout import no_fit

            raise no_fit(text, start, [conv], source=where)
    else:
        first = hits[0].pos
        if first > offsets[-1]:  # a header longer than the head: every line up to the first label
            head, offsets = _head(text, first, max_lines=None)
        stop = next((i for i, off in enumerate(offsets) if off > first), len(head) + 1) - 1
        skip = {}
        for i in range(body_line, min(stop, len(head))):
            line = head[i].strip()
            if line and (conv.matches("stage", line) or any(a[0] == offsets[i] for a in asides)):
                skip[i] = line
        header = read_block_header(head, body_line, min(stop, len(head)), skip=skip)
        pre = [(offsets[i], offsets[i] + len(head[i]), line) for i, line in skip.items()]
        asides = sorted({*pre, *asides})
        start = offsets[body_line]  # header lines and asides up to the first label; no opening turn
    header = _merge_headers(front, header)
    # (_turn_columns fills in the rest: n_lines, the asides, the inline labels, the times)
    meta = Meta(
        doc_id=doc_id, title=header.title, principal=header.principal,
        principal_title=header.principal_title, organisation=header.organisation,
        occasion=header.occasion, date=header.date, last_updated=header.last_updated,
        delivery=header.delivery, source=source,
        header_lines=header.lines,
        convention=conv.name, source_url=url,
    )
    return meta, _turn_columns(text, start, hits, asides, conv, header, meta)


def _head(text: str, stop: int, *, max_lines: int | None = _HEAD_LINES) -> tuple[list[str], list[int]]:
    """The first lines of ``text`` (those wholly within ``text[:stop]``, ``max_lines`` at most)
    and each one's offset, with one more offset: where the line after them starts."""
    head = text[:stop].split("\n", -1 if max_lines is None else max_lines)
    if (max_lines is not None and len(head) > max_lines) or stop < len(text):
        head.pop()  # the rest after max_lines lines, or a line cut short at stop
    offsets = [0, *accumulate(map(len, head))]
    return head, [off + k for k, off in enumerate(offsets)]  # each line's end takes one character


def _merge_headers(front: Header, other: Header) -> Header:
    """The front matter's fields, completed by the convention's own header below it."""
    if not front.lines:
        return other
    for f in fields(Header):
        if f.name != "lines" and not getattr(front, f.name):
            setattr(front, f.name, getattr(other, f.name))
    front.lines = sorted({*front.lines, *other.lines})
    return front


class _Lines:
    """1-based line numbers of offsets in ``text``, asked for in increasing order."""

    def __init__(self, text: str):
        self.text, self.pos, self.line = text, 0, 1

    def __call__(self, offset: int) -> int:
        if offset < self.pos:
            return self.line - self.text.count("\n", offset, self.pos)
        self.line += self.text.count("\n", self.pos, offset)
        self.pos = offset
        return self.line


def _turn_columns(text: str, start: int, hits: list[Hit], asides: list[tuple[int, int, str]],
                  conv, header: Header, meta: Meta) -> dict[str, list]:
    keys = [name_key(h.name) for h in hits] if conv.merge_chunks else None
    walked, recorded, meta.aside_lines, meta.aside_at, meta.inline_labels, meta.n_lines = _walk(
        text, start, hits, asides, chunks=conv.merge_chunks, openings=conv.header == "nato", keys=keys)
    meta.asides = [asides[k][2] if k >= 0 else hits[-1 - k].printed for k in recorded]
    _times(meta, conv)
    turns = [[hits[i] if i >= 0 else None, body, first, last, label_line]
             for i, body, first, last, label_line in walked]
    return _fill(turns, conv, header, meta.doc_id)


def _walk(text: str, start: int, hits: list[Hit], asides: list[tuple[int, int, str]], *,
          chunks: bool, openings: bool, keys: list[str] | None = None) -> tuple:
    """The turns' text, cut from ``text[start:]`` at its labels (``hits``) and asides.

    Each label opens a turn, or with ``chunks`` continues the turn before when its ``keys``
    entry (the speaker's name key) is that turn's; with ``openings`` the text before the
    first label is a turn of its own. Returns, in document order:

    - the turns: ``(hit number or -1, text, first line, last line, label line)``, the lines
      being those of the text's first and last non-space characters (``None`` without text)
      and of the label (``None`` without one);
    - the asides kept in the metadata: ``k`` for ``asides[k]``, ``-1 - i`` for the repeated
      label of a chunk, ``hits[i]``; their source lines; and their places among
      :func:`rebuild_body`'s lines;
    - the lines of labels printed with text on them; and the number of lines of ``text``.

    In C where the install built :mod:`presslib._textscan`; this is the same in Python.
    """
    if _textscan is not None:
        return _textscan.walk(text, start, hits, asides, chunks, openings, keys, _squeeze)
    line_of = _Lines(text)
    events = [(h.pos, 0, i) for i, h in enumerate(hits)]
    if asides:
        at_label = {h.pos for h in hits}
        events += [(a[0], 1, k) for k, a in enumerate(asides) if a[0] not in at_label]
        events.sort()
    turns: list[list] = []  # [hit number, [pieces], first line, last line, label line]
    recorded: list[int] = []
    aside_lines: list[int] = []
    inline_lines: list[int] = []
    pieces: list[str] = []
    placed: list[tuple[int, int, int, int]] = []  # labels, asides, pieces, inline labels so far
    n_labels = n_inline = 0

    def add_text(turn, a, b):
        # the lines of text[a:b] from the first non-blank one to the last, blank runs squeezed
        nonlocal n_inline
        first = _NONSPACE.search(text, a, b)
        if first is None:
            return
        first = first.start()
        last = b  # one past the last non-space character
        while text[last - 1].isspace():
            last -= 1
        begin = text.rfind("\n", a, first) + 1 or a
        end = text.find("\n", last, b)
        body = _squeeze(text[begin:b if end < 0 else end])
        if not turn[1] and turn[0] >= 0 and hits[turn[0]].inline:
            n_inline += 1  # the first text line shares the label's line
        turn[1].append(body)
        pieces.append(body)
        if turn[2] is None:
            turn[2] = line_of(first)
        turn[3] = line_of(last - 1)

    cursor = start
    current = None
    for pos, is_aside, i in events:
        if pos < cursor:
            continue  # inside a label line (or lines, under a pattern that reads on)
        if current is not None:
            add_text(current, cursor, pos)
        elif pos > cursor and openings:
            opening = [-1, [], None, None, None]
            add_text(opening, cursor, pos)
            if opening[1]:
                turns.append(opening)
        if is_aside:
            recorded.append(i)
            aside_lines.append(line_of(pos))
            placed.append((n_labels, len(placed), len(pieces), n_inline))
            cursor = min(len(text), asides[i][1] + 1)
            continue
        if chunks and current is not None and keys[current[0]] == keys[i]:
            recorded.append(-1 - i)
            aside_lines.append(line_of(pos))
            placed.append((n_labels, len(placed), len(pieces), n_inline))
        else:
            current = [i, [], None, None, line_of(pos)]
            turns.append(current)
            n_labels += 1
            if hits[i].inline:
                inline_lines.append(current[4])
        cursor = hits[i].text_at
    if current is not None:
        add_text(current, cursor, len(text))
    elif cursor < len(text) and openings:
        turns.append([-1, [], None, None, None])
        add_text(turns[-1], cursor, len(text))
    n_lines = line_of(len(text)) - text.endswith("\n")
    aside_at = _aside_places(placed, pieces) if placed else []
    return ([(t[0], "\n\n".join(t[1]), t[2], t[3], t[4]) for t in turns], recorded, aside_lines,
            aside_at, inline_lines, n_lines)


def _squeeze(body: str) -> str:
    """Runs of blank lines as one blank line."""
    return _BLANK_RUN.sub("\n\n", body)


def _aside_places(placed, pieces: list[str]) -> list[int]:
    """Each aside's position among rebuild_body's lines: the labels, asides and non-blank text
    lines before it (a label printed on its text's first line makes one line of the two)."""
    out, lines, done = [], 0, 0
    for labels, asides, n_pieces, inline in placed:
        for body in pieces[done:n_pieces]:
            lines += body.count("\n") + 1 - body.count("\n\n")
        done = n_pieces
        out.append(labels + asides + lines - inline)
    return out


def _only_gives_floor(text: str) -> bool:
    """Is all but the floor-giving last sentence a courtesy ("Thank you, Karine.")? An answer
    that ends by giving the floor ("We will see. Go ahead, Kelly.") stays an answer."""
    before = text[: len(text.rstrip()) - len(last_sentence(text))]
    return len(before.split()) <= _COURTESY_WORDS


def _times(meta: Meta, conv) -> None:
    """Start and end times from the time and footer lines among the asides."""
    for aside in meta.asides:
        m = _TIME_IN.search(aside)
        if not m or conv.asides_re is None or not conv.asides_re.fullmatch(aside):
            continue
        if aside.upper().startswith("END") or meta.start_time:
            meta.end_time = m.group()
        else:
            meta.start_time = m.group()


def _fill(turns: list[list], conv, header: Header, doc_id: str) -> dict[str, list]:
    """The turns table's columns from the assembled turns: people, roles, outlets, sequence."""
    # NATO's labels are read whole (the outlet is in them); other conventions' by their name part,
    # so that "Ana Lima: (00:04)" and "Ana Lima: (02:30)" are read once.
    by_name = conv.label_re is not None
    labels = {}
    keys = [None if t[0] is None else (t[0].name if by_name else t[0].printed) for t in turns]
    for key, turn in zip(keys, turns):
        if key is not None and key not in labels:
            labels[key] = make_label(turn[0].printed, turn[0].name, conv)
    labs = [labels[k] if k is not None else None for k in keys]
    texts = [t[1] for t in turns]
    people = People(header, conv)
    for lab in labels.values():  # each spelling once, in order of appearance
        people.add(lab)
    people.settle(labs, lambda: [len(t) for t in texts])
    who = {None: people.of(None)}
    for key, lab in labels.items():
        who[key] = people.of(lab)
    rows = [who[k] for k in keys]  # (speaker, role, affiliation) of each turn
    speakers, roles, affiliations = [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
    outlets = []
    printed = [t[0].printed if t[0] is not None else "" for t in turns]
    collective = anonymous = [False] * len(labs)
    if conv.collective_journalist:  # each label read once
        of = {k: conv.matches("collective_journalist", lab.name) for k, lab in labels.items()}
        collective = [k is not None and of[k] for k in keys]
    if conv.anonymous_journalist:
        of = {k: conv.matches("anonymous_journalist", lab.name) for k, lab in labels.items()}
        anonymous = [k is not None and of[k] for k in keys]
    seq_speakers, calls = speakers, None
    if any(collective):  # officials chair: a short turn that only gives the floor is a call
        calls = [r in ("principal", "other") and nxt == "journalist" and len(t) < 40 * _CALL_WORDS
                 and len(t.split()) <= _CALL_WORDS and gives_floor(t) and _only_gives_floor(t)
                 for r, nxt, t in zip(roles, roles[1:] + [""], texts)]
    if any(collective) or any(anonymous):
        found, ids = attribute([lab.name if lab else "" for lab in labs], roles, texts,
                               collective=collective, anonymous=anonymous)
        seq_speakers = list(speakers)
        for i, a in enumerate(found):
            if collective[i] or anonymous[i]:
                if a.name:
                    speakers[i] = a.name
                affiliations[i] = a.outlet
                seq_speakers[i] = ids[i] if collective[i] else speakers[i]
    resolved: dict[str, str | None] = {}
    for role, affiliation in zip(roles, affiliations):
        if role != "journalist":
            outlets.append(None)
            continue
        if affiliation not in resolved:
            resolved[affiliation] = OUTLET_SEPARATOR.join(resolve_outlets(affiliation)) or None
        outlets.append(resolved[affiliation])
    kinds, exchanges, continuation = assign_sequence(roles, seq_speakers, calls=calls)
    n = len(turns)
    return {
        "doc_id": [doc_id] * n, "turn": list(range(n)), "speaker": speakers, "label": printed,
        "role": roles, "affiliation": affiliations, "outlet": outlets, "kind": kinds,
        "exchange": exchanges, "continuation": continuation, "text": texts,
        "line_start": [t[4] if t[0] is not None else t[2] for t in turns],
        "line_end": [t[3] if t[3] is not None else t[4] for t in turns],
    }


def turns_frame(cols: dict) -> pd.DataFrame:
    """Build the turns table from parsed columns (lists or Arrow arrays), adding the word,
    sentence and question counts unless ``cols`` has them."""
    if "n_words" not in cols:
        cols = dict(cols)
        cols["n_words"], cols["n_sentences"], cols["n_questions"] = count_text(cols["text"])
    return pd.DataFrame({name: _column(cols[name], dtype) for name, dtype in COLUMNS.items()})


def _column(values, dtype: str):
    """One column of the turns table from a list or an Arrow (chunked) array."""
    if hasattr(values, "to_numpy"):  # Arrow
        if dtype in ("int64", "bool"):  # without nulls here
            values = values.to_numpy()
        elif dtype == "Int64":  # numbers and a mask: ten times faster than pandas' own reading
            return pd.arrays.IntegerArray(values.fill_null(0).to_numpy(),
                                          values.is_null().to_numpy())
    return pd.array(values, dtype=dtype)


def rebuild_body(turns: pd.DataFrame, *, meta=None) -> list[str]:
    """The body's non-blank lines, rebuilt from the turns: each label, then each text line.

    Comparing this with the source's non-blank lines (header lines left out) shows that the
    parse lost and duplicated nothing; the comparison ignores white space at the ends of lines.
    Given ``meta`` (a :class:`Meta`, or the metadata table of a corpus), the asides go back in
    their places and a label printed on the same line as its text is joined to it by one space,
    so that the comparison also ignores the width of that gap.
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
        inline = set(m["inline_labels"])
        lines: list[str] = []
        for label, text, start in zip(doc["label"], doc["text"], doc["line_start"]):
            body = [line for line in text.split("\n") if line.strip()]
            if label and start in inline and body:
                lines.append(f"{label} {body[0].lstrip()}")
                body = body[1:]
            elif label:
                lines.append(label)
            lines.extend(body)
        for at, aside in sorted(zip(m["aside_at"], m["asides"]), key=lambda x: x[0]):
            lines.insert(at, aside)
        out.extend(lines)
    return out


def _metas_by_doc(meta) -> dict[str, dict]:
    if isinstance(meta, Meta):
        return {meta.doc_id: meta.to_dict()}
    if isinstance(meta, pd.DataFrame):
        return {row["doc_id"]: row for row in meta.to_dict("records")}
    return {meta["doc_id"]: meta}


def load_turns(spec: str | Path, **options) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turns and metadata tables for a notebook's ``TRANSCRIPT`` parameter.

    ``spec`` is a file or a glob; a relative one is taken from the project root, so a notebook
    names ``"data/raw/x.txt"`` whatever folder its kernel runs in. ``options`` go to
    :func:`load_corpus` (``convention=``, ``errors=``, ...).
    """
    from .paths import project_path

    return load_corpus(str(project_path(spec)), **options)
