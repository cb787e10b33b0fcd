"""Who asked, when the label does not say: names and outlets of anonymous journalists.

Some conventions print every journalist as ``Q``, or as a numbered voice (``Speaker 4:``). Who
asked is often stated all the same, in the question ("Jeff Mason, Reuters. Mr. President...")
or in the call that gave the floor ("Reuters, Jeff Mason.", "we'll go to Judy Woodruff from
PBS", "Go ahead, Zeke."). :func:`attribute` recovers them, turn by turn, and says where each came
from (``source``): ``question`` (the turn's own text), ``call`` (the turn before it),
``exchange`` (a follow-up inherits its exchange's first question), ``same label`` (a numbered
voice named in another of its turns) or ``none``. :func:`attribution_table` gives the same for a
turns table. Outlets count only when the outlet registry knows them, so that "Thank you, Mr.
President" is not read as a journalist's name and outlet.

For ``Q`` the recovered name becomes the turn's ``speaker`` (``Q`` when none is stated), and an
official's turn that ends by giving the floor ("Go ahead, Jeff.", "Yes, in the back.") tells
the parser that the next ``Q`` opens a new exchange; a ``Q`` after an answer that does not give
the floor is a follow-up by the same journalist. These are rules of thumb, stated here so that a
reader can check them against a transcript.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from .outlets import alias_index, outlet_key, resolve_outlets

_NAME_WORD = r"[A-Z](?:['’][A-Z])?[a-zà-ÿ'’\-]+(?:-[A-Z][a-zà-ÿ]+)?"  # Jean-Pierre, O'Donnell
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
_OUTLET = r"[A-Z][\w.&'’\-]*(?: (?:[A-Z][\w.&'’\-]*|of|de|the))*"
# The words of a name or an outlet after their first capital, read without going back: every
# match passes these look-aheads, and most capitals fail them at once
_NAME_AHEAD = r"[^ ,]*+(?: [A-Z][^ ,]*+){1,2}"
_OUTLET_AHEAD = r"[\w.&'’\-]*+(?: (?:[A-Z][\w.&'’\-]*+|of|de|the))*+"


def _after_capital(pattern: str, ahead: str) -> re.Pattern:
    # the look-ahead goes after the leading capital, which lets the search skip to capitals
    before, after = pattern.split("[A-Z]", 1)
    return re.compile(f"{before}[A-Z](?={ahead}){after}")


_PATTERNS = [
    _after_capital(rf"(?P<name>{_NAME}),? (?:from|with|of|at) (?:the )?(?P<outlet>{_OUTLET})",
                   rf"{_NAME_AHEAD},? (?:from|with|of|at) "),
    _after_capital(rf"(?P<name>{_NAME}), (?:the )?(?P<outlet>{_OUTLET})", rf"{_NAME_AHEAD}, "),
    _after_capital(rf"(?P<outlet>{_OUTLET}), (?P<name>{_NAME})\b", rf"{_OUTLET_AHEAD}, [A-Z]"),
]
# No match of the patterns runs across a character none of them reads, nor across a space before
# a word none of them goes on with (only a capital, "from ", "with ", "at ", "of", "de", "the"); so
# the patterns find the same matches in a stretch between two such breaks as in the whole text.
_BREAK = re.compile(r"[^\w.&'’\-,à-ÿ ]| (?![A-Z]|from |with |at |of|de|the)")
# What each pattern needs next to its outlet: the words before it ("from the", ", "), or for the
# last, its outlet's words and a comma after it
_BEFORE_OUTLET = (tuple(f"{w} {the}" for w in ("from", "with", "of", "at") for the in ("", "the ")),
                  (", ", ", the "))
_OUTLET_THEN_NAME = re.compile(rf"[A-Z]{_OUTLET_AHEAD}, [A-Z]")
_FIRST_NAME = re.compile(
    r"(?:\b(?i:go ahead|yes|yeah|okay|ok|sure|please),? (?P<a>[A-Z][a-z]+)\b(?! [A-Z])"
    r"|^(?P<b>[A-Z][a-z]+)(?:,| —| -) (?i:go ahead))"
)
_NOT_NAMES = frozenset("I We You The And So But Thank Thanks Mr Ms Mrs Sir Madam Go Yes Okay All".split())
_FLOOR = re.compile(  # matched on the lower-cased sentence (faster than re.I)
    r"\b(?:go ahead|next question|let'?s go to|we'?ll go to|we will go to|over to|turn to|"
    r"in the back|you'?re up)\b|^(?:yes|yeah|please|sure|okay)\b"
)
_LABEL_NAME = re.compile(r"^\s*(.*?)\s*:?\s*(?:\(\d[\d:]*\))?\s*$")
_QUESTION_HEAD = 300
_CALL_TAIL = 200


class Attribution(NamedTuple):
    name: str  #: the journalist's name as stated ("" if not)
    outlet: str  #: the outlet as stated ("" if not)
    source: str  #: question, call, exchange, same label or none
    evidence: str  #: the words it was read from


_BY_LABEL = Attribution("", "", "label", "")  # a named journalist's turn
_UNNAMED = Attribution("", "", "", "")  # anyone else's


@lru_cache(maxsize=8192)
def _outlet_at(words: str) -> str:
    """The longest leading run of ``words`` that the outlet registry knows ("" if none)."""
    index = alias_index()
    tokens = words.split()
    for n in range(min(len(tokens), 6), 0, -1):
        candidate = " ".join(tokens[:n]).rstrip(".,")
        if outlet_key(candidate) in index:
            return candidate
    return ""


def stated(text: str) -> tuple[str, str, str]:
    """``(name, outlet, evidence)`` stated in ``text`` ("Jeff Mason, Reuters"); empties if none.

    >>> stated("Thank you, Karine. Jeff Mason, Reuters. Mr. President said...")[:2]
    ('Jeff Mason', 'Reuters')
    >>> stated("We'll go to Judy Woodruff from PBS.")[:2]
    ('Judy Woodruff', 'PBS')
    >>> stated("Thank you, Mr. President.")
    ('', '', '')
    """
    # A match counts only with an outlet from the registry that has its pattern's words next to
    # it. So one search for the registry's names (a tenth of the cost of the three patterns) finds
    # such outlets, and only the patterns that could read one run, over the stretch from the last
    # stretch read to the first break after it; the first stretch with a match decides.
    if ", " not in text and " from " not in text and " with " not in text and " of " not in text \
            and " at " not in text:
        return "", "", ""  # every pattern joins name and outlet with one of these
    if not text.isascii() and len(text.casefold()) != len(text):
        # a letter that case-folds to two ("ß") can spell an outlet the registry search misses
        return _stated_in(text, 0, len(text), (True, True, True))
    search = _registry_outlet().search
    start = 0
    outlet = search(text)
    while outlet is not None:
        at = outlet.start()
        wanted = _patterns_for(text, at)
        if not any(wanted):
            outlet = search(text, at + 1)
            continue
        stop = _BREAK.search(text, at)
        end = stop.start() if stop else len(text)
        while (outlet := search(text, at + 1, end)) is not None:  # more outlets before the break
            at = outlet.start()
            wanted = [a or b for a, b in zip(wanted, _patterns_for(text, at))]
        found = _stated_in(text, start, end, wanted)
        if found[0]:
            return found
        start, outlet = end, search(text, end)
    return "", "", ""


def _patterns_for(text: str, at: int) -> list[bool]:
    """Which patterns could read the outlet at ``at``: those with the words they need next to it."""
    return [text.endswith(_BEFORE_OUTLET[0], 0, at), text.endswith(_BEFORE_OUTLET[1], 0, at),
            _OUTLET_THEN_NAME.match(text, at) is not None]


def _stated_in(text: str, start: int, end: int, wanted) -> tuple[str, str, str]:
    """:func:`stated` for ``text[start:end]`` (``start`` and ``end`` breaks or ends) with the
    patterns ``wanted`` (a flag for each)."""
    best = None
    for pattern, want in zip(_PATTERNS, wanted):
        if not want:
            continue
        for m in pattern.finditer(text, start, end):
            if best is not None and m.start() >= best[2]:
                break  # the earliest match wins, the earlier pattern on a tie
            outlet = _outlet_at(m["outlet"])
            if outlet and m["name"].split()[0] not in _NOT_NAMES:
                end_at = max(m.end("name"), m.start("outlet") + len(outlet))
                best = (m["name"], outlet, m.start(), text[m.start():end_at])
                break
    if best:
        return best[0], best[1], best[3]
    return "", "", ""


@lru_cache(maxsize=1)
def _registry_outlet() -> re.Pattern:
    """Where a name or alias from the outlet registry may start, as :func:`_outlet_at` reads it:
    at a capital, then in any case, a run of spaces or ``.'’-`` for a space (``F.A.Z.``), maybe
    after a "The" (which :func:`outlet_key` drops).

    Looser where that is quicker to compile (any run of non-word characters for a space; after
    "The", a name's first word only): it may find what is no outlet, never miss one.
    """
    keys = [key for key in alias_index() if key]
    by_initial: dict[str, tuple[list[str], list[str]]] = {"t": ([], [])}
    for key in keys:
        if "a" <= key[0] <= "z":
            # a name ends before a letter, unless its last word is one the outlet pattern can
            # take out of a longer word ("of" out of "often")
            open_ended = key.rsplit(" ", 1)[-1] in ("of", "de", "the")
            by_initial.setdefault(key[0], ([], []))[open_ended].append(key[1:])
    branches = []
    for initial, (ended, open_ended) in sorted(by_initial.items()):
        ways = [rf"{_trie(ended)}(?!\w|&)"] if ended else []
        ways += [_trie(open_ended)] if open_ended else []
        if initial == "t":
            ways.append(rf"he\W+{_trie([key.split(' ')[0] for key in keys])}")
        branches.append(f"{initial.upper()}(?i:{'|'.join(ways)})")
    return re.compile("|".join(branches))


def _trie(words: list[str]) -> str:
    """A regex for any of ``words`` that shares their beginnings (a tree: the search tries it at
    every capital), with any run of non-word characters for a space."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    ways = [(r"\W+" if c == " " else re.escape(c)) + _trie(rest) if c else ""
            for c, rest in groups.items()]
    return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"


