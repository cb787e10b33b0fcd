"""Step 2 of parsing: the header above a transcript's first turn.

Three kinds are read, and merged where a file has more than one:

- a **front matter** at the very top (``---`` / YAML ``key: value`` lines / ``---``), read with
  PyYAML so that quoting, escapes and folded lines come out as the values they stand for
  (``Lance\\_Bottoms`` is "Lance Bottoms"); and an XML record's or web page's own fields
  (``title``, ``date``, an XML ``prime-minister``);
- a **title block** as NATO prints it: a title line, a ``by ...`` line, dated or bulleted
  lines and a delivery note such as "(As delivered)";
- a **block header**: every line above the first label (a White House briefing's banner, its
  title "Press Briefing by Press Secretary Karine Jean-Pierre", the place and the date).

The principal is who the title says the event is by ("by NATO Secretary General Jens
Stoltenberg ..."): a title and a name, split on the last office word. "Remarks by President
Biden and Prime Minister Sunak ..." names two principals; the second goes to ``others``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .names import TITLE_WORDS, organisation, split_title

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january", "enero", "januar", "janvier"), ("feb", "february", "febrero", "februar", "février"),
            ("mar", "march", "marzo", "märz", "mars"), ("apr", "april", "abril", "avril"),
            ("may", "mayo", "mai"), ("jun", "june", "junio", "juni", "juin"),
            ("jul", "july", "julio", "juli", "juillet"), ("aug", "august", "agosto", "août"),
            ("sep", "sept", "september", "septiembre", "septembre"),
            ("oct", "october", "octubre", "oktober", "octobre"),
            ("nov", "november", "noviembre", "novembre"),
            ("dec", "december", "diciembre", "dezember", "décembre"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>[^\W\d_]{3,10}+)\.?"
_DATE_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?[ \xa0]{{1,3}}(?:de[ \xa0])?{_MONTH},?[ \xa0]{{1,3}}(?:de[ \xa0])?(?P<year>\d{{4}})\b"),  # 13 Feb. 2023
    re.compile(rf"\b{_MONTH}[ \xa0]{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?[ \xa0]{{1,3}}(?P<year>\d{{4}})\b"),  # February 13, 2023
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),  # 2023-02-13
    re.compile(r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\b"),  # 28/11/1990 (day first)
]
_TIME = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\b")
# "by" and who, then where the "who" ends: an occasion ("ahead of the meetings of ...")
_BY = re.compile(r"(?:^|\s)by\s+(?P<who>\S.{0,300}+)$", re.IGNORECASE)
_OCCASION = re.compile(
    r"(?<!\s)\s++(?=(?:ahead of|at|on the occasion of|following|after|during|before|with|on|in|"
    r"to|for|aboard|en route)\s)", re.IGNORECASE)
_AND = re.compile(r",?(?<!\s)\s++and\s++|(?<!\s)\s*+,\s++(?=(?:[A-Z][\w.'’-]*+\s++){0,4}[A-Z])")
_BULLET = re.compile(r"^[•·\-*|]\s*")
_DELIVERY = re.compile(r"^\((?P<note>[^()]{0,80}(?:deliver|check|transcript|embargo)[^()]{0,80})\)$", re.I)
# "Chair Powell's Press Conference", "Anna Achterberg Press Conference Transcript"
_OWNER = re.compile(r"(?:^|\bof\s)(?P<who>(?:[A-Z][\w'’.\-]{0,30}+\s){0,4}[A-Z][\w.\-]{0,30}?)(?:['’]s)?"
                    r"\s+(?:[Pp]ress|[Nn]ews|PRESS|NEWS)\s+(?:[Cc]onference|CONFERENCE|[Bb]riefing)")
_NAME_TAIL = re.compile(r"(?<!\s)\s++(?:of|from)\s++(?:the\s++)?[A-Z].*$")  # "Elena Marsh of Port Avalon"


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
    source_url: str = ""  #: where it was published, when the header says
    others: list[tuple[str, str]] = field(default_factory=list)  #: other principals: (title, name)
    lines: list[int] = field(default_factory=list)  #: 1-based lines of the text that are header

    def merged(self, other: "Header") -> "Header":
        """These fields, completed by ``other``'s where these are empty; the lines of both."""
        out = Header(**{k: v for k, v in vars(self).items()})
        for name, value in vars(other).items():
            if name == "lines":
                out.lines = sorted({*self.lines, *other.lines})
            elif name == "others":
                out.others = self.others or other.others
            elif not getattr(out, name):
                setattr(out, name, value)
        return out


