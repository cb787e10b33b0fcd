"""Stance and engagement markers: hedges, boosters, attitude, pronouns, self-reference, modals.

The markers are a word list in ``data/markers.csv`` (groups, categories, words and phrases,
with their source: Hyland's metadiscourse categories; see that file and ``data/README.md``).
:func:`find_markers` finds them in the tokens table, :func:`summarise_markers` turns the
matches into rates per 1,000 words by role, kind or speaker (:func:`top_marker_category` names
a role's highest), and :func:`marker_examples` shows them in context through the concordance.

Matching rules (the same for every list):

- Markers match whole words of the shared tokenizer, in lower case; ’ counts as '. A phrase
  matches consecutive words of one turn.
- A marker word written with capitals ("NATO") matches only that spelling; a lower-case marker
  word does not match a word written all in capitals ("us" is not "US").
- Within a group the longest marker wins and matches do not overlap ("of course" is one
  booster, "it is clear" one booster, not also "clear"); groups are counted independently, so
  "I think" is a hedge and also an "I".
- A row of category ``exclude`` (:data:`EXCLUDE`) is a context rule: a phrase of two words or
  more, taken like a marker of its group and counted nowhere, so that the words inside it are
  not counted either ("as soon as possible" is no hedge, so its "possible" is none).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from ..errors import PresslibError
from ..table import need_columns
from .concordances import kwic

#: The category of a context rule: a phrase matched in its group and counted for no category.
EXCLUDE = "exclude"

MATCH_COLUMNS = ("doc_id", "turn", "first", "last", "sentence", "group", "category", "marker", "match")


def read_markers(path: str | Path | None = None) -> pd.DataFrame:
    """The marker list: one row per marker, columns ``group``, ``category``, ``marker``.

    ``path`` defaults to :func:`presslib.paths.data_file` ``("markers.csv")``; the table's
    ``attrs["source"]`` names the file read. Lines starting with ``#`` are comments. Raises
    :class:`PresslibError` (naming the file and line) for a missing column, an empty marker, or
    a marker listed twice in one group.

    >>> m = read_markers()
    >>> sorted(m.loc[m["group"] == "stance", "category"].unique())
    ['attitude', 'booster', 'exclude', 'hedge']
    """
    path = Path(path) if path is not None else paths.data_file("markers.csv")
    if not path.exists():
        raise PresslibError("marker list not found, expected a CSV with group,category,marker", path=path)
    lines = path.read_text(encoding="utf-8").splitlines()
    header_at = next((i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")), None)
    table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False, skip_blank_lines=True)
    missing = [c for c in ("group", "category", "marker") if c not in table.columns]
    if missing:
        raise PresslibError(f"marker list lacks columns {missing}, expected group,category,marker",
                            path=path, line=None if header_at is None else header_at + 1)
    table = table[["group", "category", "marker"]].apply(lambda s: s.str.strip())
    data_lines = [i + 1 for i, line in enumerate(lines) if line.strip() and not line.startswith("#")][1:]
    for row, line in zip(table.itertuples(index=False), data_lines):
        if not row.marker or not row.group or not row.category:
            raise PresslibError("empty group, category or marker", path=path, line=line)
    for row, line in zip(table.itertuples(index=False), data_lines):
        if row.category == EXCLUDE and len(row.marker.split()) < 2:
            raise PresslibError(f"exclude {row.marker!r} is a single word; expected a phrase (to leave "
                                "a word out, do not list it)", path=path, line=line)
    keys = table["group"] + "\0" + table["marker"].str.lower().str.replace("’", "'", regex=False)
    twice = keys.duplicated()
    if twice.any():
        i = int(twice.to_numpy().nonzero()[0][0])
        raise PresslibError(f"marker {table['marker'].iloc[i]!r} listed twice in group "
                            f"{table['group'].iloc[i]!r}", path=path, line=data_lines[i])
    table = table.reset_index(drop=True)
    table.attrs["source"] = str(path)
    return table


def _word_matches(marker_word: str, token: str) -> bool:
    token = token.replace("’", "'")
    marker_word = marker_word.replace("’", "'")
    if marker_word != marker_word.lower():
        return token == marker_word
    if len(token) > 1 and token.isupper():
        return False
    return token.lower() == marker_word


def find_markers(tokens: pd.DataFrame, *, markers: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every marker occurrence: one row per match, columns :data:`MATCH_COLUMNS`.

    ``first``/``last`` are token positions (inclusive) in the turn, for
    :func:`presslib.discourse.concordances.kwic`; ``match`` is the words as printed. A match of
    an ``exclude`` row (a context rule) takes its words and gives no row.

    >>> from presslib.tokens import tokens_table
    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["Of course, I think the US will help us."]})
    >>> find_markers(tokens_table(t))[["category", "match"]].values.tolist()
    [['booster', 'Of course'], ['I', 'I'], ['hedge', 'I think'], ['prediction', 'will'], ['we', 'us']]
    """
    need_columns(tokens, ("doc_id", "turn", "position", "sentence", "token", "is_word"), what="the tokens table")
    markers = read_markers() if markers is None else markers
    need_columns(markers, ("group", "category", "marker"), what="the marker list")
    # Per group: first word (lower case) -> markers as word tuples, longest first.
    index: dict[str, dict[str, list]] = {}
    for group, category, marker in markers[["group", "category", "marker"]].itertuples(index=False):
        words = tuple(marker.split())
        index.setdefault(group, {}).setdefault(words[0].lower().replace("’", "'"), []).append((words, category, marker))
    for by_first in index.values():
        for entries in by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
    rows = []
    words = tokens.loc[tokens["is_word"], ["doc_id", "turn", "position", "sentence", "token"]]
    for (doc_id, turn), group_rows in words.groupby(["doc_id", "turn"], sort=False):
        toks = group_rows["token"].tolist()
        positions = group_rows["position"].tolist()
        sentences = group_rows["sentence"].tolist()
        for group, by_first in index.items():
            i = 0
            while i < len(toks):
                hit = None
                for words_, category, marker in by_first.get(toks[i].lower().replace("’", "'"), ()):
                    n = len(words_)
                    if i + n <= len(toks) and all(_word_matches(w, t) for w, t in zip(words_, toks[i : i + n])):
                        hit = (n, category, marker)
                        break
                if hit is None:
                    i += 1
                    continue
                n, category, marker = hit
                if category == EXCLUDE:
                    i += n
                    continue
                rows.append((doc_id, turn, positions[i], positions[i + n - 1], sentences[i], group,
                             category, marker, " ".join(toks[i : i + n])))
                i += n
    out = pd.DataFrame(rows, columns=list(MATCH_COLUMNS))
    out = out.astype({"turn": "int64", "first": "int64", "last": "int64", "sentence": "int64"})
    return out.sort_values(["doc_id", "turn", "first", "group"], kind="stable").reset_index(drop=True)