def warm_up() -> None:
    """Read the outlet registry and build its search now rather than on first use."""
    _registry_outlet()


def last_sentence(text: str) -> str:
    """The turn's last sentence (its last 200 characters at most)."""
    tail = text[-_CALL_TAIL:].strip()
    # it starts after the last sentence end that is not part of the tail's closing run ("..?")
    body = tail.rstrip(".?!…")
    cut = max(body.rfind("."), body.rfind("?"), body.rfind("!"), body.rfind("…"))
    return tail[cut + 1:].strip()


@lru_cache(maxsize=512)
def gives_floor(text: str) -> bool:
    """Does an official's turn end by giving the floor ("Go ahead, Jeff.", "Yes, in the back.")?

    >>> gives_floor("That's what we'll do. Go ahead, Zeke."), gives_floor("We will see.")
    (True, False)
    """
    last = last_sentence(text)
    return bool(_FLOOR.search(last.lower()) or (last and _outlet_at(last) == last.rstrip(".?!"))
                or _called_name(last) or stated(last)[0])


def _called_name(sentence: str) -> str:
    # the search tries every position: first rule out a sentence without one of its words
    folded = sentence.casefold()
    if not ("go ahead" in folded or "yes" in folded or "yeah" in folded or "ok" in folded
            or "sure" in folded or "please" in folded):
        return ""
    m = _FIRST_NAME.search(sentence)
    name = (m["a"] or m["b"]) if m else ""
    return "" if name in _NOT_NAMES else name


