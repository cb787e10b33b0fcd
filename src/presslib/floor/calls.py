"""The moderator's calls, read: which outlet each call names, and who then asks.

A moderator gives the floor in free text ("We will start with Agence France-Press.",
"Deutsche Welle, NPR.", "Belsat, here, second row.", "[inaudible] just behind.", or nothing
at all). :func:`outlets_named` finds the registry outlets such a text names;
:func:`calls_table` reads every call of a turns table and says whether the journalist who
then asks is from the called outlet.

How a name is found in free text:

- The text and every registry name and alias are cut into words by the shared word rule
  (:data:`presslib.text.WORD_RE`), after hyphens, apostrophes and full stops are made spaces as
  :func:`presslib.outlets.outlet_key` does ("France-Press" is "France Press", "F.A.Z." is
  "F A Z"); a leading "The" of a name is dropped. A name matches a run of whole words,
  without regard to case.
- Longer names win: all matches are collected and taken longest first, and a match that
  overlaps one already taken is dropped ("Radio Free Europe" inside "Radio Free Europe/Radio
  Liberty" does not count twice, "Deutsche Welle TV" is one outlet).
- A short abbreviation (one word of at most three letters, written in capitals in the
  registry: "AP", "FT", "DR", "ERR") matches only when written in capitals in the text too,
  so that "Dr. Smith" or "err, the lady in front" names no outlet.
- Outlet ids ("abc-us") are keys, not names: they are not looked for in free text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from ..outlets import OUTLET_SEPARATOR, read_registry
from ..table import need_columns
from ..text import JOINERS, WORD_RE

CALL_COLUMNS = (
    "doc_id", "turn", "exchange", "text", "called", "taken_up",
    "asker_turn", "asker", "asker_outlet", "names_asker", "result",
)
#: The ``result`` of a call, in the order tables and charts list them.
RESULTS = ("named the asker", "named another outlet", "named no outlet", "not taken up")
_REQUIRED = ("doc_id", "turn", "speaker", "outlet", "kind", "exchange", "continuation", "text")
_JOINER_RE = re.compile(f"[{re.escape(JOINERS)}]")
_SHORT = 3


def _words(text: str) -> list[str]:
    return WORD_RE.findall(_JOINER_RE.sub(" ", text))


@lru_cache(maxsize=8)
def _name_index(registry: str) -> dict[tuple[str, ...], list[tuple[str, bool]]]:
    """``{casefolded word tuple: [(outlet id, needs capitals), ...]}`` for names and aliases."""
    index: dict[tuple[str, ...], list[tuple[str, bool]]] = {}
    for row in read_registry(registry).itertuples():
        for name in [row.name, *filter(None, row.aliases.split("|"))]:
            words = _words(name)
            if len(words) > 1 and words[0].casefold() == "the":
                words = words[1:]
            if not words:
                continue
            capitals = len(words) == 1 and len(words[0]) <= _SHORT and words[0].isupper()
            entry = (row.id, capitals)
            key = tuple(w.casefold() for w in words)
            if entry not in index.setdefault(key, []):
                index[key].append(entry)
    return index


def outlets_named(text: str, *, registry: str | Path | None = None) -> list[str]:
    """Ids of the registry outlets that ``text`` names, in the order the text names them.

    >>> outlets_named("We will start with Agence France-Press.")
    ['afp']
    >>> outlets_named("Deutsche Welle, NPR."), outlets_named("[inaudible] just behind.")
    (['dw', 'npr'], [])
    >>> outlets_named("Dr. Smith, then the lady from ft.com"), outlets_named("FT, then AP.")
    ([], ['ft', 'ap'])
    """
    if not isinstance(text, str) or not text.strip():
        return []
    index = _name_index(str(registry or paths.data_file("outlets.csv")))
    words = _words(text)
    folded = [w.casefold() for w in words]
    longest = max(map(len, index), default=0)
    found: list[tuple[int, int, str]] = []  # (start, end, id)
    for start in range(len(words)):
        for size in range(1, min(longest, len(words) - start) + 1):
            for outlet, capitals in index.get(tuple(folded[start : start + size]), ()):
                if not capitals or words[start].isupper():
                    found.append((start, start + size, outlet))
    taken: list[tuple[int, int, str]] = []
    for start, end, outlet in sorted(found, key=lambda m: (m[0] - m[1], m[0])):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, outlet))
    return list(dict.fromkeys(outlet for _, _, outlet in sorted(taken)))


def calls_table(turns: pd.DataFrame, *, registry: str | Path | None = None) -> pd.DataFrame:
    """One row per moderator call (``kind == "call"``): the outlet it names and who then asked.

    Columns: ``doc_id``, ``turn`` and ``exchange`` of the call (join back to the turns table);
    ``text`` of the call; ``called``, the ``|``-joined ids the call names (missing if none);
    ``taken_up`` (false for a call the turns table marks as a continuation: nobody asked, the
    principal went back to the previous question); ``asker_turn``, ``asker`` and
    ``asker_outlet`` of the question that answered the call (missing if not taken up);
    ``names_asker``, true when the called ids and the asker's ids share one (missing when the
    call names none or was not taken up); and ``result``, one of :data:`RESULTS`.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2, 3, 4], "speaker": list("MJPMJ"),
    ...     "outlet": [None, "afp", None, None, "ap"], "kind": ["call", "question", "answer",
    ...     "call", "question"], "exchange": [1, 1, 1, 2, 2], "continuation": False,
    ...     "text": ["AFP.", "?", "", "Reuters.", "?"]})
    >>> calls_table(t)[["turn", "called", "asker_outlet", "result"]]
       turn   called asker_outlet                result
    0     0      afp          afp       named the asker
    1     3  reuters           ap  named another outlet
    """
    need_columns(turns, _REQUIRED)
    rows = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        doc = doc.sort_values("turn", kind="stable")
        questions = doc[doc["kind"].eq("question")]
        for call in doc[doc["kind"].eq("call")].itertuples(index=False):
            called = outlets_named(call.text, registry=registry)
            taken = not bool(call.continuation)
            asked = questions[questions["exchange"].eq(call.exchange) & questions["turn"].gt(call.turn)]
            asked = asked.head(1) if taken else asked.iloc[:0]
            asker_turn = asker = asker_outlet = names = pd.NA
            if len(asked):
                q = asked.iloc[0]
                asker_turn, asker = q["turn"], q["speaker"]
                asker_outlet = q["outlet"] if isinstance(q["outlet"], str) else pd.NA
            if not taken:
                result = "not taken up"
            elif not called:
                result = "named no outlet"
            else:
                mine = set(asker_outlet.split(OUTLET_SEPARATOR)) if isinstance(asker_outlet, str) else set()
                names = bool(mine & set(called))
                result = "named the asker" if names else "named another outlet"
            rows.append((doc_id, call.turn, call.exchange, call.text,
                         OUTLET_SEPARATOR.join(called) or pd.NA, taken,
                         asker_turn, asker, asker_outlet, names, result))
    out = pd.DataFrame(rows, columns=list(CALL_COLUMNS))
    return out.astype({"doc_id": "str", "turn": "int64", "exchange": "Int64", "text": "str",
                       "called": "str", "taken_up": "bool", "asker_turn": "Int64", "asker": "str",
                       "asker_outlet": "str", "names_asker": "boolean", "result": "str"})
