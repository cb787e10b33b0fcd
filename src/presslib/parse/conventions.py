"""Transcript conventions as data: how labels look, where text starts, what else a file holds.

Each convention is a small TOML file; the bundled ones are in ``presslib/data/conventions/``
(``presslib conventions`` lists them). A user adds one by writing such a file into a folder
named by the ``PRESSLIB_CONVENTIONS`` environment variable (several folders separated by
``os.pathsep``), or by passing its path or folder as ``conventions=``; a user file with a
bundled name replaces the bundled one. The keys:

``name``, ``description``, ``example``
    what error messages and ``presslib conventions`` show.
``label``
    ``"titled-name"`` (NATO's "Title Name:" / "Name, Outlet:" lines, colon optional for
    people already known) or a regular expression matched at the start of a line (it starts
    with ``^``), with a group ``label`` (the label as printed) and optionally ``name`` (the
    person part). Write it with bounded repetition (``{0,30}``, possessive ``+``), so that it
    runs in linear time on any line. ``{SPACE}`` stands for white space other than a line end
    (no-break spaces and tabs included), ``{UPPER}`` for capital letters, accented, Greek and
    Cyrillic ones included (inside brackets: ``[{UPPER}]``).
``text``
    ``"same-line"`` (the text may start after the label on its line) or ``"next-line"`` (the
    label stands alone on its line).
``glued``
    ``true`` when a label may also follow the end of a sentence on the same line
    ("... thank you.MINISTER SMITH: ...", as text scraped from web pages runs them together).
``header``
    ``"title-block"`` (a title, a ``by ...`` line, dates, a delivery note; an unlabeled
    opening statement after it is the principal's) or ``"block"`` (every line above the first
    label). A front matter (``---`` lines) is read in any convention.
``names``
    ``"as-printed"`` (default) or ``"title-case"`` for all-caps labels ("MS. JEAN-PIERRE").
``collective_journalist``, ``anonymous_journalist``
    regular expressions for label names that stand for journalists without naming them: one
    label for all of them ("Q", "JOURNALIST"), or one per person ("Speaker 4"). A default
    list of the first serves where a convention gives none.
``journalist``, ``moderator``, ``principal``, ``other``
    lists of regular expressions for label names whose role the convention states: who asks
    (analysts on a call, members of a committee), who gives the floor, who answers, who does
    none of these (an interpreter, the default).
``stage``, ``time``, ``footer``
    lists of regular expressions for whole lines: stage directions ("(Laughter.)"), time
    lines ("7:27 P.M. EDT"), footer lines ("END", the default).
``merge_chunks``
    ``true`` when a long turn is printed as chunks under repeated labels of the same speaker.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import PresslibError

BUNDLED_DIR = Path(__file__).resolve().parents[1] / "data" / "conventions"
NAMED_SHAPES = ("titled-name",)
# Ties between readings go to the earlier convention: the more particular shapes come first,
# "name-colon" (which also reads many of theirs) last.
BUNDLED_ORDER = ("nato", "caps", "caps-stop", "timestamped", "name-dash", "name-colon")
PLACEHOLDERS = {
    "{SPACE}": r"[^\S\n]",
    "{UPPER}": "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω",
}
#: Collective labels that stand for anyone present, not journalists as such: they ask, mostly,
#: but one may be an aide asking for the question again (see :func:`presslib.parse.people.room_repairs`).
ROOM_LABELS = r"Unknown speaker|AUDIENCE MEMBER|Audience member|PARTICIPANT|Participant"
DEFAULT_COLLECTIVE = (
    r"^(?:Q|J|QUESTION|Question|JOURNALIST|Journalist|REPORTER|Reporter|QUESTIONER|Questioner|"
    r"PREGUNTA|Pregunta|INTERLOCUTORA?|Interlocutora?|FRAGE|Frage|REMARK|Remark|ANALYST|Analyst|"
    rf"Unidentified Analyst|{ROOM_LABELS})$"
)
DEFAULT_MODERATOR = (r"^(?:MODERATOR|Moderator|THE OPERATOR|OPERATOR|Operator|HOST|Host|AIDE|Aide|STAFF|Staff)$",)
DEFAULT_OTHER = (r"^(?:INTERPRETER|Interpreter|TRANSLATOR|Translator|ANNOUNCER|Announcer|NARRATOR|Narrator)$",)
DEFAULT_FOOTER = (r"^(?:END|(?i:ends)|\[?ENDS?\]?|- ?ENDS? ?-|\*\*\*ENDS?\*\*\*)(?:{SPACE}+\d{1,2}:\d{2}(?::\d{2})?(?:{SPACE}?[AaPp]\.?[Mm]\.?)?(?:{SPACE}[A-Z]{2,4})?)?$",)
_KEYS = {"name", "description", "example", "label", "text", "glued", "header", "names",
         "collective_journalist", "anonymous_journalist", "journalist", "moderator", "principal",
         "other", "stage", "time", "footer", "merge_chunks"}
_LISTS = ("journalist", "moderator", "principal", "other", "stage", "time", "footer")
_CHOICES = {"text": ("next-line", "same-line"), "header": ("title-block", "block", "nato"),
            "names": ("as-printed", "title-case")}


@dataclass(frozen=True)
class Convention:
    """One transcript convention, read from its TOML description."""

    name: str
    description: str
    example: str
    label: str  #: a named shape or a regular expression
    text: str = "next-line"
    glued: bool = False
    header: str = "block"
    names: str = "as-printed"
    collective_journalist: str = DEFAULT_COLLECTIVE
    anonymous_journalist: str = ""
    journalist: tuple[str, ...] = ()
    moderator: tuple[str, ...] = DEFAULT_MODERATOR
    principal: tuple[str, ...] = ()
    other: tuple[str, ...] = DEFAULT_OTHER
    stage: tuple[str, ...] = ()
    time: tuple[str, ...] = ()
    footer: tuple[str, ...] = DEFAULT_FOOTER
    merge_chunks: bool = False
    source: str = ""  #: the file it was read from
    compiled: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def label_re(self) -> re.Pattern | None:
        """The label expression (multi-line mode), or ``None`` for a named shape."""
        return self.compiled.get("label")

    def matches(self, key: str, text: str) -> bool:
        """Does ``text`` (a stripped line or a label's name) match the patterns under ``key``?"""
        pattern = self.compiled.get(key)
        return bool(pattern and pattern.match(text))

    def find_lines(self, key: str, text: str, start: int):
        """``(line start, match)`` for each line of ``text[start:]`` that pattern ``key`` matches
        at its start (``key`` is ``"label"`` or ``"asides"``; ``start`` is a line's start).

        Python's ``re`` tries a ``^``-anchored pattern at every offset; searching for a line end
        first lets it skip from line to line, many times faster on long texts.
        """
        pattern, after_newline = self.compiled.get(key), self.compiled.get(key + "_nl")
        if pattern is None:
            return
        m = pattern.match(text, start)
        if m:
            yield start, m
        for m in after_newline.finditer(text, start):
            yield m.start() + 1, m

    def find_glued(self, text: str, start: int):
        """``(label start, match)`` for each label that follows a sentence end mid-line."""
        pattern = self.compiled.get("glued")
        if pattern is None:
            return
        for m in pattern.finditer(text, start):
            yield m.start("label"), m

    @property
    def asides_re(self) -> re.Pattern | None:
        """Time and footer lines, anywhere in the body (multi-line mode)."""
        return self.compiled.get("asides")


def read_convention(path: str | Path) -> Convention:
    """Read and check one convention file; errors name the file and what was expected."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PresslibError("no such convention file", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise PresslibError(f"not a TOML convention file ({err})", path=path) from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise PresslibError(f"unknown keys {unknown}, expected some of {sorted(_KEYS)}", path=path)
    missing = [k for k in ("name", "description", "example", "label") if not data.get(k)]
    if missing:
        raise PresslibError(f"convention lacks {missing}", path=path)
    for key, allowed in _CHOICES.items():
        if key in data and data[key] not in allowed:
            raise PresslibError(f"{key} = {data[key]!r}, expected one of {allowed}", path=path)
    if data.get("header") == "nato":  # the name this shape had before
        data["header"] = "title-block"
    for key in _LISTS:
        if key in data:
            value = data[key]
            data[key] = tuple([value] if isinstance(value, str) else value)
    if data["label"] not in NAMED_SHAPES and not data["label"].startswith("^"):
        raise PresslibError("the label expression must start with ^ (the start of a line)", path=path)
    conv = Convention(**data, source=str(path))
    try:
        _compile(conv)
    except re.error as err:
        raise PresslibError(f"bad regular expression ({err})", path=path) from None
    if conv.label_re is not None and "label" not in conv.label_re.groupindex:
        raise PresslibError("the label expression needs a group (?P<label>...)", path=path)
    return conv


def expand(pattern: str) -> str:
    """``pattern`` with the placeholders ``{SPACE}`` and ``{UPPER}`` written out."""
    for key, value in PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


def _compile(conv: Convention) -> None:
    c = conv.compiled
    if conv.label not in NAMED_SHAPES:
        body = expand(conv.label)[1:]  # without its leading ^
        c["label"] = re.compile("^" + body, re.M)
        c["label_nl"] = re.compile(r"\n(?:" + body + ")", re.M)
        if conv.glued:
            # after a sentence's end (and its closing quote), on the same line
            c["glued"] = re.compile(r"[.?!…][\"'’”)]?[^\S\n]{0,3}+(?:" + _unindented(body) + ")")
    for key in ("collective_journalist", "anonymous_journalist"):
        if getattr(conv, key):
            c[key] = re.compile(getattr(conv, key))
    for key in ("journalist", "moderator", "principal", "other", "stage", "time", "footer"):
        if getattr(conv, key):
            c[key] = re.compile("|".join(f"(?:{expand(p)})" for p in getattr(conv, key)))
    lines = [expand(p).strip("^$") for p in (*conv.time, *conv.footer)]
    if lines:
        body = r"[^\S\n]*(?:" + "|".join(f"(?:{p})" for p in lines) + r")[^\S\n]*$"
        c["asides"] = re.compile("^" + body, re.M)
        c["asides_nl"] = re.compile(r"\n" + body, re.M)


def _unindented(body: str) -> str:
    """A label expression without the indentation it allows at the start of a line."""
    space = PLACEHOLDERS["{SPACE}"]
    for indent in (space + "{0,12}+", space + "{0,8}+", space + "*"):
        if body.startswith(indent):
            return body[len(indent):]
    return body


def _folders(extra) -> list[Path]:
    folders = [BUNDLED_DIR]
    env = os.environ.get("PRESSLIB_CONVENTIONS", "")
    folders += [Path(p) for p in env.split(os.pathsep) if p]
    if extra:
        folders += [Path(p) for p in ([extra] if isinstance(extra, (str, Path)) else extra)]
    return folders


@lru_cache(maxsize=32)
def _load(folders: tuple[str, ...]) -> dict[str, Convention]:
    found: dict[str, Convention] = {}
    for folder in map(Path, folders):
        if not folder.exists():
            raise PresslibError("no such conventions folder or file", path=folder)
        files = sorted(folder.glob("*.toml")) if folder.is_dir() else [folder]
        for f in files:
            conv = read_convention(f)
            found.pop(conv.name, None)  # a user's file replaces a bundled one, and goes last
            found[conv.name] = conv
    order = {name: k for k, name in enumerate(BUNDLED_ORDER)}
    return dict(sorted(found.items(), key=lambda kv: order.get(kv[0], len(order))))


def conventions(extra: str | Path | list | None = None) -> dict[str, Convention]:
    """``{name: Convention}``: the bundled ones, ``$PRESSLIB_CONVENTIONS``'s, then ``extra``'s.

    >>> list(conventions())
    ['nato', 'caps', 'caps-stop', 'timestamped', 'name-dash', 'name-colon']
    """
    return _load(tuple(str(f) for f in _folders(extra)))


def get_convention(name: str | Convention, extra=None) -> Convention:
    """The convention called ``name`` (or read from a ``.toml`` path); a clear error if unknown."""
    if isinstance(name, Convention):
        return name
    if str(name).endswith(".toml"):
        return read_convention(name)
    known = conventions(extra)
    if name not in known:
        raise PresslibError(f"unknown convention {name!r}, expected one of {', '.join(known)}")
    return known[name]
