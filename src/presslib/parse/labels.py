"""Step 3 of parsing: where a transcript's speaker labels are, under one convention.

:func:`find_labels` lists the label lines of a text's body as :class:`Hit`\\ s. Besides what
the convention's pattern matches, two rules read a document as a whole:

- a word that starts sentences ("We:", "Note:", "However:") is never a label's whole name;
- a one-word name ("PM", "NATO") is a label only where it recurs, where it is a role the
  convention knows (a journalist's "Q", "QUESTION", a "MODERATOR"), where the header names
  someone so ("Vítor Constâncio, Vice-President"), or where it is a recurring label's surname
  ("PSAKI:" among "MS. PSAKI:") or a slip of one ("MODEARTOR:"): an acronym that once starts a
  line of prose is text;
- a run of two or more labels at the top whose people never speak again, before people who
  do, is header matter (a glossary, a list of participants), not turns.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from typing import NamedTuple

from ..text import is_abbreviation
from .conventions import Convention
from .names import Label, edit_distance, is_title, label_key, looks_like_label, name_key, parse_label

_NOT_LABEL_END = '.?!…"”’;,'
_SHORT_LINE = re.compile(r"[^\n]{1,120}+(?=\n|\Z)")  # at a line's start: a short line
_SHORT_NEXT_LINE = re.compile(r"\n([^\n]{1,120}+)(?=\n|\Z)")  # found by its line end: faster
_NAME_AND_COMMA = re.compile(r"[^\S\n]{0,12}+([A-ZÀ-ÖØ-Þ][\w'’.\-]{0,30}+(?:[^\S\n]{1,3}[A-ZÀ-ÖØ-Þ][\w'’.\-]{0,30}+){1,3}),[^\S\n]*")
# a line of 120 characters at most that ends with a colon (found from the line end before it)
_COLON_LINE = re.compile(r"\n([^\n:]{1,119}+:)[^\S\n]*(?=\n|\Z)")
_COLON_FIRST_LINE = re.compile(r"([^\n:]{1,119}+:)[^\S\n]*(?=\n|\Z)")
#: Words that start sentences and are nobody's name: "We: we will ..." is prose.
NOT_NAMES = frozenset(
    """i we you he she it they this that these those there here so and but or the a an our my your
    his her their its yes no well now then today first second third finally also however note
    example answer reply thanks thank please okay ok look again next last update source subject
    date time location photo video read related tags summary one two three four five six seven
    eight nine ten""".split()
)
_MC = re.compile(r"\bMc(?=[A-Z])")
#: The role patterns a convention may give (who speaks, by the label's shape).
ROLE_KEYS = ("collective_journalist", "anonymous_journalist", "moderator", "principal", "journalist", "other")
_BLANK_REST = re.compile(r"[^\S\n]*+(?=\n|\Z)")
_SPACES = re.compile(r"[^\S\n]*+")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}+")


class Hit(NamedTuple):
    """One label: where it is, what it prints, and where its turn's text starts."""

    pos: int  #: offset where the label starts (a line's start, or mid-line when glued)
    printed: str  #: the label as printed (white space around it removed)
    name: str  #: the part that names the person ("MS. JEAN-PIERRE", "Vladimir Putin")
    text_at: int  #: offset where the turn's text may start (after the label, or the next line)
    inline: bool  #: the text starts on the label's own line
    glued: bool = False  #: the label follows the end of a sentence on the same line


def find_labels(text: str, start: int, conv: Convention, *, known: tuple[str, ...] = (),
                set_aside: list[Hit] | None = None) -> list[Hit]:
    """Every label of ``text[start:]`` by ``conv``, in order (``start`` is a line's start).

    ``known`` names people known before the first label (the header's principals): under the
    ``titled-name`` shape a colonless line naming them is a label too. Lines that have a
    label's shape but a one-word name found once ("ANNOUNCER:") are read as text; a list given
    as ``set_aside`` receives them, so that the parse can say so.

    >>> from presslib.parse.conventions import get_convention
    >>> text = "MS. SMITH:  Hi.\\n\\nQ    Why?\\n\\nMS. SMITH:  Because.\\n"
    >>> [h.printed for h in find_labels(text, 0, get_convention("caps"))]
    ['MS. SMITH:', 'Q', 'MS. SMITH:']
    """
    if conv.label_re is None:
        hits = _titled_name_labels(text, start, known)
    else:
        hits = _pattern_labels(text, start, conv)
    if not hits:
        return hits
    first = hits[0].pos
    header = text[:min(first, 2000)] + text[max(2000, first - 3000):first]
    aside: list[Hit] = []
    kept = _read_as_a_whole(hits, conv, _header_words(header), aside)
    if set_aside is not None and kept:
        # only those among the turns, where a paragraph starts ("NPR." that a wrapped line
        # starts with is text, as is a header's "**Company:**")
        set_aside.extend(h for h in aside if h.pos > kept[0].pos and _starts_paragraph(text, h.pos))
    return kept