def attribute(names, roles, texts, *, collective, anonymous) -> tuple[list[Attribution], list[str]]:
    """Attributions of one transcript's turns, and a per-turn id of who asks, for the sequence.

    ``names`` are the labels' person parts ("Q", "Speaker 4"); ``collective[i]`` marks a label
    that stands for every journalist ("Q"), ``anonymous[i]`` one that stands for one unnamed
    person ("Speaker 4"). Other journalists' turns get ``source`` "label".
    The ids: a ``Q`` after a moderator or after an official's turn that gives the floor opens
    a new id (``"Q#3"``); otherwise it keeps the previous ``Q``'s id (a follow-up).
    """
    n = min(len(names), len(roles), len(texts))  # as zip(names, roles, texts)
    out = [_BY_LABEL if role == "journalist" else _UNNAMED for role in roles[:n]]
    ids = [""] * n
    asker, n_askers, current = "", 0, None
    by_label: dict[str, Attribution] = {}
    for i in range(n):
        if not (collective[i] or anonymous[i]):
            continue
        label, text = names[i], texts[i]
        prev_text = texts[i - 1] if i else ""
        prev_role = roles[i - 1] if i else ""
        name, outlet, evidence = stated(text[:_QUESTION_HEAD])
        source = "question" if (name or outlet) else ""
        new = True
        if collective[i]:
            new = (not asker or prev_role == "moderator"
                   or (prev_role not in ("journalist", "") and gives_floor(prev_text)))
        if not source and new and i and prev_role != "journalist":  # a follow-up's call is not read
            call = last_sentence(prev_text)
            name, outlet, evidence = stated(call)
            if not (name or outlet):
                outlet = _outlet_at(call)
                name, outlet = _called_name(call), outlet if outlet == call.rstrip(".?!") else ""
                evidence = call if (name or outlet) else ""
            source = "call" if (name or outlet) else ""
        if collective[i]:
            if new:
                n_askers += 1
                asker = f"Q#{n_askers}"
                current = Attribution(name, outlet, source or "none", evidence)
            elif not source and current is not None:
                name, outlet, evidence = current.name, current.outlet, current.evidence
                source = "exchange" if (name or outlet) else ""
            ids[i] = asker
        else:
            key = label
            if not source and key in by_label:
                name, outlet, evidence = by_label[key][:2] + (by_label[key].evidence,)
                source = "same label"
            if source in ("question", "call"):
                by_label.setdefault(key, Attribution(name, outlet, source, evidence))
            ids[i] = label
        out[i] = Attribution(name, outlet, source or "none", evidence)
    return out, ids


