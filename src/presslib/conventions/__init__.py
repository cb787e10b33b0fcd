"""Transcript conventions as data: how labels look, where text starts, what else a file holds.

Each convention is a small TOML file (this folder holds ``nato``, ``whitehouse`` and
``timestamped``). A user adds one by writing such a file into a folder named by the
``PRESSLIB_CONVENTIONS`` environment variable (several folders separated by ``os.pathsep``),
or by passing its path or folder as ``conventions=`` to :func:`presslib.load_transcript`;
a user file with a bundled name replaces the bundled one. The keys:

``name``, ``description``, ``example``
    what error messages and ``presslib conventions`` show.
``label``
    ``"titled-name"`` (NATO's "Title Name:" / "Name, Outlet:" lines, colon optional for
    people already known) or a regular expression matched at the start of a line, with a group
    ``label`` (the label as printed) and optionally ``name`` (the person part) and ``time``.
``text``
    ``"next-line"`` or ``"same-line"`` (the text starts after the label on its line).
``header``
    ``"nato"`` (title, "by ..." line, dates, delivery note) or ``"block"`` (every line above
    the first label or time line). A YAML front matter (``---`` lines) is read in any convention.
``names``
    ``"as-printed"`` (default) or ``"title-case"`` for all-caps labels ("MS. JEAN-PIERRE").
``collective_journalist``, ``anonymous_journalist``
    regular expressions for labels that stand for journalists without naming them: one label
    for all of them ("Q"), or one per person ("Speaker 4").
``moderator``, ``stage``, ``time``, ``footer``
    lists of regular expressions: labels of moderators; stage-direction lines ("(Laughter.)");
    time lines ("7:27 P.M. EDT"); footer lines ("END").
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

BUNDLED_DIR = Path(__file__).resolve().parent
NAMED_SHAPES = ("titled-name",)
_KEYS = {"name", "description", "example", "label", "text", "header", "names",
         "collective_journalist", "anonymous_journalist", "moderator", "stage", "time", "footer",
         "merge_chunks"}


@dataclass(frozen=True)
class Convention:
    """One transcript convention, read from its TOML description."""

    name: str
    description: str
    example: str
    label: str  #: a named shape or a regular expression
    text: str = "next-line"
    header: str = "block"
    names: str = "as-printed"
    collective_journalist: str = ""
    anonymous_journalist: str = ""
    moderator: tuple[str, ...] = ()
    stage: tuple[str, ...] = ()
    time: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
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

    @property
    def asides_re(self) -> re.Pattern | None:
        """Time and footer lines, anywhere in the body (multi-line mode)."""
        return self.compiled.get("asides")

    def find_lines(self, key: str, text: str, start: int):
        """``(line start, match)`` for each line of ``text[start:]`` that pattern ``key`` matches
        at its start (``key`` is ``"label"`` or ``"asides"``; ``start`` is a line's start).

        Python's ``re`` tries a ``^``-anchored pattern at every offset; searching for a line end
        first lets it skip from line to line, several times faster on long texts.
        """
        pattern, after_newline = self.compiled.get(key), self.compiled.get(key + "_nl")
        if pattern is None:
            return
        m = pattern.match(text, start)
        if m:
            yield start, m
        for m in after_newline.finditer(text, start):
            yield m.start() + 1, m


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
    for key, allowed in (("text", ("next-line", "same-line")), ("header", ("nato", "block")),
                         ("names", ("as-printed", "title-case"))):
        if key in data and data[key] not in allowed:
            raise PresslibError(f"{key} = {data[key]!r}, expected one of {allowed}", path=path)
    for key in ("moderator", "stage", "time", "footer"):
        value = data.get(key, [])
        data[key] = tuple([value] if isinstance(value, str) else value)
    conv = Convention(**data, source=str(path))
    try:
        _compile(conv)
    except re.error as err:
        raise PresslibError(f"bad regular expression ({err})", path=path) from None
    if conv.label_re is not None and "label" not in conv.label_re.groupindex:
        raise PresslibError("the label expression needs a group (?P<label>...)", path=path)
    return conv


def _compile(conv: Convention) -> None:
    c = conv.compiled
    if conv.label not in NAMED_SHAPES:
        c["label"] = re.compile(conv.label, re.M)
        c["label_nl"] = re.compile(r"\n(?:" + conv.label + ")", re.M)
    for key in ("collective_journalist", "anonymous_journalist"):
        if getattr(conv, key):
            c[key] = re.compile(getattr(conv, key))
    for key in ("moderator", "stage", "time", "footer"):
        if getattr(conv, key):
            c[key] = re.compile("|".join(f"(?:{p})" for p in getattr(conv, key)))
    lines = [p.strip("^$") for p in (*conv.time, *conv.footer)]
    if lines:
        body = r"[ \t]*(?:" + "|".join(f"(?:{p})" for p in lines) + r")[ \t]*$"
        c["asides"] = re.compile("^" + body, re.M)
        c["asides_nl"] = re.compile(r"\n" + body, re.M)


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
        files = sorted(folder.glob("*.toml")) if folder.is_dir() else [folder]
        if not folder.exists():
            raise PresslibError("no such conventions folder or file", path=folder)
        for f in files:
            conv = read_convention(f)
            found.pop(conv.name, None)  # a user's file replaces a bundled one, and goes last
            found[conv.name] = conv
    order = ["nato", "whitehouse", "timestamped"]  # bundled first, in this order
    return dict(sorted(found.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99))


def conventions(extra: str | Path | list | None = None) -> dict[str, Convention]:
    """``{name: Convention}``: the bundled ones, ``$PRESSLIB_CONVENTIONS``'s, then ``extra``'s.

    >>> list(conventions())[:3]
    ['nato', 'whitehouse', 'timestamped']
    """
    env = os.environ.get("PRESSLIB_CONVENTIONS", "")
    if extra is None:
        return _for_environment(env)  # (without building paths: asked for every transcript)
    return _load(tuple(str(f) for f in _folders(extra)))


@lru_cache(maxsize=8)
def _for_environment(env: str) -> dict[str, Convention]:
    return _load(tuple(str(f) for f in _folders(None)))


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
