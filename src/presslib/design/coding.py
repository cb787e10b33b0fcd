"""Hand coding: a sheet to code question units and their answers in a spreadsheet
(:func:`coding_sheet`, :func:`write_coding_sheet`), read back with every code checked
(:func:`read_coding`), and joined to the units it codes (:func:`match_coding`).

A sheet has one row per question unit, keyed by ``doc_id``, ``line`` (the source line where
the question proper begins) and ``q`` (1 for the first question beginning on that line, 2 for
the second, ...): a key a coder can find in the transcript, and which does not move when the
units of other lines change. Then, to read: ``unit``, ``exchange``, ``turn``, ``speaker``,
``source``, ``question``, ``variants``, ``preface``, ``answer_lines``, ``answer``; the tool's
suggestions (``auto_*``); and the columns to fill in:

- one per design indicator (:data:`~presslib.design.indicators.INDICATORS`): ``1`` or ``0``;
- ``reply`` (``reply``, ``intermediate``, ``non_reply``) and ``reply_kind`` (a kind of that
  code in the scheme, :func:`~presslib.design.replies.read_reply_scheme`; may stay empty);
- ``note``: why, for every judgement call.

A cell left empty is "not coded". The packaged hand coding of the bundled NATO transcript
(``data/design/nato_2023-02-13_coding.csv``, :func:`read_hand_coding`) has this form.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..answers.responsiveness import THRESHOLD
from ..errors import PresslibError
from ..io.write import write_table
from ..table import need_columns
from .cues import design_file
from .indicators import INDICATORS, design_indicators, summarise_design
from .replies import CODES, qa_pairs, read_reply_scheme, suggest_replies
from .units import question_units, unit_parts

KEY = ("doc_id", "line", "q")
CODE_COLUMNS = (*INDICATORS, "reply", "reply_kind", "note")
SHEET_COLUMNS = (*KEY, "unit", "exchange", "turn", "speaker", "source", "question", "variants",
                 "preface", "answer_lines", "answer",
                 *(f"auto_{c}" for c in INDICATORS), "auto_reply", "auto_kind", "auto_cue",
                 *CODE_COLUMNS)
_TRUE, _FALSE = frozenset({"1"}), frozenset({"0"})


def add_keys(units: pd.DataFrame) -> pd.DataFrame:
    """``units`` with ``q``: 1 for the first unit whose question begins on its line, 2 for the
    second, ... (with ``doc_id`` and ``line``, the key of a coding sheet). Not changed in place.

    >>> add_keys(pd.DataFrame({"doc_id": "d", "unit": [1, 2, 3], "line": [5, 5, 9]}))["q"].tolist()
    [1, 2, 1]
    """
    need_columns(units, ("doc_id", "unit", "line"), what="the units table")
    out = units.copy()
    out["q"] = out.sort_values(["doc_id", "unit"]).groupby(["doc_id", "line"]).cumcount().add(1)
    return out


def coding_sheet(turns: pd.DataFrame, *, units: pd.DataFrame | None = None, prefill: bool = False,
                 threshold: float = THRESHOLD, cues: str | None = None) -> pd.DataFrame:
    """A sheet to hand-code ``turns``' question units (see the module's docstring).

    With ``prefill=True`` the columns to fill in start from the tool's suggestions, for a
    coder who corrects rather than codes from scratch (which biases towards the tool: say so).
    """
    units = question_units(turns, cues=cues) if units is None else units
    parts = unit_parts(turns, cues=cues)
    summary = summarise_design(design_indicators(turns, units=units, parts=parts, cues=cues), units)
    suggested = suggest_replies(turns, units=units, threshold=threshold)
    pairs = qa_pairs(turns, units=units)
    sheet = add_keys(units)
    sheet["preface"] = [" ".join(x for x in (c, r) if x) for c, r in zip(units["context"], units["reported"])]
    sheet["answer_lines"] = [
        "" if pd.isna(a) else (f"{a}" if a == b else f"{a}-{b}")
        for a, b in zip(pairs["answer_line_start"], pairs["answer_line_end"])]
    sheet["answer"] = pairs["answer"].to_numpy()
    for name in INDICATORS:
        sheet[f"auto_{name}"] = summary[name].astype(int).to_numpy()
    for name in ("auto_reply", "auto_kind", "auto_cue"):
        sheet[name] = suggested[name].to_numpy()
    for name in CODE_COLUMNS:
        sheet[name] = ""
    if prefill:
        for name in INDICATORS:
            sheet[name] = sheet[f"auto_{name}"].astype(str)
        sheet["reply"], sheet["reply_kind"] = sheet["auto_reply"], sheet["auto_kind"]
    return sheet[list(SHEET_COLUMNS)].reset_index(drop=True)


def write_coding_sheet(sheet: pd.DataFrame, path: str | Path) -> Path:
    """Write a coding sheet as CSV (UTF-8, one row per unit) and return its path."""
    need_columns(sheet, (*KEY, *CODE_COLUMNS), what="the coding sheet")
    return write_table(sheet, path)


def read_coding(path: str | Path, *, require: tuple[str, ...] = (), scheme: str | Path | None = None) -> pd.DataFrame:
    """A hand-coded sheet, every code checked.

    Returns one row per coded unit with the key columns (``line`` and ``q`` as integers), the
    indicator columns as nullable integers (1, 0 or missing), ``reply``, ``reply_kind`` and
    ``note`` as text ("" when empty), and any other column as it was. ``require``: columns that
    must be filled in on every row (``("reply",)``). ``attrs["source"]`` names the file.

    A bad cell raises :class:`~presslib.errors.PresslibError` in one line naming the file, the
    line of the CSV and what was expected::

        coding.csv:7: reply 'answered' is not a code, expected one of reply, intermediate, non_reply
    """
    path = Path(path)
    kinds = read_reply_scheme(scheme)
    kinds_of = kinds.groupby("code")["kind"].apply(set).to_dict()
    rows, lines = _read_rows(path)
    if not rows:
        raise PresslibError("no coded rows, expected a header and one row per question unit", path=path, line=1)
    header = rows[0]
    missing = [c for c in KEY if c not in header]
    if missing:
        raise PresslibError(f"lacks key column(s) {', '.join(missing)}, expected {', '.join(KEY)}",
                            path=path, line=1)
    table = pd.DataFrame(rows[1:], columns=header, dtype=str)
    seen: dict = {}
    for row, line in zip(rows[1:], lines[1:]):
        _check_row(dict(zip(header, row)), header, path, line, kinds_of, require, seen)
    for name in INDICATORS:
        if name in table:
            table[name] = pd.array([None if v == "" else int(v) for v in table[name]], dtype="Int64")
    table["line"] = table["line"].astype("int64")
    table["q"] = table["q"].astype("int64")
    for name in ("reply", "reply_kind", "note"):
        if name not in table:
            table[name] = ""
    table.attrs["source"] = str(path)
    return table


def _read_rows(path: Path) -> tuple[list[list[str]], list[int]]:
    """The CSV's rows and the source line each begins on (quoted cells may hold line breaks)."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise PresslibError("coding sheet not found", path=path) from None
    rows, lines = [], []
    with handle:
        reader = csv.reader(handle)
        start = 1
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    rows.append([cell.strip() for cell in row])
                    lines.append(start)
                start = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError) as err:
            raise PresslibError(f"not a readable CSV file ({err})", path=path, line=start) from None
    width = len(rows[0]) if rows else 0
    for row, line in zip(rows[1:], lines[1:]):
        if len(row) != width:
            raise PresslibError(f"{len(row)} cells, expected {width} as in the header", path=path, line=line)
    return rows, lines