def summarise_markers(matches: pd.DataFrame, turns: pd.DataFrame, *, by: str | list[str] = "role",
                      markers: pd.DataFrame | None = None, wide: bool = False) -> pd.DataFrame:
    """Marker rates per 1,000 words for each value of ``by`` (turns-table columns) and category.

    ``words`` is the words those turns hold (``n_words``), ``hits`` the matches in them, and
    ``per_1000 = hits / words * 1000``. Every category of the marker list gets a row for every
    value of ``by``, zero hits included. ``wide=True`` returns ``per_1000`` with one row per
    ``(group, category)`` and one column per value of ``by``.

    >>> turns = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1], "role": ["principal", "journalist"],
    ...                       "n_words": [500, 100]})
    >>> matches = pd.DataFrame({"doc_id": ["d", "d", "d"], "turn": [0, 0, 1],
    ...                         "group": ["stance"] * 3, "category": ["hedge"] * 3})
    >>> mk = pd.DataFrame({"group": ["stance", "stance"], "category": ["hedge", "booster"], "marker": ["perhaps", "clearly"]})
    >>> summarise_markers(matches, turns, markers=mk).values.tolist()
    [['principal', 'stance', 'hedge', 2, 500, 4.0], ['principal', 'stance', 'booster', 0, 500, 0.0], ['journalist', 'stance', 'hedge', 1, 100, 10.0], ['journalist', 'stance', 'booster', 0, 100, 0.0]]
    """
    by = [by] if isinstance(by, str) else list(by)
    need_columns(matches, ("doc_id", "turn", "group", "category"), what="the marker matches")
    need_columns(turns, ("doc_id", "turn", "n_words", *by), what="the turns table")
    markers = read_markers() if markers is None else markers
    categories = markers.loc[markers["category"] != EXCLUDE, ["group", "category"]].drop_duplicates()
    words = turns.groupby(by, sort=False, dropna=False)["n_words"].sum().rename("words").reset_index()
    located = matches.merge(turns[["doc_id", "turn", *by]], on=["doc_id", "turn"], how="inner")
    hits = located.groupby([*by, "group", "category"], sort=False, dropna=False).size().rename("hits").reset_index()
    grid = words.merge(categories, how="cross")
    out = grid.merge(hits, on=[*by, "group", "category"], how="left")
    out["hits"] = out["hits"].fillna(0).astype("int64")
    out["words"] = out["words"].astype("int64")
    out["per_1000"] = (out["hits"] / out["words"].where(out["words"] > 0) * 1000).astype("float64")
    out = out[[*by, "group", "category", "hits", "words", "per_1000"]]
    if wide:
        table = out.pivot_table(index=["group", "category"], columns=by, values="per_1000", sort=False)
        return table.reindex(pd.MultiIndex.from_frame(categories))
    return out


def top_marker_category(rates: pd.DataFrame, *, role: str, default: str | None = None) -> str | None:
    """The category that the speakers of ``role`` use at the highest rate per 1,000 words, in
    :func:`summarise_markers` rates by role: the first in the table's order on a tie (a rate
    that cannot be computed, with no words, ranks last); ``default`` when no row is theirs.

    >>> r = pd.DataFrame({"role": ["principal", "journalist", "journalist", "journalist"],
    ...                   "category": ["we", "hedge", "you", "we"], "per_1000": [40.0, 5.0, 9.0, 9.0]})
    >>> top_marker_category(r, role="journalist"), top_marker_category(r, role="other", default="none")
    ('you', 'none')
    """
    need_columns(rates, ("role", "category", "per_1000"), what="the marker rates")
    theirs = rates[rates["role"].eq(role)].sort_values("per_1000", ascending=False, kind="stable")
    return str(theirs["category"].iloc[0]) if len(theirs) else default


def marker_examples(turns: pd.DataFrame, matches: pd.DataFrame, *, category: str | None = None,
                    marker: str | None = None, tokens: pd.DataFrame | None = None,
                    window: int = 6) -> pd.DataFrame:
    """Concordance lines (:func:`presslib.discourse.concordances.kwic`) of the matches of one ``category``
    and/or one ``marker``, in document order, with ``category`` and ``marker`` columns added."""
    chosen = matches
    if category is not None:
        chosen = chosen[chosen["category"] == category]
    if marker is not None:
        chosen = chosen[chosen["marker"].str.lower() == marker.lower()]
    lines = kwic(turns, chosen, tokens=tokens, window=window)
    lines.insert(3, "category", chosen["category"].to_numpy())
    lines.insert(4, "marker", chosen["marker"].to_numpy())
    return lines
