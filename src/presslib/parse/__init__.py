"""Parsing a transcript into the turns table, one step a module, in the order they run:

1. reading the file (:mod:`presslib.io`): text, HTML, XML or PDF, and its encoding;
2. :mod:`~presslib.parse.header`: front matter, title block, block header;
3. :mod:`~presslib.parse.labels`: where the speaker labels are, under one convention;
4. :mod:`~presslib.parse.reading`: which convention reads the whole document best;
5. :mod:`~presslib.parse.turns`: the turns' text and source lines, and the asides;
6. :mod:`~presslib.parse.people` (with :mod:`~presslib.parse.attribution`): who speaks, in
   what role;
7. :mod:`~presslib.parse.sequence`: each turn's kind and exchange;
8. the counts (:mod:`presslib.text`);
9. :mod:`~presslib.parse.quality`: how much of the text the turns hold, and warnings.

:func:`load_transcript` and :func:`parse_text` run them on one transcript;
:func:`~presslib.parse.corpus.load_corpus` on many.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..errors import PresslibError
from ..io.read import Source, decode_source, read_source
from ..outlets import OUTLET_SEPARATOR, resolve_outlets
from ..table import Meta, Transcript, turns_frame
from ..text import count_text
from .attribution import attribute, gives_floor, label_names, last_sentence, person_called
from .header import Header, header_from_fields, read_block_header, read_front_matter
from .names import name_key
from .people import People, make_label, room_repairs
from .quality import assess
from .reading import choose_reading, no_fit
from .sequence import assign_sequence
from .turns import cut_turns, find_asides

__all__ = ["load_transcript", "parse_text", "parse_source"]

_FRONT_LINES = 250
_CALL_WORDS = 15  # an official's turn this short that gives the floor is a call
_COURTESY_WORDS = 3  # ... when what comes before it is no longer than this ("Thank you, Karine.")
_TIME_IN = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s{0,3}[AP]\.?M\.?)?(?:\s{1,3}[A-Z]{2,4})?", re.I)


def load_transcript(path: str | Path, *, doc_id: str | None = None, convention=None,
                    conventions=None) -> Transcript:
    """Read and parse the transcript at ``path``; ``doc_id`` defaults to the file's stem.

    ``convention`` forces a convention (a name such as ``"caps"``, or a ``.toml`` path); by
    default the one that reads the document best is chosen. ``conventions`` adds a folder or
    file of user conventions. Raises :class:`~presslib.errors.PresslibError` for a file that
    is missing, empty, binary, undecodable, or that no convention reads as speaker turns.
    """
    path = Path(path)
    source = read_source(path)
    meta, cols = parse_source(source, doc_id=doc_id or path.stem, convention=convention,
                              conventions=conventions)
    return Transcript(meta, turns_frame(cols))


def parse_text(text: str | bytes, *, doc_id: str = "text", source: str = "", convention=None,
               conventions=None) -> Transcript:
    """Parse transcript text (or bytes) held in memory, as :func:`load_transcript` does a file."""
    if isinstance(text, str):
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as err:  # a lone surrogate: no file can hold it
            from ..errors import PresslibError

            line = text.count("\n", 0, err.start) + 1
            raise PresslibError("a lone surrogate character, expected text", path=source or None,
                                line=line) from None
    else:
        raw = text
    src = decode_source(raw, path=source or None)
    meta, cols = parse_source(src, doc_id=doc_id, convention=convention, conventions=conventions)
    return Transcript(meta, turns_frame(cols))


def parse_source(source: Source, *, doc_id: str, convention=None, conventions=None) -> tuple[Meta, dict]:
    """The :class:`~presslib.table.Meta` and the turns table's columns (counts included) of a
    read :class:`~presslib.io.read.Source`."""
    text = source.text
    where = source.path
    # 2. the header: a front matter, the markup's own fields
    head = text[: 20_000].split("\n", _FRONT_LINES)[:_FRONT_LINES]
    front, body_line = read_front_matter(head)
    front = front.merged(header_from_fields(source.fields)) if source.fields else front
    start = sum(len(line) + 1 for line in head[:body_line])
    known = tuple(p for p in (front.principal, *(n for _, n in front.others)) if p)
    # 3-4. labels, under the convention that reads the document best
    reading = choose_reading(text, start, convention=convention, extra=conventions, known=known, source=where)
    conv, hits = reading.convention, reading.hits
    # 5. turns and asides; the header is the title block, or everything above the first label
    asides = find_asides(text, reading.body_start, conv, hits)
    aside_starts = {a for a, _ in asides}
    hits = [h for h in hits if h.pos not in aside_starts]  # ("END 2:05 P.M. EST" is no label)
    if not reading.opening:
        # a label glued to a sentence before any turn would split a header line: not a label
        while hits and hits[0].glued:
            hits = hits[1:]
    if not hits:
        raise no_fit(text, start, [conv], source=where)
    turn_start = reading.body_start if reading.opening else hits[0].pos
    if reading.title_block is not None and reading.title_block.lines:
        # a title block, and what lies between it and the first turn (no opening statement)
        header = front.merged(reading.title_block).merged(
            _block_header(text, reading.body_start, turn_start, asides))
    else:
        header = front.merged(_block_header(text, start, turn_start, asides))
    cut = cut_turns(text, turn_start, hits, asides, opening=reading.opening, merge_chunks=conv.merge_chunks)
    if not cut.turns:  # every label was set aside (a list of participants and nothing else)
        raise no_fit(text, start, [conv], source=where)
    if not any(t[1].strip() for t in cut.turns):  # labels, and not a word after any of them
        first = next((t[4] for t in cut.turns if t[4] is not None), 1)
        raise PresslibError(f"{len(cut.turns)} speaker label(s) and no text after any of them, "
                            "expected turns of text", path=where, line=source.source_line(first))
    meta = Meta(
        doc_id=doc_id, title=header.title, principal=header.principal,
        principal_title=header.principal_title, organisation=header.organisation,
        occasion=header.occasion, date=header.date, last_updated=header.last_updated,
        delivery=header.delivery, source=where or "", form=source.form,
        sha256=hashlib.sha256(source.raw).hexdigest(), n_lines=cut.n_lines,
        header_lines=sorted({source.source_line(n) for n in header.lines}),
        convention=conv.name, source_url=header.source_url,
        asides=cut.asides, aside_lines=[source.source_line(n) for n in cut.aside_lines], aside_at=cut.aside_at,
    )
    _times(meta, conv)
    label_line = {}
    texts = [t[1] for t in cut.turns]
    words, sentences, questions = count_text(texts)
    # 6-7. people, roles, sequence
    header_text = _lines_at(text, header.lines)
    cols = _people_and_sequence(cut, hits, conv, header, texts, words, doc_id,
                                header_words=frozenset(w.casefold() for line in header_text for w in line.split()))
    cols["n_words"], cols["n_sentences"], cols["n_questions"] = words, sentences, questions
    cols["line_start"] = [source.source_line(n) for n in cols["line_start"]]
    cols["line_end"] = [source.source_line(n) for n in cols["line_end"]]
    meta.inline_turns = [k for k, t in enumerate(cut.turns) if t[0] >= 0 and hits[t[0]].inline]
    meta.glued_turns = [k for k, t in enumerate(cut.turns) if t[0] >= 0 and hits[t[0]].glued]
    # 9. quality
    meta.readings = "; ".join(f"{name} {score:.2f} ({n})" for name, (score, n) in
                              sorted(reading.scores.items(), key=lambda kv: -kv[1][0]))
    runner = _runner_up(reading)
    assess(meta, cols, hits=[hits[t[0]] for t in cut.turns if t[0] >= 0], header_text=header_text,
           runner_up=runner, set_aside=reading.set_aside, label_lines=lambda pos: source.source_line(text.count("\n", 0, pos) + 1))
    return meta, cols


def _lines_at(text: str, numbers: list[int]) -> list[str]:
    """The lines of ``text`` with these 1-based numbers."""
    wanted = set(numbers)
    if not wanted:
        return []
    last = max(wanted)
    return [line for n, line in enumerate(text.split("\n", last)[:last], 1) if n in wanted]


def _block_header(text: str, start: int, first: int, asides) -> Header:
    """The header made of the lines between ``start`` and the first label, less the asides."""
    taken = [(a, b) for a, b in asides if a < first]
    line_no = text.count("\n", 0, start) + 1
    lines = []
    pos = start
    for line in text[start:first].split("\n"):
        if line.strip() and not any(a <= pos < b for a, b in taken):
            lines.append((line_no, line))
        pos += len(line) + 1
        line_no += 1
    return read_block_header(lines)


def _runner_up(reading):
    """The best other reading, when its labels might be ones the chosen reading missed."""
    others = [r for r in reading.others if len(r.hits) >= 3 and len(r.hits) > len(reading.hits) // 5]
    return max(others, key=lambda r: (r.score, len(r.hits)), default=None)


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


def _only_gives_floor(text: str) -> bool:
    """Is all but the floor-giving last sentence a courtesy ("Thank you, Karine.")? An answer
    that ends by giving the floor ("We will see. Go ahead, Kelly.") stays an answer."""
    before = text[: len(text.rstrip()) - len(last_sentence(text))]
    return len(before.split()) <= _COURTESY_WORDS


def _people_and_sequence(cut, hits, conv, header: Header, texts, words, doc_id, *,
                         header_words=frozenset()) -> dict[str, list]:
    """The turns table's columns but the counts: people, roles, outlets, kinds and exchanges."""
    people = People(header, conv, header_words=header_words)
    labels = {}
    keys: list[str | None] = []
    for i, *_ in cut.turns:
        if i < 0:
            keys.append(None)
            continue
        hit = hits[i]
        key = name_key(hit.name)
        if key not in labels:
            labels[key] = make_label(hit, conv)
            people.add(labels[key])
        keys.append(people.key(labels[key]))
    people.merge_spellings(labels, Counter(keys))
    keys = [people.alias.get(k, k) if k else k for k in keys]
    people.settle(keys, texts, words)
    persons = [people.of(k) for k in keys]
    names = [hits[t[0]].name if t[0] >= 0 else "" for t in cut.turns]
    # someone in the room who only asks to hear the question again is a bystander
    repairs = room_repairs(names, texts)
    persons = [replace(p, role="other") if repair else p for p, repair in zip(persons, repairs)]
    bystanders = [bool(n) and (repair or conv.matches("other", n)) for n, repair in zip(names, repairs)]
    speakers = [p.name for p in persons]
    roles = [p.role for p in persons]
    affiliations = [labels[name_key(hits[t[0]].name)].affiliation if t[0] >= 0 and p.role == "journalist"
                    else p.affiliation for t, p in zip(cut.turns, persons)]
    printed = [hits[t[0]].printed if t[0] >= 0 else "" for t in cut.turns]
    collective = [bool(n) and conv.matches("collective_journalist", n) and not repair
                  for n, repair in zip(names, repairs)]
    anonymous = [bool(n) and conv.matches("anonymous_journalist", n) for n in names]
    # officials who chair as well as answer: a short turn that only gives the floor is a call,
    # by a call word ("Go ahead, Lopez.") or by naming the next asker ("Zeke, AP."; not a
    # colleague with a label of their own: "Dr. Fauci?" before a mislabelled Q)
    labelled = label_names(names, collective, anonymous)
    calls = [r != "journalist" and r != "moderator" and nxt == "journalist" and w <= _CALL_WORDS
             and (gives_floor(t) or any(person_called(t, others=labelled)[:2])) and _only_gives_floor(t)
             for r, nxt, t, w in zip(roles, roles[1:] + [""], texts, words)]
    seq_speakers = list(speakers)
    if any(collective) or any(anonymous):
        found, ids = attribute(names, roles, texts, collective=collective, anonymous=anonymous)
        for i, a in enumerate(found):
            if collective[i] or anonymous[i]:
                if a.name:
                    speakers[i] = a.name
                affiliations[i] = a.outlet
                seq_speakers[i] = ids[i] if collective[i] else speakers[i]
    outlets, resolved = [], {}
    for role, affiliation in zip(roles, affiliations):
        if role != "journalist":
            outlets.append(None)
            continue
        if affiliation not in resolved:
            resolved[affiliation] = OUTLET_SEPARATOR.join(resolve_outlets(affiliation)) if affiliation else None
        outlets.append(resolved[affiliation] or None)
    asks = ["?" in t for t in texts]
    kinds, exchanges, continuation = assign_sequence(roles, seq_speakers, calls=calls, asks=asks,
                                                     bystanders=bystanders)
    n = len(cut.turns)
    return {
        "doc_id": [doc_id] * n, "turn": list(range(n)), "speaker": speakers, "label": printed,
        "role": roles, "affiliation": affiliations, "outlet": outlets, "kind": kinds,
        "exchange": exchanges, "continuation": continuation, "text": texts,
        "line_start": [t[4] if t[0] >= 0 else t[2] for t in cut.turns],
        "line_end": [t[3] if t[3] is not None else t[4] for t in cut.turns],
    }