def parse_date(text: str) -> str:
    """The first date in ``text`` as ``YYYY-MM-DD``, or ``""``.

    >>> parse_date("• 13 Feb. 2023 -"), parse_date("February 13, 2023"), parse_date("no date")
    ('2023-02-13', '2023-02-13', '')
    >>> parse_date("27 de septiembre de 2019"), parse_date("28/11/1990")
    ('2019-09-27', '1990-11-28')
    """
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = m.group("month")
            month_no = int(month) if month.isdigit() else MONTHS.get(month.lower())
            day = int(m.group("day"))
            if month_no and 1 <= month_no <= 12 and 1 <= day <= 31:
                return f"{int(m.group('year')):04d}-{month_no:02d}-{day:02d}"
    return ""


def _is_by_title(line: str) -> bool:
    """Is ``line`` a title that says who the event is by ("Press Briefing by Press Secretary
    Karine Jean-Pierre"), rather than a sentence that happens to hold "by"?"""
    if len(line) > 200 or line.endswith((".", "?", "!", ":", ";", ",")):
        return False
    by = _BY.search(line)
    return bool(by) and by.group("who")[:1].isupper()


def read_owner(title: str) -> tuple[str, str]:
    """``(title, name)`` of whom a title calls the conference's owner, if it does.

    >>> read_owner("Transcript of Chair Powell's Press Conference"), read_owner("Ana Lima Press Conference Transcript")
    (('Chair', 'Powell'), ('', 'Ana Lima'))
    >>> read_owner("Press conference by the Mayor")
    ('', '')
    """
    m = _OWNER.search(title[:300])
    return split_title(m["who"]) if m else ("", "")


def read_by_line(phrase: str) -> Header:
    """The principal(s) and occasion a title or ``by`` line names.

    >>> h = read_by_line("by NATO Secretary General Jens Stoltenberg ahead of the meetings of NATO Defence Ministers")
    >>> h.principal_title, h.principal, h.organisation, h.occasion
    ('NATO Secretary General', 'Jens Stoltenberg', 'NATO', 'ahead of the meetings of NATO Defence Ministers')
    >>> h = read_by_line("Remarks by President Biden and Prime Minister Sunak of the United Kingdom in Joint Press Conference")
    >>> h.principal, h.others
    ('Biden', [('Prime Minister', 'Sunak')])
    >>> read_by_line("Press conference by Mayor Elena Marsh of Port Avalon").principal
    'Elena Marsh'
    """
    header = Header()
    by = _BY.search(phrase)
    if not by:
        return header
    who = by.group("who").strip()
    # the occasion starts at a preposition after a name ("Biden in Joint Press Conference"),
    # not after an office ("Senior Advisor for Public Engagement Keisha Lance Bottoms")
    for m in _OCCASION.finditer(who):
        before = who[: m.start()].split()
        if before and before[-1].strip(",").lower() not in TITLE_WORDS:
            header.occasion = who[m.end():].strip()
            who = who[: m.start()]
            break
    people = []
    for part in _AND.split(who):
        title, name = split_title(part.strip(" ,"))
        name = _NAME_TAIL.sub("", name).strip(" ,.")
        if name:
            people.append((title, name))
    if people:
        header.principal_title, header.principal = people[0]
        header.organisation = organisation(header.principal_title)
        header.others = people[1:]
    return header


