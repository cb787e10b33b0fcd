"""The topic lexicon: named topics, each a list of terms and phrases, read from a TOML file.

The lexicon is data, not code (``data/topics.toml``, documented in ``data/README.md``)::

    [[topic]]
    id = "ammunition"                        # the name used in tables: lower case, digits, _
    label = "Ammunition and defence industry"  # the name used in charts
    terms = ["ammunition", "munitions", "stockpiles"]   # single words
    phrases = ["defence industry", "spare parts"]       # two or more words
    exclude = ["caused an earthquake"]       # optional: phrases read as a whole, counted nowhere

Entries are matched on **normalised forms**: each word of an entry and of the text is cut at
its hyphens (``air-defence`` is ``air defence``), lower-cased and stemmed with
:func:`presslib.tokens.stem`, so ``munition`` finds "munitions" and ``fighter jet`` finds
"fighter jets". :func:`parse_lexicon` checks the file and raises
:class:`~presslib.errors.PresslibError` naming the file, the line of the faulty ``[[topic]]``
and what was expected.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import PresslibError
from ..tokens import stem, tokenize

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_KEYS = {"id", "label", "description", "terms", "phrases", "exclude"}
_LISTS = ("terms", "phrases", "exclude")
_SINGULAR = {"terms": "term", "phrases": "phrase", "exclude": "exclude"}
_APOSTROPHES = {"'", "’"}


@dataclass(frozen=True)
class Topic:
    """One topic: its id, label, and entries as written in the file."""

    id: str
    label: str
    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Lexicon:
    """An ordered set of topics; ``source`` is the file it was read from."""

    topics: tuple[Topic, ...]
    source: str = "<lexicon>"
    _index: dict = field(default=None, compare=False, repr=False)

    @property
    def ids(self) -> list[str]:
        """Topic ids in file order."""
        return [t.id for t in self.topics]

    @property
    def labels(self) -> dict[str, str]:
        """``{id: label}`` in file order."""
        return {t.id: t.label for t in self.topics}

    def add(self, id: str, label: str, *, terms=(), phrases=(), exclude=()) -> Lexicon:
        """A new lexicon with one more topic (checked like a file's), this one unchanged."""
        entry = {
            "id": id,
            "label": label,
            "terms": list(terms),
            "phrases": list(phrases),
            "exclude": list(exclude),
        }
        return _build([*map(_as_dict, self.topics), entry], self.source, None)

    def index(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """``{normalised form: topic ids that count it}``; an ``exclude`` form counts for none."""
        if self._index is None:
            index: dict[tuple[str, ...], list[str]] = {}
            for t in self.topics:
                for entry in t.exclude:
                    index.setdefault(normalise(entry)[0], [])
                for entry in (*t.terms, *t.phrases):
                    ids = index.setdefault(normalise(entry)[0], [])
                    if t.id not in ids:
                        ids.append(t.id)
            object.__setattr__(self, "_index", {k: tuple(v) for k, v in index.items()})
        return self._index


def _as_dict(t: Topic) -> dict:
    return {
        "id": t.id,
        "label": t.label,
        "terms": list(t.terms),
        "phrases": list(t.phrases),
        "exclude": list(t.exclude),
        "description": t.description,
    }


def word_runs(text: str) -> list[list[tuple[str, int, int]]]:
    """Runs of ``(normalised word, start, end)`` in ``text``: the units lexicon entries match.

    Words are the shared tokens' words (:func:`presslib.tokens.tokenize`), cut at hyphens,
    lower-cased and stemmed (:func:`presslib.tokens.stem`). A run ends at every punctuation
    mark but an apostrophe (``Allies' stockpiles`` is one run) and at every sentence end, so a
    phrase never spans ``air, naval``.

    >>> word_runs("Air-defence, Allies' stocks.")
    [[('air', 0, 3), ('defenc', 4, 11)], [('alli', 13, 19), ('stock', 21, 27)]]
    """
    runs: list[list[tuple[str, int, int]]] = []
    run: list[tuple[str, int, int]] = []
    last_sentence = 0
    for start, _, token, is_word, sentence in tokenize(text):
        if token in _APOSTROPHES:
            continue
        if not is_word or sentence != last_sentence:
            if run:
                runs.append(run)
            run, last_sentence = [], sentence
        if is_word:
            pos = start
            for part in token.split("-"):
                if part:
                    run.append((stem(part.lower()), pos, pos + len(part)))
                pos += len(part) + 1
    if run:
        runs.append(run)
    return runs


def units(text: str) -> list[list[str]]:
    """The normalised words of :func:`word_runs`, without offsets.

    >>> units("Air-defence systems, and Allies' stockpiles.")
    [['air', 'defenc', 'system'], ['and', 'alli', 'stockpil']]
    """
    return [[w for w, _, _ in run] for run in word_runs(text)]


def normalise(entry: str) -> tuple[tuple[str, ...], int]:
    """``(normalised form, words as printed)`` of a lexicon entry.

    >>> normalise("Fighter jets")
    (('fighter', 'jet'), 2)
    >>> normalise("air-defence")
    (('air', 'defenc'), 1)
    """
    runs = units(entry)
    if len(runs) != 1:
        raise ValueError("has punctuation that splits it" if runs else "has no word")
    return tuple(runs[0]), sum(is_word for _, _, _, is_word, _ in tokenize(entry))


def read_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read and check a topic lexicon; return a :class:`Lexicon` whose ``source`` names the file.

    ``path`` defaults to :func:`presslib.paths.data_file` ``("topics.toml")``.

    A user mistake (bad TOML, a missing label, a phrase under ``terms``) raises
    :class:`~presslib.errors.PresslibError` naming the file, the topic's line and the entry.
    """
    path = Path(path) if path is not None else paths.data_file("topics.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PresslibError("no such file, expected a topic lexicon (TOML)", path=path) from None
    except UnicodeDecodeError as err:
        raise PresslibError(f"not UTF-8 text ({err.reason})", path=path) from None
    return parse_lexicon(text, source=str(path))


def parse_lexicon(text: str, *, source: str = "<lexicon>") -> Lexicon:
    """A :class:`Lexicon` from TOML text, checked as :func:`read_lexicon` checks a file.

    >>> lex = parse_lexicon('[[topic]]\\nid = "cyber"\\nlabel = "Cyber"\\nterms = ["cyberattack"]')
    >>> lex.ids, lex.index()
    (['cyber'], {('cyberattack',): ('cyber',)})
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"\(at line (\d+)", str(err))
        raise PresslibError(
            f"not valid TOML: {err}", path=source, line=int(m.group(1)) if m else None
        ) from None
    lines = [
        i
        for i, line in enumerate(text.splitlines(), 1)
        if re.match(r"\s*\[\[\s*topic\s*\]\]", line)
    ]
    extra = sorted(set(data) - {"topic"})
    if extra:
        raise PresslibError(
            f"unexpected top-level key(s) {extra}, expected only [[topic]] tables", path=source
        )
    topics = data.get("topic")
    if not isinstance(topics, list) or not topics:
        raise PresslibError("no [[topic]] tables, expected at least one topic", path=source)
    return _build(topics, source, lines)


def _build(topics: list, source: str, lines: list[int] | None) -> Lexicon:
    out, seen = [], {}
    for i, raw in enumerate(topics):
        line = lines[i] if lines and i < len(lines) else None
        name = raw.get("id") if isinstance(raw, dict) else None
        where = f"topic {i + 1}" + (f" ({name!r})" if isinstance(name, str) else "")

        def fail(what: str, where=where, line=line):
            raise PresslibError(f"{where}: {what}", path=source, line=line)

        if not isinstance(raw, dict):
            fail("expected a [[topic]] table")
        unknown = sorted(set(raw) - _KEYS)
        if unknown:
            fail(f"unknown key(s) {unknown}, expected {sorted(_KEYS)}")
        if not isinstance(name, str) or not _ID.match(name):
            fail(
                "'id' must be lower case letters, digits and _, starting with a letter, e.g. 'air_defence'"
            )
        if name in seen:
            fail(f"id {name!r} is used twice (first by topic {seen[name]})")
        seen[name] = i + 1
        label = raw.get("label")
        if not isinstance(label, str) or not label.strip():
            fail("'label' must be a non-empty string")
        lists = {}
        for key in _LISTS:
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                fail(f'{key!r} must be a list of strings, e.g. {key} = ["word"]')
            lists[key] = tuple(dict.fromkeys(v.strip() for v in value))
        if not lists["terms"] and not lists["phrases"]:
            fail("has no 'terms' and no 'phrases', expected at least one entry")
        forms = {}
        for key in _LISTS:
            for entry in lists[key]:
                try:
                    form, n_words = normalise(entry)
                except ValueError as err:
                    fail(
                        f"{_SINGULAR[key]} {entry!r} {err}; expected words separated by spaces or hyphens"
                    )
                if key == "terms" and n_words != 1:
                    fail(f"term {entry!r} has {n_words} words; put it under 'phrases'")
                if key == "phrases" and len(form) < 2:
                    fail(f"phrase {entry!r} is a single word; put it under 'terms'")
                if key == "exclude" and len(form) < 2:
                    fail(
                        f"exclude {entry!r} is a single word; expected a phrase (to leave a word "
                        "out, do not list it)"
                    )
                forms.setdefault(form, set()).add(key)
        clash = [" ".join(f) for f, keys in forms.items() if "exclude" in keys and len(keys) > 1]
        if clash:
            fail(f"{clash[0]!r} is both counted and excluded")
        out.append(
            Topic(
                name,
                label.strip(),
                lists["terms"],
                lists["phrases"],
                lists["exclude"],
                str(raw.get("description", "")),
            )
        )
    return Lexicon(tuple(out), source)


def lexicon_table(lexicon: Lexicon | None = None):
    """The lexicon as a table: one row per entry (``topic``, ``label``, ``kind``, ``entry``, ``form``).

    ``kind`` is ``term``, ``phrase`` or ``exclude``; ``form`` the normalised form matched.
    """
    lexicon = lexicon or read_lexicon()
    rows = [
        (t.id, t.label, _SINGULAR[key], entry, " ".join(normalise(entry)[0]))
        for t in lexicon.topics
        for key in _LISTS
        for entry in getattr(t, key)
    ]
    return pd.DataFrame(rows, columns=["topic", "label", "kind", "entry", "form"])
