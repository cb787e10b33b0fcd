"""Dispersion: is a word spread through the conference, or bunched in one exchange?
:func:`dispersion_table` (range and Gries's DP per term) and :func:`frequent_terms`.

For a term and a division of the transcript into parts (turns by default; or exchanges,
speakers, documents), with ``s_i`` the share of all words in part ``i`` and ``v_i`` the share
of the term's occurrences in part ``i``:

- **range**: the number of parts where the term occurs at least once (``range_share``: of all
  parts);
- **DP** (Gries 2008, "deviation of proportions"): ``0.5 * sum_i |v_i - s_i|``, 0 when the term
  is spread exactly as the words are, near 1 when it sits in one small part;
- **DP_norm** (Lijffijt & Gries 2012): ``DP / (1 - min_i s_i)``, so that 1 is reachable
  whatever the parts' sizes.

Eleven mentions of a word in one answer and eleven spread over eleven exchanges are not the
same finding: read frequency beside DP.

References: S. Th. Gries (2008), Dispersions and adjusted frequencies in corpora,
*International Journal of Corpus Linguistics* 13(4). J. Lijffijt & S. Th. Gries (2012),
Correction to Stefan Th. Gries' "Dispersions and adjusted frequencies in corpora",
*International Journal of Corpus Linguistics* 17(1).
"""

from __future__ import annotations

import pandas as pd

from ..discourse.concordances import find_phrase
from ..table import need_columns
from ..tokens import stop_words, tokens_table

DISPERSION_COLUMNS = ("term", "freq", "range", "parts", "range_share", "dp", "dp_norm")
MIN_FREQ = 5  #: below this, DP says little: a word met three times cannot be spread much


def _part_sizes(turns: pd.DataFrame, tokens: pd.DataFrame, part: str) -> tuple[pd.Series, dict]:
    words = tokens[tokens["is_word"]].groupby(["doc_id", "turn"]).size()
    keys = turns.set_index(["doc_id", "turn"])
    if part == "turn":
        of = {k: k for k in keys.index}
    elif part == "doc_id":
        of = {k: k[0] for k in keys.index}
    else:
        of = {k: (k[0], v) for k, v in keys[part].items()}
    sizes: dict = {}
    for key, n in words.items():
        sizes[of[key]] = sizes.get(of[key], 0) + int(n)
    return pd.Series(sizes, dtype="int64"), of


def dispersion_table(turns: pd.DataFrame, terms, *, part: str = "turn",
                     tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """Frequency, range and DP of each of ``terms`` (words or phrases, ``word*`` for a prefix,
    matched as :func:`presslib.discourse.concordance` matches them) over ``part``s: ``"turn"``,
    ``"doc_id"``, or a column of the turns table (``"exchange"``, ``"speaker"``; within each
    document). Turns where the column is missing form no part. Columns:
    :data:`DISPERSION_COLUMNS`, one row per term in the order given.
    """
    need_columns(turns, ("doc_id", "turn", "text"), what="the turns table")
    if part not in ("turn", "doc_id"):
        need_columns(turns, (part,), what="the turns table")
        turns = turns[turns[part].notna()]
    tokens = tokens_table(turns) if tokens is None else tokens
    sizes, of = _part_sizes(turns, tokens, part)
    total = sizes.sum()
    rows = []
    for term in terms:
        hits = find_phrase(tokens, term)
        per = pd.Series([of[(d, t)] for d, t in zip(hits["doc_id"], hits["turn"]) if (d, t) in of],
                        dtype=object).value_counts()
        freq = int(per.sum())
        if freq and total:
            s = sizes / total
            v = pd.Series({k: per.get(k, 0) for k in sizes.index}, dtype=float) / freq
            dp = 0.5 * float((v - s).abs().sum())
            dp_norm = dp / (1 - float(s.min())) if len(s) > 1 else float("nan")
        else:
            dp = dp_norm = float("nan")
        used = int((per > 0).sum())
        rows.append((term, freq, used, len(sizes), used / len(sizes) if len(sizes) else float("nan"), dp, dp_norm))
    return pd.DataFrame(rows, columns=list(DISPERSION_COLUMNS))


def frequent_terms(turns: pd.DataFrame, *, n: int = 5, tokens: pd.DataFrame | None = None,
                   min_length: int = 4) -> list[str]:
    """The ``n`` most frequent words of ``turns`` that are not stop words and have at least
    ``min_length`` letters (ties broken alphabetically): default terms for a dispersion plot
    on any transcript.

    >>> t = pd.DataFrame({"doc_id": "d", "turn": [0, 1], "text": ["Tanks and tanks.", "Fuel, tanks!"]})
    >>> frequent_terms(t, n=2)
    ['tanks', 'fuel']
    """
    tokens = tokens_table(turns) if tokens is None else tokens
    words = tokens.loc[tokens["is_word"] & ~tokens["is_stop"], "lower"].astype(str)
    words = words[(words.str.len() >= min_length) & ~words.str.isdigit()]
    counts = words.value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked[:n] if w not in stop_words()]
