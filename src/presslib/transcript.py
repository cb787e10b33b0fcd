"""Transcript text into the tidy turns table: :func:`load_transcript`, :func:`parse_text`.

The turns table has one row per speaker turn, in document order (columns in :data:`COLUMNS`,
described in the README and in ``DESIGN.md``). Parsing is lossless: every non-blank line of the
source is a header line, a speaker label, or a line of exactly one turn's text, and each turn
records the source lines it spans (:func:`rebuild_body` puts the body back together).
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import PresslibError
from .header import Header, read_header
from .outlets import OUTLET_SEPARATOR, resolve_outlets
from .readers import decode, read_text
from .sequence import assign_sequence
from .speakers import Label, label_key, looks_like_label, name_key, parse_label
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
_NOT_LABEL_END = tuple('.?!…"”’;,')
_MAX_LABEL_LINE = 120
_PARALLEL_FILES = 64  # corpora this large are parsed in several processes
_BLANK_RUN = re.compile(r"\n(?:\s*\n)+")


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

    def to_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Transcript:
    """A parsed transcript: ``meta`` (a :class:`Meta`) and ``turns`` (the turns table)."""

    meta: Meta
    turns: pd.DataFrame

    def __repr__(self) -> str:
        m = self.meta
        return f"<Transcript {m.doc_id!r}: {len(self.turns)} turns, {m.principal or '?'}, {m.date or '?'}>"


def load_transcript(path: str | Path, *, doc_id: str | None = None) -> Transcript:
    """Read and parse the transcript at ``path``; ``doc_id`` defaults to the file's stem.

    Raises :class:`~presslib.errors.PresslibError` for a file that is missing, empty, binary,
    not UTF-8, or holds no speaker labels.
    """
    path = Path(path)
    text, raw = read_text(path)
    meta, cols = _parse(text, doc_id=doc_id or path.stem, source=str(path))
    meta.sha256 = hashlib.sha256(raw).hexdigest()
    return Transcript(meta, turns_frame(cols))


def parse_text(text: str | bytes, *, doc_id: str = "text", source: str = "") -> Transcript:
    """Parse transcript text (or bytes) held in memory, as :func:`load_transcript` does a file."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8")
    text = decode(raw, path=source or None)
    meta, cols = _parse(text, doc_id=doc_id, source=source)
    meta.sha256 = hashlib.sha256(raw).hexdigest()
    return Transcript(meta, turns_frame(cols))


