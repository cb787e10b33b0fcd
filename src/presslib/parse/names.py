"""Reading people from labels and titles: a name, a title (office) and an affiliation.

Used by several steps of parsing (the header's ``by ...`` line, the labels, the people), so
it depends on none of them. Labels come in these shapes:

- ``Title Name`` — ``NATO Secretary General Jens Stoltenberg``, ``PRIME MINISTER SUNAK``
- ``Title, Name`` — ``NATO Spokesperson, Oana Lungescu``
- ``Name, Outlet`` — ``Max Delany, AFP``; the outlet may name two (``Deutsche Welle/NPR``)
- ``Name, Title`` — ``Oana Lungescu, NATO Spokesperson``
- ``Name -- Title`` — ``Tim Cook -- Chief Executive Officer`` (earnings calls)

All-caps labels are shown in title case ("MS. JEAN-PIERRE" is "Ms. Jean-Pierre").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Words that make a phrase a title or office rather than a name (lower case).
TITLE_WORDS = frozenset(
    """secretary general deputy assistant president vice minister prime chancellor foreign
    defence defense spokesperson spokesman spokeswoman spokesperson's moderator chair chairman
    chairwoman chairperson ambassador envoy director commander admiral supreme allied chief
    officer host representative head senator governor mayor secretary-general
    under-secretary king queen prince commissioner high executive special acting ceo cfo coo
    presenter anchor interpreter administrator adviser advisor counselor counsellor coordinator
    principal senior official premier treasurer attorney pm
    secretario secretaria presidente ministro ministra director directora vocero portavoz
    subsecretario subsecretaria""".split()
)
#: Title words of offices that answer rather than ask ("Senator" and "Representative" may ask).
EXECUTIVE_WORDS = TITLE_WORDS - {"senator", "representative", "host", "presenter", "anchor"}
#: Words that go on naming an office after "of" or "for" ("Secretary of Homeland Security").
PORTFOLIO_WORDS = frozenset(
    """and the affairs security engagement health services human development affairs trade
    commerce finance treasury economy economic education energy agriculture labor labour justice
    transportation transport veterans communications policy public national international
    climate environment infrastructure industry planning management budget intelligence""".split()
)
#: Title words that mark the person who gives the floor.
MODERATOR_WORDS = frozenset(
    "spokesperson spokesman spokeswoman moderator host presenter operator".split()
)
#: Lower-case words allowed inside a name or title.
PARTICLES = frozenset(
    "de del della der den di da das do dos du la le van von zu ten ter bin ibn al el y e og "
    "of the and for on in at to".split()
)
#: Offices labels print as initials.
ABBREVIATED_OFFICES = {"PM": "prime minister", "FM": "foreign minister", "SG": "secretary general",
                       "DPM": "deputy prime minister", "SRS": "stellvertretende regierungssprecherin"}
_NO_ORGANISATION = frozenset({"press", "the", "white house press", "media", "communications"})
_MAX_LABEL_WORDS = 14
_MAX_LABEL_CHARS = 120
_TOKEN_SPLIT = re.compile(r"[\s,/&]+")
_INITIAL = re.compile(r"^(?:[A-Z][a-z]{0,2}\.)+$")  # Mr. J. St. Dr.
_HONORIFIC = re.compile(r"^(?:the|mr|ms|mrs|dr|miss|sir|dame|madam|rt\.? hon|hon)\.?\s+", re.I)
_POSTNOMINAL = re.compile(r"(?<!\s)(?:(?:\s*+,)?\s++(?:mp|qc|kc|ao|ac|obe|mbe|cbe|kbe|jr|sr|phd))+\.?$", re.I)
_DASHES = re.compile(r"(?<!\s)\s*+(?:--|–|—)\s*+")


@dataclass(frozen=True)
class Label:
    """What a label says: the label as printed, the person, a title, an organisation or outlet."""

    printed: str  #: the label as printed, surrounding white space removed
    name: str  #: the person ("Oana Lungescu")
    title: str = ""  #: the office ("NATO Spokesperson"), if the label gives one
    affiliation: str = ""  #: organisation from the title, or the outlet as printed
    is_journalist: bool = False  #: the ``Name, Outlet`` shape, or an anonymous journalist

    @property
    def is_moderator(self) -> bool:
        return bool(MODERATOR_WORDS & _words(self.title)) or self.name.casefold() in MODERATOR_WORDS


def _words(phrase: str) -> set[str]:
    return {w.lower() for w in _TOKEN_SPLIT.split(phrase) if w}


def is_title(phrase: str) -> bool:
    """Does ``phrase`` name an office (``NATO Spokesperson``) rather than a person or outlet?"""
    return bool(TITLE_WORDS & _words(phrase))


@lru_cache(maxsize=4096)
def looks_like_label(body: str) -> bool:
    """Could ``body`` (a line without its final colon) be a ``Title Name`` / ``Name, Outlet`` label?

    >>> looks_like_label("NATO Spokesperson, Oana Lungescu"), looks_like_label("He said")
    (True, False)
    """
    if not body or len(body) > _MAX_LABEL_CHARS or ":" in body:
        return False
    tokens = [t for t in _TOKEN_SPLIT.split(body) if t]
    if not tokens or len(tokens) > _MAX_LABEL_WORDS:
        return False
    for tok in tokens:
        first = tok[0]
        if first.isupper() or first.isdigit():
            if any(c in tok for c in "?!;\"“”()[]") or (tok.endswith(".") and not _INITIAL.match(tok)):
                return False
        elif tok.lower() not in PARTICLES:
            return False
    return any(t[0].isupper() for t in tokens)


def split_title(phrase: str) -> tuple[str, str]:
    """Split ``Title Name`` into ``(title, name)``: the name is what follows the last title word
    (and any "of ..." that completes the office).

    >>> split_title("NATO Secretary General Jens Stoltenberg")
    ('NATO Secretary General', 'Jens Stoltenberg')
    >>> split_title("Secretary of State Antony Blinken")
    ('Secretary of State', 'Antony Blinken')
    """
    tokens = phrase.split()
    last = max((i for i, t in enumerate(tokens) if t.lower().strip(",.") in TITLE_WORDS), default=-1)
    # "Secretary of State", "Minister of Foreign Affairs": an office goes on through "of X" and
    # the words of a portfolio after it
    while 0 <= last < len(tokens) - 2 and tokens[last + 1].lower() in ("of", "for") \
            and tokens[last + 2][:1].isupper():
        last += 2
        while last + 1 < len(tokens) - 1 and tokens[last + 1].lower() in PORTFOLIO_WORDS | TITLE_WORDS:
            last += 1
    if last < 0:
        return "", phrase.strip()
    if last == len(tokens) - 1:
        return phrase.strip(), ""
    return " ".join(tokens[: last + 1]).rstrip(","), " ".join(tokens[last + 1:])


def organisation(title: str) -> str:
    """The organisation a title names before its first title word (``NATO`` Spokesperson; but
    "Press" Secretary names none).

    >>> organisation("NATO Spokesperson"), organisation("Press Secretary")
    ('NATO', '')
    """
    tokens = title.split()
    first = next((i for i, t in enumerate(tokens) if t.lower() in TITLE_WORDS), len(tokens))
    found = " ".join(tokens[:first])
    return "" if found.lower() in _NO_ORGANISATION else found


@lru_cache(maxsize=4096)
def parse_label(printed: str, name: str | None = None) -> Label:
    """Read a label (colon optional) into a :class:`Label`; ``name`` is the person part where
    the convention's pattern found one.

    >>> parse_label("Teri Schultz, Deutsche Welle/NPR:")
    Label(printed='Teri Schultz, Deutsche Welle/NPR:', name='Teri Schultz', title='', affiliation='Deutsche Welle/NPR', is_journalist=True)
    >>> parse_label("NATO Spokesperson, Oana Lungescu").name
    'Oana Lungescu'
    >>> parse_label("MS. JEAN-PIERRE:").name, parse_label("PRIME MINISTER SUNAK:").title
    ('Ms. Jean-Pierre', 'Prime Minister')
    >>> lab = parse_label("Katy Huberty -- Morgan Stanley -- Analyst")
    >>> lab.name, lab.title, lab.affiliation, lab.is_journalist
    ('Katy Huberty', 'Analyst', 'Morgan Stanley', True)
    """
    printed = printed.strip()
    body = " ".join((name if name is not None else printed).replace("**", "").strip().rstrip(":.").split())
    if _is_caps(body):
        body = " ".join(_title_word(w, k) for k, w in enumerate(body.split()))
    parts = _DASHES.split(body)
    if len(parts) > 1:  # Name -- Title, Name -- Firm -- Analyst
        person, *rest = parts
        title = rest[-1]
        firm = " -- ".join(rest[:-1])
        asks = "analyst" in title.lower() or bool(firm)
        return Label(printed, person, title, firm if firm else organisation(title), is_journalist=asks)
    head, sep, rest = body.partition(",")
    head, rest = head.strip(), rest.strip()
    if sep and rest:
        if is_title(head) and not is_title(rest):  # Title, Name
            return Label(printed, _bare(rest), head, organisation(head))
        if is_title(rest) and not _is_known_outlet(rest):  # Name, Title
            return Label(printed, _bare(head), rest, organisation(rest))
        return Label(printed, head, "", rest, is_journalist=True)  # Name, Outlet
    title, person = split_title(_HONORIFIC.sub("", body) if _HONORIFIC.match(body) else body)
    if title and person:
        return Label(printed, person, title, organisation(title))
    return Label(printed, body if not title else title, title, organisation(title))


def _bare(name: str) -> str:
    name = _POSTNOMINAL.sub("", name)
    return _HONORIFIC.sub("", name) if " " in name.strip() else name


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _title_word(word: str, position: int) -> str:
    if position and word.upper() in ("OF", "THE", "AND", "FOR", "DE", "DEL", "LA", "Y"):
        return word.lower()
    if word.upper() in ABBREVIATED_OFFICES or word.upper() in ("MP", "CEO", "CFO", "COO", "UN", "EU", "US"):
        return word.upper()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _is_known_outlet(phrase: str) -> bool:
    from ..outlets import alias_index, outlet_key

    return outlet_key(phrase) in alias_index()


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The key under which spellings of one person's name are the same."""
    return " ".join(name.replace("\xa0", " ").split()).casefold()


@lru_cache(maxsize=4096)
def label_key(printed: str) -> str:
    """The key under which spellings of one label (comma, colon, case) are the same."""
    return " ".join(printed.replace(",", " ").replace(":", " ").split()).casefold()


def bare_name(name: str) -> str:
    """``name`` without an honorific or post-nominals ("Ms. Jean-Pierre" is "Jean-Pierre")."""
    return _HONORIFIC.sub("", _POSTNOMINAL.sub("", name)).strip()


def edit_distance(a: str, b: str, *, limit: int = 2) -> int:
    """Edits (insertions, deletions, substitutions, swaps of neighbours) that make ``a`` into
    ``b``, counted up to ``limit + 1``: enough to tell a misspelt name ("Zelenskky",
    "Alrdick") from another.

    >>> edit_distance("Aldrick", "Alrdick"), edit_distance("Zelenskyy", "Zelenskky"), edit_distance("Cook", "Chu")
    (1, 1, 3)
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return min(previous[-1], limit + 1)