def _check_row(row: dict, header, path, line, kinds_of, require, seen) -> None:
    doc_id, number, q = row["doc_id"], row["line"], row["q"]
    if not doc_id:
        raise PresslibError("doc_id is empty, expected the transcript's id", path=path, line=line)
    for name, value in (("line", number), ("q", q)):
        if not value.isdigit() or int(value) < 1:
            raise PresslibError(f"{name} {value!r} is not a number, expected 1, 2, ...", path=path, line=line)
    key = (doc_id, int(number), int(q))
    if key in seen:
        raise PresslibError(f"unit {doc_id} line {number} q {q} is coded twice (first on line {seen[key]})",
                            path=path, line=line)
    seen[key] = line
    for name in INDICATORS:
        value = row.get(name, "")
        if value and value not in _TRUE | _FALSE:
            raise PresslibError(f"{name} {value!r}, expected 1, 0 or an empty cell", path=path, line=line)
    reply, kind = row.get("reply", ""), row.get("reply_kind", "")
    if reply and reply not in CODES:
        raise PresslibError(f"reply {reply!r} is not a code, expected one of {', '.join(CODES)}",
                            path=path, line=line)
    if kind and not reply:
        raise PresslibError(f"reply_kind {kind!r} without a reply, expected a reply code first",
                            path=path, line=line)
    if kind and kind not in kinds_of.get(reply, set()):
        raise PresslibError(f"reply_kind {kind!r} is not a kind of {reply}, expected one of "
                            f"{', '.join(sorted(kinds_of.get(reply, set())))}", path=path, line=line)
    for name in require:
        if name not in header:
            raise PresslibError(f"no {name} column, expected one to be filled in", path=path, line=1)
        if not row.get(name, ""):
            raise PresslibError(f"{name} is empty, expected every unit to be coded", path=path, line=line)


def read_hand_coding(name: str = "nato_2023-02-13_coding.csv") -> pd.DataFrame:
    """A hand coding packaged with presslib (default: the NATO transcript's), checked and read
    with :func:`read_coding` (every reply required)."""
    return read_coding(design_file(name), require=("reply", *INDICATORS))


def match_coding(units: pd.DataFrame, coding: pd.DataFrame) -> pd.DataFrame:
    """The units a coding codes, with its code columns, joined on ``doc_id, line, q``.

    Units the coding does not cover are left out; ``attrs["unmatched"]`` counts the coded rows
    that match no unit (a sheet written for another segmentation or transcript). A column of
    the units table with a code's name (``prefaced``) gives way to the coding's.
    """
    need_columns(coding, KEY, what="the coding")
    codes = [c for c in CODE_COLUMNS if c in coding.columns]
    keyed = add_keys(units.drop(columns=[c for c in codes if c in units.columns]))
    if not len(coding) or not len(keyed):
        out = keyed.iloc[0:0].assign(**{c: pd.Series(dtype="object") for c in codes})
        out.attrs["unmatched"] = len(coding)
        return out
    coding = coding.astype({"line": "int64", "q": "int64"})
    out = keyed.merge(coding[[*KEY, *codes]], on=list(KEY), how="inner")
    out.attrs["unmatched"] = len(coding) - len(out)
    return out.sort_values(["doc_id", "unit"]).reset_index(drop=True)