def _starts_paragraph(text: str, pos: int) -> bool:
    """The line at ``pos`` follows a blank line or a line that ends a sentence."""
    start = text.rfind("\n", 0, max(0, pos - 1)) + 1
    previous = text[start:pos].strip()  # the line before (empty at the text's start)
    return not previous or previous.endswith(tuple(_NOT_LABEL_END[:5]))


def count_label_lines(text: str, start: int, stop: int, conv: Convention, *, at_most: int | None = None) -> int:
    """How many lines of ``text[start:stop]`` the convention's pattern matches (for the named
    shape, lines ending in a colon), up to ``at_most``: a cheap count, before the rules that
    read them."""
    pattern = _COLON_LINE if conv.label_re is None else conv.compiled["label_nl"]
    return sum(1 for _ in islice(pattern.finditer(text, max(0, start - 1), stop), at_most))


def _pattern_labels(text: str, start: int, conv: Convention) -> list[Hit]:
    same_line = conv.text == "same-line"
    caps = conv.names == "title-case"
    has_name = "name" in conv.label_re.groupindex
    found = [(pos, m, False) for pos, m in conv.find_lines("label", text, start)]
    if conv.glued:  # after a sentence's end, not an abbreviation's ("MS. SMITH:")
        found += [(pos, m, True) for pos, m in conv.find_glued(text, start)
                  if not is_abbreviation(text, m.start())]
        found.sort(key=lambda f: f[0])
    hits = []
    for pos, m, glued in found:
        if hits and pos < hits[-1].text_at:
            continue  # inside the label before it
        end = m.end()
        blank = _BLANK_REST.match(text, end)  # nothing but white space to the line's end
        rest = blank is None
        if rest and not same_line:
            continue  # text after a label that must stand alone: prose
        printed = m.group("label").strip()
        name = ((m.group("name") if has_name else None) or (m.groupdict().get("dashed")) or printed.rstrip(":")
                ).replace("**", "").strip()
        if caps and not _all_caps(name):
            continue
        if not glued:  # a name and a comma alone on the line above: the label wrapped
            pos, printed, name = _wrapped(text, pos, printed, name)
        # the text starts after the white space that follows the label, or on the next line
        text_at = _SPACES.match(text, end).end() if rest else blank.end() + 1
        hits.append(Hit(pos, printed, name, text_at, rest, glued))
    return hits


def _wrapped(text: str, pos: int, printed: str, name: str) -> tuple[int, str, str]:
    """A label whose first words ("Mario Blascak,") a page's layout put on the line above: the
    label as printed keeps its line break."""
    if pos < 2 or not text[max(0, pos - 6):pos - 1].rstrip().endswith(","):
        return pos, printed, name
    above = text.rfind("\n", 0, pos - 1) + 1
    m = _NAME_AND_COMMA.fullmatch(text, above, pos - 1)
    if not m:
        return pos, printed, name
    first = m.group(1)
    return above, f"{text[above:pos - 1].strip()}\n{printed}", f"{first}, {name}"


def _header_words(header: str) -> frozenset[str]:
    """The capitalised words above the first label (where a header names people), case-folded."""
    return frozenset(w.casefold() for w in _CAPITALISED.findall(header))


def _all_caps(name: str) -> bool:
    """All capitals, but for the "c" of "Mc" ("MR. McNALLY")."""
    return name.upper() == name or _MC.sub("MC", name).upper() == _MC.sub("MC", name)