def load_corpus(
    paths: str | Path | list[str | Path], *, jobs: int | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Parse several transcripts into one turns table and one metadata table, keyed by ``doc_id``.

    ``paths`` is a list of files, or a glob pattern (``"data/raw/*.txt"``). Two files with the
    same stem get ``doc_id`` from their paths' differing parts so that ids stay unique. Large
    corpora are parsed in ``jobs`` processes (default: one per core); the result is the same.
    """
    files = _expand(paths)
    ids = _doc_ids(files)
    if jobs is None:
        jobs = (os.cpu_count() or 1) if len(files) >= _PARALLEL_FILES else 1
    jobs = max(1, min(jobs, len(files)))
    if jobs == 1:
        metas, cols = _parse_files(files, ids)
    else:
        from concurrent.futures import ProcessPoolExecutor

        chunks = [(files[k::jobs], ids[k::jobs]) for k in range(jobs)]
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = list(pool.map(_parse_files, *zip(*chunks)))
        order = {doc_id: i for i, doc_id in enumerate(ids)}
        metas = sorted((m for part, _ in parts for m in part), key=lambda m: order[m["doc_id"]])
        cols = _merge_in_order([c for _, c in parts], [[m["doc_id"] for m in part] for part, _ in parts], ids)
    return turns_frame(cols), pd.DataFrame(metas)


def _parse_files(files: list[Path], ids: list[str]) -> tuple[list[dict], dict[str, list]]:
    """Parse ``files`` into metadata rows and turns columns, counts included."""
    metas, parts = [], []
    for path, doc_id in zip(files, ids):
        text, raw = read_text(path)
        meta, cols = _parse(text, doc_id=doc_id, source=str(path))
        meta.sha256 = hashlib.sha256(raw).hexdigest()
        metas.append(meta.to_dict())
        parts.append(cols)
    cols = {name: [v for part in parts for v in part[name]] for name in parts[0]} if parts else {}
    if cols:
        cols["n_words"], cols["n_sentences"], cols["n_questions"] = count_text(cols["text"])
    return metas, cols


def _merge_in_order(parts: list[dict], part_ids: list[list[str]], ids: list[str]) -> dict[str, list]:
    """Concatenate per-process column dicts back into the files' order."""
    pieces = {}
    for cols, doc_ids in zip(parts, part_ids):
        bounds = np.flatnonzero(np.asarray(cols["turn"]) == 0).tolist() + [len(cols["turn"])]
        for doc_id, lo, hi in zip(doc_ids, bounds, bounds[1:]):
            pieces[doc_id] = (cols, lo, hi)
    merged: dict[str, list] = {name: [] for name in parts[0]}
    for doc_id in ids:
        cols, lo, hi = pieces[doc_id]
        for name, values in cols.items():
            merged[name].extend(values[lo:hi])
    return merged


def _expand(paths) -> list[Path]:
    if isinstance(paths, (str, Path)):
        matched = sorted(glob.glob(str(paths))) if glob.has_magic(str(paths)) else [paths]
        if not matched:
            raise PresslibError("no file matches this pattern", path=paths)
        paths = matched
    if not paths:
        raise PresslibError("no transcript files given")
    return [Path(p) for p in paths]


def _doc_ids(files: list[Path]) -> list[str]:
    stems = Counter(f.stem for f in files)
    return [f.stem if stems[f.stem] == 1 else "/".join(f.with_suffix("").parts[-2:]) for f in files]


# --------------------------------------------------------------------------- parsing


def _parse(text: str, *, doc_id: str, source: str) -> tuple[Meta, dict[str, list]]:
    lines = text.split("\n")
    header, body = read_header(lines, 0)
    labels = _find_labels(lines, body, header)
    if not labels:
        first = next((i for i in range(body, len(lines)) if lines[i].strip()), body)
        raise PresslibError(
            "expected speaker labels on their own lines (such as 'Name, Outlet:'), found none",
            path=source or None,
            line=first + 1,
        )
    meta = Meta(
        doc_id=doc_id,
        title=header.title,
        principal=header.principal,
        principal_title=header.principal_title,
        organisation=header.organisation,
        occasion=header.occasion,
        date=header.date,
        last_updated=header.last_updated,
        delivery=header.delivery,
        source=source,
        n_lines=len(lines) - (text.endswith("\n")),
        header_lines=header.lines,
    )
    return meta, _turn_columns(lines, body, labels, header, doc_id)


def _find_labels(lines: list[str], body: int, header: Header) -> dict[int, Label]:
    """``{line index: Label}`` for every label line of the body."""
    # A label line is short and does not end like a sentence; most lines are ruled out here.
    candidates = [
        i for i in range(body, len(lines))
        if 0 < len(lines[i]) <= _MAX_LABEL_LINE and lines[i][-1] not in _NOT_LABEL_END
    ]
    labels: dict[int, Label] = {}
    for i in candidates:
        line = lines[i].strip()
        if line.endswith(":") and looks_like_label(line[:-1].rstrip()):
            labels[i] = parse_label(line)
    known_labels = {label_key(lab.printed) for lab in labels.values()}
    known_names = {name_key(lab.name) for lab in labels.values()}
    if header.principal:
        known_names.add(name_key(header.principal))
    for i in candidates:
        if i in labels:
            continue
        line = lines[i].strip()
        if not line or line.endswith(_NOT_LABEL_END):
            continue
        if label_key(line) in known_labels or (
            looks_like_label(line) and name_key(parse_label(line).name) in known_names
        ):
            labels[i] = parse_label(line)
    return dict(sorted(labels.items()))


def _span(lines: list[str], start: int, stop: int) -> tuple[int, int]:
    """The first and last non-blank line in ``lines[start:stop]`` (``(stop, start - 1)`` if none)."""
    while start < stop and not lines[start].strip():
        start += 1
    while stop > start and not lines[stop - 1].strip():
        stop -= 1
    return start, stop - 1


def _turn_columns(
    lines: list[str], body: int, labels: dict[int, Label], header: Header, doc_id: str
) -> dict[str, list]:
    at = list(labels)
    blocks: list[tuple[int | None, int, int]] = []  # (label line, first text line, last)
    first, last = _span(lines, body, at[0])
    if first <= last:
        blocks.append((None, first, last))
    for k, i in enumerate(at):
        stop = at[k + 1] if k + 1 < len(at) else len(lines)
        first, last = _span(lines, i + 1, stop)
        blocks.append((i, first, last))

    people = _People(header)
    for lab in dict.fromkeys(labels.values()):  # each spelling once, in order of appearance
        people.add(lab)
    people.settle(
        [labels[b[0]] if b[0] is not None else None for b in blocks],
        lambda: [sum(len(lines[j]) for j in range(b[1], b[2] + 1)) for b in blocks],
    )

    who: dict[Label | None, tuple[str, str, str, str, str | None]] = {}
    for lab in [None, *labels.values()]:
        if lab not in who:
            speaker, role, affiliation = people.of(lab)
            outlet = None
            if role == "journalist":
                outlet = OUTLET_SEPARATOR.join(resolve_outlets(affiliation)) or None
            who[lab] = (speaker, lab.printed if lab else "", role, affiliation, outlet)

    rows = []
    for lab_at, first, last in blocks:
        text = "\n".join(lines[first : last + 1]) if first <= last else ""
        if "\n\n\n" in text or "\n " in text or "\n\t" in text:
            text = _BLANK_RUN.sub("\n\n", text)  # runs of blank or white-space lines
        start = (lab_at if lab_at is not None else first) + 1
        end = (last if first <= last else lab_at) + 1
        rows.append((*who[labels[lab_at] if lab_at is not None else None], text, start, end))
    cols: dict[str, list] = {"doc_id": [doc_id] * len(rows), "turn": list(range(len(rows)))}
    names = ("speaker", "label", "role", "affiliation", "outlet", "text", "line_start", "line_end")
    for name, values in zip(names, zip(*rows)):
        cols[name] = list(values)
    kinds, exchanges, continuation = assign_sequence(cols["role"], cols["speaker"])
    cols["kind"], cols["exchange"], cols["continuation"] = kinds, exchanges, continuation
    return cols


class _People:
    """Who the labels name: one canonical spelling per person, and each person's role."""

    def __init__(self, header: Header):
        self.header = header
        self.name: dict[str, str] = {}  # name key -> first spelling
        self.role: dict[str, str] = {}
        self.org: dict[str, str] = {}
        self.principal = name_key(header.principal) if header.principal else ""
        if header.principal:
            self.name[self.principal] = header.principal
            self.org[self.principal] = header.organisation

    def add(self, lab: Label) -> None:
        key = name_key(lab.name)
        self.name.setdefault(key, " ".join(lab.name.split()))
        if not lab.is_journalist and lab.affiliation:
            self.org.setdefault(key, lab.affiliation)
        if key == self.principal:
            role = "principal"
        elif lab.is_journalist:
            role = "journalist"
        elif lab.is_moderator:
            role = "moderator"
        else:
            role = "other"
        if self.role.get(key) in (None, "other"):
            self.role[key] = role

    def settle(self, labels: list[Label | None], sizes) -> None:
        """Infer a moderator and a principal where titles and the header do not say."""
        keys = [name_key(lab.name) if lab else None for lab in labels]
        roles = self.role
        if "moderator" not in roles.values():
            givers = Counter(
                keys[i]
                for i in range(len(keys) - 1)
                if keys[i] and roles.get(keys[i]) == "other" and roles.get(keys[i + 1]) == "journalist"
            )
            if givers:
                roles[givers.most_common(1)[0][0]] = "moderator"
        if not self.principal:
            spoken = Counter()
            for key, size in zip(keys, sizes()):
                if key and roles.get(key) == "other":
                    spoken[key] += size
            if spoken:
                self.principal = spoken.most_common(1)[0][0]
                roles[self.principal] = "principal"
        if self.principal:
            roles[self.principal] = "principal"
            org = self.org.get(self.principal) or self.header.organisation
            for key, role in roles.items():  # officials without an organisation of their own
                if role in ("principal", "moderator") and not self.org.get(key):
                    self.org[key] = org

    def of(self, lab: Label | None) -> tuple[str, str, str]:
        """``(speaker, role, affiliation)`` of a turn with this label (``None``: unlabeled)."""
        if lab is None:
            key = self.principal
            if not key:
                return "", "other", ""
            return self.name[key], "principal", self.org.get(key, "")
        key = name_key(lab.name)
        role = self.role[key]
        affiliation = lab.affiliation if role == "journalist" else self.org.get(key, "")
        return self.name[key], role, affiliation


def turns_frame(cols: dict[str, list]) -> pd.DataFrame:
    """Build the turns table from parsed columns, adding the word, sentence and question counts."""
    if "n_words" in cols:
        words, sentences, questions = cols["n_words"], cols["n_sentences"], cols["n_questions"]
    else:
        words, sentences, questions = count_text(cols["text"])
    data = {}
    for name, dtype in COLUMNS.items():
        if name == "n_words":
            values = words
        elif name == "n_sentences":
            values = sentences
        elif name == "n_questions":
            values = questions
        else:
            values = cols[name]
        data[name] = pd.array(values, dtype=dtype)
    return pd.DataFrame(data)


def rebuild_body(turns: pd.DataFrame) -> list[str]:
    """The body's non-blank lines, rebuilt from the turns: each label, then each text line.

    Comparing this with the source's non-blank lines (header lines left out) shows that the
    parse lost and duplicated nothing; the comparison ignores white space at the ends of lines.
    """
    out: list[str] = []
    for label, text in zip(turns["label"], turns["text"]):
        if label:
            out.append(label)
        out.extend(line for line in text.split("\n") if line.strip())
    return out


def load_turns(spec: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turns and metadata tables for a notebook's ``TRANSCRIPT`` parameter.

    ``spec`` is a file or a glob; a relative one is taken from the project root, so a notebook
    names ``"data/raw/x.txt"`` whatever folder its kernel runs in.
    """
    from .paths import project_path

    return load_corpus(str(project_path(spec)))
