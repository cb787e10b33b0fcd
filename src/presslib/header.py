"""The header above a transcript's first turn: title, principal, occasion, dates, delivery note.

NATO's pages, like many, print::

    Pre-ministerial press conference

    by NATO Secretary General Jens Stoltenberg ahead of the meetings of NATO Defence Ministers

      • 13 Feb. 2023 -
      • |
      • Last updated: 14 Feb. 2023 08:09

    (As delivered)

The header is the run of such lines at the top: the first line (the title), a ``by ...`` line,
bulleted or dated lines, and a parenthesised delivery note. It ends at the first line that is
none of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .speakers import organisation, split_title

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>\d{{4}})\b"),  # 13 Feb. 2023
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b"),  # February 13, 2023
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),  # 2023-02-13
]
_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\b")
_BY_LINE = re.compile(
    r"^by\s+(?P<who>.+?)(?:\s+(?P<occasion>(?:ahead of|at|on the occasion of|following|after|"
    r"during|before|with|on)\s.+))?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^[•·\-*|]\s*")
_DELIVERY = re.compile(r"^\((?P<note>[^()]*(?:deliver|check|transcript|embargo)[^()]*)\)$", re.I)


@dataclass
class Header:
    """What the header says. Fields the header does not give stay empty."""

    title: str = ""
    principal: str = ""  #: the person, e.g. "Jens Stoltenberg"
    principal_title: str = ""  #: "NATO Secretary General"
    organisation: str = ""  #: "NATO"
    occasion: str = ""  #: "ahead of the meetings of NATO Defence Ministers"
    date: str = ""  #: ISO 8601 date of the event
    last_updated: str = ""  #: ISO 8601 date and time, when given
    delivery: str = ""  #: "As delivered"
    lines: list[int] = field(default_factory=list)  #: 1-based source lines of the header


def parse_date(text: str) -> str:
    """The first date in ``text`` as ``YYYY-MM-DD``, or ``""``.

    >>> parse_date("• 13 Feb. 2023 -"), parse_date("February 13, 2023"), parse_date("no date")
    ('2023-02-13', '2023-02-13', '')
    """
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS.get(month.lower())
            day = int(m.group("day"))
            if month_no and 1 <= month_no <= 12 and 1 <= day <= 31:
                return f"{int(m.group('year')):04d}-{month_no:02d}-{day:02d}"
    return ""


def _is_header_line(line: str) -> bool:
    return bool(
        _BULLET.match(line)
        or _BY_LINE.match(line)
        or _DELIVERY.match(line)
        or (len(line) < 60 and parse_date(line) and not line.endswith((".", "?", "!")))
    )


def read_header(lines: list[str], first: int) -> tuple[Header, int]:
    """Read the header starting at index ``first`` of ``lines``; return it and the body's index.

    ``lines`` are the text's lines (no line ends). The title is the first non-blank line when
    header lines follow it; a text that starts straight with its body has no header.
    """
    header = Header()
    i = first
    n = len(lines)
    nonblank = [j for j in range(first, min(n, first + 40)) if lines[j].strip()]
    if len(nonblank) < 2 or not _is_header_line(lines[nonblank[1]].strip()):
        return header, first
    header.title = lines[nonblank[0]].strip()
    header.lines.append(nonblank[0] + 1)
    i = nonblank[0] + 1
    while i < n:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if not _is_header_line(line):
            break
        header.lines.append(i + 1)
        _absorb(header, line)
        i += 1
    return header, i


def _absorb(header: Header, line: str) -> None:
    by = _BY_LINE.match(line)
    if by:
        who = re.split(r"\s+and\s+", by.group("who"))[0]
        header.principal_title, header.principal = split_title(who)
        header.organisation = organisation(header.principal_title)
        header.occasion = (by.group("occasion") or "").strip()
        return
    delivery = _DELIVERY.match(line)
    if delivery:
        header.delivery = delivery.group("note").strip()
        return
    bare = _BULLET.sub("", line)
    date = parse_date(bare)
    if not date:
        return
    if re.search(r"updated", bare, re.I):
        t = _TIME.search(bare)
        header.last_updated = f"{date}T{int(t['h']):02d}:{t['m']}" if t else date
    elif not header.date:
        header.date = date