def _read_as_a_whole(hits: list[Hit], conv: Convention, named: frozenset[str] = frozenset(),
                     set_aside: list[Hit] | None = None) -> list[Hit]:
    """The document-wide rules of the module's docstring."""
    if not hits:
        return hits
    person, labels = label_people(hits)
    keys = [person[h.printed] for h in hits]
    counts = Counter(keys)
    roles = {}  # a label's name -> does it say a role: a convention's ("Q"), a "Name, Outlet"
    for h in hits:
        if h.name not in roles:
            roles[h.name] = any(conv.matches(k, h.name) for k in ROLE_KEYS) or names_outlet(h, labels)

    def role(h: Hit) -> bool:
        return roles[h.name]

    # a one-word name found once is still a label when it is a recurring label misspelt
    # ("MODEARTOR:" among "MODERATOR:"s) or the surname of one ("PSAKI:" among "MS. PSAKI:"s)
    recurring = {name_key(h.name) for h, k in zip(hits, keys) if counts[k] > 1 or role(h)}
    surnames = {r.split()[-1] for r in recurring if len(r.split()) > 1}
    one_word = {r for r in recurring if " " not in r and len(r) >= 5}

    def known_again(h: Hit) -> bool:
        key = name_key(h.name)
        return key in surnames or (len(key) >= 5 and any(edit_distance(key, r) <= 2 for r in one_word))

    kept = []
    for h, k in zip(hits, keys):
        if name_key(h.name).split(",")[0] in NOT_NAMES:
            continue
        if counts[k] > 1 or len(h.name.split()) > 1 or role(h) or k in named or known_again(h):
            kept.append((h, k))
        elif set_aside is not None:
            set_aside.append(h)
    # a person's label, then their office as if it were another ("Franz von Holzhausen:" /
    # "Chief Designer: ..."): the office is the text's first words (is_title, the dearest
    # test, asked last)
    kept = [kh for j, kh in enumerate(kept)
            if not (j and counts[kh[1]] == 1 and kept[j - 1][0].text_at >= kh[0].pos
                    and not kept[j - 1][0].inline and is_title(kh[0].name))]
    # a leading run of labels whose people never speak again
    lead = 0
    while lead < len(kept) and counts[kept[lead][1]] == 1 and not role(kept[lead][0]):
        lead += 1
    if lead >= 2 and lead < len(kept):  # (with no one speaking twice, these are the turns)
        kept = kept[lead:]
    return [h for h, _ in kept]


def label_people(hits: list[Hit]) -> tuple[dict[str, str], dict[str, Label]]:
    """``(person, labels)``: for each distinct label of ``hits`` (as printed), the key of the
    person it names ("NATO Spokesperson Oana Lungescu", with or without its comma, names Oana
    Lungescu) and the label read (:func:`~presslib.parse.names.parse_label`); read once per
    label, not once per turn."""
    last = {h.printed: h for h in hits}
    labels = {printed: parse_label(printed, h.name) for printed, h in last.items()}
    return {printed: name_key(lab.name) for printed, lab in labels.items()}, labels


def names_outlet(hit: Hit, labels: dict[str, Label]) -> bool:
    """Does the label say by its shape that a journalist speaks: "Name, Outlet"? ``labels``
    is :func:`label_people`'s of the hits ``hit`` is among."""
    return "," in hit.name and labels[hit.printed].is_journalist


def _titled_name_labels(text: str, start: int, known: tuple[str, ...]) -> list[Hit]:
    """NATO's labels: "Title Name:" / "Name, Outlet:" lines, and colonless ones naming people
    already known (from such a label, or from the header)."""
    labels = {}
    for a, b in _colon_lines(text, start):
        line = text[a:b].strip()
        if looks_like_label(line[:-1].rstrip()):
            labels[a] = (b, parse_label(line))
    known_labels = {label_key(lab.printed) for _, lab in labels.values()}
    known_names = {name_key(lab.name) for _, lab in labels.values()} | {name_key(k) for k in known if k}
    # a colonless label names a known person: only lines holding a known surname are read
    surnames = {k.split()[-1] for k in known_names if k.split()}
    if surnames and labels:  # (without a colon label, this is no NATO-style transcript)
        for a, b in _short_lines(text, start):
            if a in labels or text[b - 1] in _NOT_LABEL_END:
                continue
            line = text[a:b].strip()
            if not line or not any(s in line.casefold() for s in surnames):
                continue
            if label_key(line) in known_labels or (
                looks_like_label(line) and name_key(parse_label(line).name) in known_names
            ):
                labels[a] = (b, parse_label(line))
    return [Hit(pos, lab.printed, lab.printed.rstrip(":").strip(), end + 1, False)
            for pos, (end, lab) in sorted(labels.items())]


def _colon_lines(text: str, start: int):
    """``(start, end)`` of the lines of ``text[start:]`` (``start`` a line's start) of 120
    characters at most that end with a colon."""
    first = _COLON_FIRST_LINE.match(text, start)
    if first:
        yield first.span(1)
    for m in _COLON_LINE.finditer(text, start):
        yield m.span(1)


def _short_lines(text: str, start: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of 1 to 120 characters from ``start`` (a line's start) on.

    >>> _short_lines("A:\\n\\n" + "x" * 121 + "\\nB", 0)
    [(0, 2), (126, 127)]
    """
    first = _SHORT_LINE.match(text, start)
    out = [first.span()] if first else []
    out += [m.span(1) for m in _SHORT_NEXT_LINE.finditer(text, start)]
    return out