# --------------------------------------------------------------------------- front matter

_FRONT_KEYS = {
    "title": "title", "date": "date", "source": "source_url", "url": "source_url",
    "source_url": "source_url", "link": "source_url", "speaker": "principal",
    "principal": "principal", "organisation": "organisation", "organization": "organisation",
    "occasion": "occasion", "event": "occasion", "updated": "last_updated",
    "last_updated": "last_updated", "modified_time": "last_updated",
    "prime-minister": "principal", "creators": "principal", "creator": "principal",
    "author": "principal", "release-date": "date",
}
_FRONT_LIMIT = 250  # lines: a front matter longer than this is not one
_FLAT_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40}+)[ \t]*:[ \t]*(?P<value>.{0,1000}+)$")


def read_front_matter(lines: list[str]) -> tuple[Header, int]:
    """A YAML front matter at the top of ``lines``: ``(header, index of the first line after
    it)``, or ``(Header(), 0)`` without one.

    >>> h, body = read_front_matter(["---", 'title: "Press Briefing by Karine\\\\_Jean-Pierre"',
    ...                              "date: '2023-03-03'", "source_url: https://example.org/b", "---", "Text"])
    >>> h.title, h.date, h.principal, body, h.source_url
    ('Press Briefing by Karine Jean-Pierre', '2023-03-03', 'Karine Jean-Pierre', 5, 'https://example.org/b')
    """
    if not lines or lines[0].strip() != "---":
        return Header(), 0
    end = next((i for i in range(1, min(len(lines), _FRONT_LIMIT)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return Header(), 0
    values = _yaml_values(lines[1:end])
    header = header_from_fields(values)
    header.lines = [i + 1 for i in range(end + 1) if lines[i].strip()]
    return header, end + 1


def _yaml_values(lines: list[str]) -> dict[str, str]:
    """The front matter's scalar values as text (PyYAML; flat ``key: value`` lines if it fails)."""
    import yaml

    try:  # (with libyaml's loader where PyYAML has it: the same values, faster)
        data = yaml.load("\n".join(lines), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        data = {}
        for line in lines:
            m = _FLAT_LINE.match(line.strip())
            if m:
                data[m["key"]] = m["value"].strip().strip("'\"")
    out = {}
    for key, value in data.items():
        if isinstance(value, list):  # ("creators: [Howard, John, ...]"): the first, if text
            value = value[0] if value and isinstance(value[0], str) else None
        if isinstance(value, dt.datetime):
            value = value.isoformat(timespec="minutes")
        elif isinstance(value, dt.date):
            value = value.isoformat()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            out[str(key).lower()] = " ".join(str(value).split())
    return out


def header_from_fields(values: dict[str, str]) -> Header:
    """A header from named fields (a front matter's, an XML record's, a page's)."""
    header = Header()
    for key, value in values.items():
        name = _FRONT_KEYS.get(key)
        if not name or not value or getattr(header, name, ""):
            continue
        if name == "source_url":
            if value.startswith(("http://", "https://")):
                header.source_url = value
        elif name == "date":
            header.date = parse_date(value) or value
        elif name == "last_updated":
            header.last_updated = value
        elif name == "principal":
            header.principal_title, header.principal = _person(value)
            if key == "prime-minister" and not header.principal_title:
                header.principal_title = "Prime Minister"  # the field's name is the office
        else:
            setattr(header, name, value)
    if header.title and not header.principal:
        by = read_by_line(header.title)
        header.principal, header.principal_title = by.principal, by.principal_title
        header.organisation = header.organisation or by.organisation
        header.occasion = header.occasion or by.occasion
        header.others = by.others
    if header.title and not header.principal:
        header.principal_title, header.principal = read_owner(header.title)
    if not header.date and header.title:
        header.date = parse_date(header.title)
    return header


def _person(value: str) -> tuple[str, str]:
    """``(title, name)`` of a field naming a person ("Hawke, Robert" is "Robert Hawke")."""
    surname, comma, given = value.partition(",")
    if comma and given.strip() and " " not in surname.strip() and len(given.split()) <= 2:
        return "", f"{given.strip()} {surname.strip()}"
    return split_title(value)


# --------------------------------------------------------------------------- NATO's title block


def _is_title_block_line(line: str) -> bool:
    return bool(
        _BULLET.match(line)
        or (line[:3].lower() == "by " and _BY.search(line))
        or _DELIVERY.match(line)
        or (len(line) < 60 and parse_date(line) and not line.endswith((".", "?", "!")))
    )


def read_title_block(lines: list[str], first: int) -> tuple[Header, int]:
    """A title block starting at index ``first`` of ``lines``: ``(header, the body's index)``.

    The title is the first non-blank line when title-block lines follow it; a text that starts
    straight with its body has none.
    """
    header = Header()
    nonblank = [j for j in range(first, min(len(lines), first + 40)) if lines[j].strip()]
    if len(nonblank) < 2 or not _is_title_block_line(lines[nonblank[1]].strip()):
        return header, first
    header.title = lines[nonblank[0]].strip()
    header.lines.append(nonblank[0] + 1)
    i = nonblank[0] + 1
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if not _is_title_block_line(line):
            break
        header.lines.append(i + 1)
        _absorb(header, line)
        i += 1
    return header, i


def _absorb(header: Header, line: str) -> None:
    if line[:3].lower() == "by ":
        by = read_by_line(line)
        header.principal_title, header.principal = by.principal_title, by.principal
        header.organisation, header.occasion, header.others = by.organisation, by.occasion, by.others
        return
    delivery = _DELIVERY.match(line)
    if delivery:
        header.delivery = delivery.group("note").strip()
        return
    bare = _BULLET.sub("", line)
    date = parse_date(bare)
    if not date:
        return
    if "updated" in bare.lower():
        t = _TIME.search(bare)
        header.last_updated = f"{date}T{int(t['h']):02d}:{t['m']}" if t else date
    elif not header.date:
        header.date = date


# --------------------------------------------------------------------------- block header


def read_block_header(lines: list[tuple[int, str]]) -> Header:
    """The header made of the lines above the first label: ``(1-based line, text)`` pairs.

    The title is the line that says ``by ...`` (else the first line); the principal is who it
    is by; the date is the first date found.

    >>> h = read_block_header([(1, "THE WHITE HOUSE"), (2, "March 3, 2023"),
    ...     (4, "Press Briefing by Press Secretary Karine Jean-Pierre")])
    >>> h.title, h.principal, h.principal_title, h.organisation, h.date
    ('Press Briefing by Press Secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'Press Secretary', 'The White House', '2023-03-03')
    """
    header = Header()
    texts = [(i, t.strip()) for i, t in lines if t.strip()]
    if not texts:
        return header
    header.lines = [i for i, _ in texts]
    titled = [t for _, t in texts if _is_by_title(t)]
    header.title = titled[0] if titled else texts[0][1][:300]
    if titled:
        by = read_by_line(titled[0])
        header.principal_title, header.principal = by.principal_title, by.principal
        header.organisation, header.others = by.organisation, by.others
    for _, t in texts[:8]:  # "Chair Powell's Press Conference"
        if header.principal:
            break
        header.principal_title, header.principal = read_owner(t)
    first_line = texts[0][1]
    # An all-caps banner above the title ("THE WHITE HOUSE") names the organisation better than
    # the words before a title ("Press" Secretary).
    if first_line != header.title and first_line.isupper() and len(first_line) < 60 \
            and not parse_date(first_line):
        header.organisation = first_line.title()
    for _, t in texts:
        if not header.date and len(t) < 80:
            header.date = parse_date(t)
    return header
