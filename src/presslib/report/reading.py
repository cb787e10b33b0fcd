"""What a notebook shows before its analyses: numbers rounded for reading, and what was loaded.

- :func:`use_reading_format`: pandas shows two decimals, never scientific notation, and every
  column (called by each
  notebook's imports cell; importing presslib changes no setting);
- :func:`describe_data`: one row per transcript loaded (title, date, principal, convention,
  turns, words, exchanges, and whether its words look English, which presslib's word lists
  assume), with the source as :func:`presslib.paths.display_path` shows it;
- :func:`data_notes`: sentences a reader should see before trusting the numbers.
"""

from __future__ import annotations

import math

import pandas as pd

from .. import paths
from ..table import need_columns
from ..tokens import stop_words, tokenize

#: Below this share of stop words among its words, a transcript is said not to look English:
#: English speech runs at about half (the bundled transcript 51%); a Spanish one about 3%.
ENGLISH_STOP_SHARE = 0.25


def use_reading_format(*, precision: int = 2) -> None:
    """Show pandas tables with ``precision`` decimals and all their columns (scrolling pages
    show wide tables whole), in this process."""
    pd.set_option("display.precision", precision)
    pd.set_option("display.float_format", lambda x: reading_number(x, precision=precision))
    pd.set_option("display.max_columns", 40)
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.width", 200)


def reading_number(x: float, *, precision: int = 2) -> str:
    """``x`` as a reader wants it in a table: ``precision`` decimals with thousands separated,
    and a number too small for them shown with ``precision`` significant digits rather than
    as zero or in scientific notation.

    >>> [reading_number(x) for x in (4745.0, 0.791, 0.008, 0.000123, 0.0, -2.5, float("nan"))]
    ['4,745.00', '0.79', '0.0080', '0.00012', '0.00', '-2.50', 'NaN']
    """
    if not math.isfinite(x):
        return "NaN" if math.isnan(x) else ("inf" if x > 0 else "-inf")
    if x == 0 or abs(x) >= 10 ** -precision:
        return f"{x:,.{precision}f}"
    digits = precision - 1 - math.floor(math.log10(abs(x)))
    return f"{x:.{digits}f}"


def english_share(texts) -> float:
    """The share of ``texts``' words that are in the shared English stop-word list (NaN for no
    words): about half for English speech, a few per cent for another language.

    >>> round(english_share(["We will do what we can, and that is all."]), 2)  # all but "will"
    0.9
    """
    stops = stop_words()
    words = [tok.lower() for text in texts for _, _, tok, is_word, _ in tokenize(str(text)) if is_word]
    return sum(w in stops for w in words) / len(words) if words else float("nan")


def describe_data(turns: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """One row per transcript: ``doc_id``, ``title``, ``date``, ``principal``, ``convention``,
    ``source`` (relative to the project, or the file name), ``turns``, ``words``,
    ``exchanges`` (Q&A exchanges), ``speakers``, ``english`` (share of English stop words
    among the words; below 0.25 the transcript does not look English)."""
    need_columns(turns, ("doc_id", "speaker", "n_words", "exchange", "text"), what="the turns table")
    rows = []
    info = meta.set_index("doc_id") if "doc_id" in meta else pd.DataFrame()
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        m = info.loc[doc_id] if doc_id in info.index else {}
        ex = doc["exchange"].dropna()
        rows.append({
            "doc_id": doc_id,
            "title": m.get("title", ""),
            "date": m.get("date", ""),
            "principal": m.get("principal", ""),
            "convention": m.get("convention", ""),
            "source": paths.display_path(m["source"]) if m.get("source", "") else "",
            "turns": len(doc),
            "words": int(doc["n_words"].sum()),
            "exchanges": int(ex.max()) if len(ex) else 0,
            "speakers": doc["speaker"].nunique(),
            "english": round(english_share(doc["text"]), 2),
        })
    return pd.DataFrame(rows)


def data_notes(described: pd.DataFrame) -> list[str]:
    """Sentences a reader should see before the numbers: transcripts that do not look English
    (presslib's stop words, stemmer, lexicon, markers and VADER are English), transcripts
    without a Q&A exchange, a corpus (figures pool or label its transcripts).

    >>> data_notes(pd.DataFrame({"doc_id": ["a"], "english": [0.03], "exchanges": [4]}))[0][:40]
    'a does not look English (3% of its words'
    """
    out = []
    if len(described) > 1:
        out.append(f"A corpus of {len(described)} transcripts: tables and figures keep them apart by doc_id "
                   "where they count exchanges, and pool them where they count words.")
    for row in described.itertuples(index=False):
        if row.english == row.english and row.english < ENGLISH_STOP_SHARE:
            out.append(f"{row.doc_id} does not look English ({row.english:.0%} of its words are English stop "
                       "words, against about half in English speech): presslib's stop words, stemmer, topic "
                       "lexicon, marker lists and sentiment lexicon are English, so read word counts, topics, "
                       "markers, key words and sentiment as unreliable here.")
        if not row.exchanges:
            out.append(f"{row.doc_id} has no question-and-answer exchange: the charts of questions and "
                       "answers say so instead of drawing.")
    return out