def attribution_table(turns: pd.DataFrame) -> pd.DataFrame:
    """Journalists' turns with the name and outlet stated for them, and where each came from.

    One row per journalist turn: ``doc_id``, ``turn``, ``label``, ``speaker``, ``name`` and
    ``outlet_printed`` as stated, ``outlet`` (registry ids), ``source`` (``label`` for a named
    label; else ``question``, ``call``, ``exchange``, ``same label`` or ``none``), ``evidence``.
    Labels are anonymous when a known convention says so ("Q", "Speaker 4"). Joins back to the
    turns table on ``doc_id`` and ``turn``.
    """
    from .conventions import conventions

    needed = ("doc_id", "turn", "label", "role", "text", "speaker", "affiliation")
    missing = [c for c in needed if c not in turns.columns]
    if missing:
        raise KeyError(f"turns table lacks columns {missing}")
    convs = list(conventions().values())
    rows = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        names = [_LABEL_NAME.match(str(lab)).group(1) for lab in doc["label"]]
        roles = doc["role"].tolist()
        coll = [any(c.matches("collective_journalist", n) for c in convs) for n in names]
        anon = [any(c.matches("anonymous_journalist", n) for c in convs) for n in names]
        found, _ = attribute(names, roles, doc["text"].tolist(),
                             collective=coll, anonymous=anon)
        for row, a in zip(doc.itertuples(index=False), found):
            if row.role != "journalist":
                continue
            printed = a.outlet if a.source != "label" else row.affiliation
            ids = "|".join(resolve_outlets(printed)) if printed else None
            rows.append((doc_id, row.turn, row.label, row.speaker, a.name, printed or "", ids,
                         a.source, a.evidence))
    cols = ["doc_id", "turn", "label", "speaker", "name", "outlet_printed", "outlet", "source", "evidence"]
    return pd.DataFrame(rows, columns=cols)
