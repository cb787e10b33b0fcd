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


# --------------------------------------------------------------------------- other header styles

_FRONT_KEYS = {
    "title": "title", "date": "date", "source": "source_url", "url": "source_url",
    "source_url": "source_url", "link": "source_url", "speaker": "principal",
    "principal": "principal", "organisation": "organisation", "organization": "organisation",
    "occasion": "occasion", "event": "occasion", "updated": "last_updated",
    "last_updated": "last_updated",
}
_FRONT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_BLOCK_BY = re.compile(r"\bby\s+(?P<who>.+)$", re.I)
_WHO_END = re.compile(r"\s+(?:and|in|on|at|with|during|before|after|following|to|for|ahead of)\s.*$|,.*$", re.I)


def read_front_matter(lines: list[str]) -> tuple[Header, int, str]:
    """A YAML front matter (``---`` / ``key: value`` lines / ``---``) at the top of ``lines``.

    Returns ``(header, index of the first line after it, source URL)``; ``(Header(), 0, "")``
    when the text has none. Only flat ``key: value`` pairs are read (quotes removed); the keys
    presslib knows are ``title``, ``date``, ``source``/``url``, ``speaker``/``principal``,
    ``organisation``, ``occasion``, ``updated``; other keys are kept as header lines.

    >>> h, body, url = read_front_matter(["---", "title: Briefing", "date: 2023-03-03",
    ...                                   "source: https://example.org/b", "---", "Text"])
    >>> h.title, h.date, body, url
    ('Briefing', '2023-03-03', 5, 'https://example.org/b')
    """
    header = Header()
    if not lines or lines[0].strip() != "---":
        return header, 0, ""
    end = next((i for i in range(1, min(len(lines), 200)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return header, 0, ""
    url = ""
    for i in range(1, end):
        m = _FRONT_LINE.match(lines[i].strip())
        if not m:
            continue
        key, value = m["key"].lower(), m["value"].strip().strip("'\"")
        field_name = _FRONT_KEYS.get(key)
        if field_name == "source_url":
            url = value
        elif field_name == "date":
            header.date = parse_date(value) or value
        elif field_name == "principal":
            header.principal_title, header.principal = split_title(value)
        elif field_name:
            setattr(header, field_name, value)
    header.lines = [i + 1 for i in range(end + 1) if lines[i].strip()]
    return header, end + 1, url


def read_block_header(lines: list[str], first: int, stop: int, *, skip=()) -> Header:
    """The header of a convention that prints everything above the first label as its header.

    ``lines[first:stop]`` are the lines above the first label; indices in ``skip`` (time and
    stage-direction lines) are not header. The title is the line that says ``by ...`` (else
    the first line); the principal is who it is by; the date is the first date found.

    >>> h = read_block_header(["THE WHITE HOUSE", "March 3, 2023", "",
    ...     "Press Briefing by Press Secretary Karine Jean-Pierre"], 0, 4)
    >>> h.title, h.principal, h.principal_title, h.organisation, h.date
    ('Press Briefing by Press Secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'Press Secretary', 'The White House', '2023-03-03')
    """
    header = Header()
    texts = [(i, lines[i].strip()) for i in range(first, stop) if lines[i].strip() and i not in skip]
    if not texts:
        return header
    header.lines = [i + 1 for i, _ in texts]
    titled = [t for _, t in texts if _BLOCK_BY.search(t)]
    header.title = titled[0] if titled else texts[0][1]
    if titled:
        who = _WHO_END.sub("", _BLOCK_BY.search(titled[0])["who"]).strip()
        header.principal_title, header.principal = split_title(who)
        header.organisation = organisation(header.principal_title)
    first_line = texts[0][1]
    # An all-caps banner above the title ("THE WHITE HOUSE") names the organisation better than
    # the words before a title ("Press" Secretary).
    banner = first_line != header.title and first_line.isupper() and not parse_date(first_line)
    if banner or not header.organisation:
        header.organisation = first_line.title() if banner else header.organisation
    for _, t in texts:
        if not header.date and len(t) < 80:
            header.date = parse_date(t)
    return header
