"""Speaker labels: recognising them, and reading a person, a title and an affiliation from them.

Press transcripts print a label line before each turn. This module knows their shapes:

- ``Title Name:`` — ``NATO Secretary General Jens Stoltenberg:``
- ``Title, Name:`` — ``NATO Spokesperson, Oana Lungescu:``
- ``Name, Outlet:`` — ``Max Delany, AFP:``; the outlet may name two (``Deutsche Welle/NPR``)
- ``Name, Title:`` — ``Oana Lungescu, NATO Spokesperson:``

A label line ends with a colon. A line without its colon is still a label when it names a
person already known from a label with one (or from the header). A line such as
``He said: we will`` or ``Our message is clear:`` is prose: a label has no sentence punctuation
and its words are capitalised, apart from name particles (``von``, ``de``) and ``of``/``the``.
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
    under-secretary king queen prince commissioner high executive special acting ceo
    presenter anchor interpreter""".split()
)
#: Title words that mark the person who gives the floor.
MODERATOR_WORDS = frozenset(
    "spokesperson spokesman spokeswoman moderator host presenter chair chairman chairwoman "
    "chairperson".split()
)
#: Lower-case words allowed inside a name or title.
PARTICLES = frozenset(
    "de del della der den di da das do dos du la le van von zu ten ter bin ibn al el y e og "
    "of the and for on in at to".split()
)
_MAX_LABEL_WORDS = 14
_MAX_LABEL_CHARS = 120
_TOKEN_SPLIT = re.compile(r"[\s,/&]+")
_INITIAL = re.compile(r"^(?:[A-Z][a-z]{0,2}\.)+$")  # Mr. J. St. Dr.


@dataclass(frozen=True)
class Label:
    """What a label line says: printed text, person, title, organisation or outlet."""

    printed: str  #: the line as printed, surrounding white space removed
    name: str  #: the person ("Oana Lungescu")
    title: str = ""  #: the office ("NATO Spokesperson"), if the label gives one
    affiliation: str = ""  #: organisation from the title, or the outlet as printed
    is_journalist: bool = False  #: the ``Name, Outlet`` shape

    @property
    def is_moderator(self) -> bool:
        return bool(MODERATOR_WORDS & _words(self.title))


def _words(phrase: str) -> set[str]:
    return {w.lower() for w in _TOKEN_SPLIT.split(phrase) if w}


def is_title(phrase: str) -> bool:
    """Does ``phrase`` name an office (``NATO Spokesperson``) rather than a person or outlet?"""
    return bool(TITLE_WORDS & _words(phrase))


@lru_cache(maxsize=4096)
def looks_like_label(body: str) -> bool:
    """Could ``body`` (a line without its final colon) be a speaker label?

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
    """Split ``Title Name`` into ``(title, name)``: the name is what follows the last title word.

    >>> split_title("NATO Secretary General Jens Stoltenberg")
    ('NATO Secretary General', 'Jens Stoltenberg')
    """
    tokens = phrase.split()
    last = max((i for i, t in enumerate(tokens) if t.lower().strip(",") in TITLE_WORDS), default=-1)
    if last < 0 or last == len(tokens) - 1:
        return ("", phrase.strip()) if last < 0 else (phrase.strip(), "")
    return " ".join(tokens[: last + 1]).rstrip(","), " ".join(tokens[last + 1 :])


def organisation(title: str) -> str:
    """The organisation a title names before its first title word (``NATO`` Spokesperson)."""
    tokens = title.split()
    first = next((i for i, t in enumerate(tokens) if t.lower() in TITLE_WORDS), len(tokens))
    return " ".join(tokens[:first])


@lru_cache(maxsize=4096)
def parse_label(printed: str) -> Label:
    """Read a label line (colon optional) into a :class:`Label`.

    >>> parse_label("Teri Schultz, Deutsche Welle/NPR:")
    Label(printed='Teri Schultz, Deutsche Welle/NPR:', name='Teri Schultz', title='', affiliation='Deutsche Welle/NPR', is_journalist=True)
    >>> parse_label("NATO Spokesperson, Oana Lungescu").name
    'Oana Lungescu'
    """
    printed = printed.strip()
    body = " ".join(printed.rstrip(":").split())
    head, sep, rest = body.partition(",")
    head, rest = head.strip(), rest.strip()
    if sep and rest:
        if is_title(head) and not is_title(rest):  # Title, Name
            return Label(printed, rest, head, organisation(head))
        if is_title(rest) and not _is_known_outlet(rest):  # Name, Title
            return Label(printed, head, rest, organisation(rest))
        return Label(printed, head, "", rest, is_journalist=True)  # Name, Outlet
    title, name = split_title(body)
    return Label(printed, name or title, title, organisation(title))


def _is_known_outlet(phrase: str) -> bool:
    from .outlets import alias_index, outlet_key

    return outlet_key(phrase) in alias_index()


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The key under which spellings of one person's name are the same."""
    return " ".join(name.split()).casefold()


@lru_cache(maxsize=4096)
def label_key(printed: str) -> str:
    """The key under which spellings of one label (comma, colon, case) are the same."""
    return " ".join(printed.replace(",", " ").replace(":", " ").split()).casefold()
