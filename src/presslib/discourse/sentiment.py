"""Sentiment per sentence and per turn with VADER (Hutto and Gilbert 2014).

VADER scores a sentence from a lexicon of about 7,500 words and emoticons rated by people for
valence (``vader_lexicon.txt``, shipped inside the ``vaderSentiment`` package: nothing is
downloaded), with rules for negation ("not good"), intensifiers ("very"), "but" and capitals.
Each sentence gets ``neg``, ``neu``, ``pos`` (shares of the text, summing to 1) and
``compound``, a normalised sum from -1 (most negative) to +1 (most positive); its authors
read ``compound >= 0.05`` as positive and ``<= -0.05`` as negative.

What it measures: the valence of the words, as social-media users rate them out of context.
What it does not: the speaker's stance or intent. "The war is brutal" is negative whoever
condemns it; "Putin is not preparing for peace" scores on "peace"; irony, diplomacy's
understatement and topic words ("attack", "defence") all move the score. Read the sentences.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ..table import need_columns
from ..text import sentence_spans

SENTENCE_COLUMNS = ("doc_id", "turn", "sentence", "text", "neg", "neu", "pos", "compound", "label")
POSITIVE, NEGATIVE = 0.05, -0.05


@lru_cache(maxsize=1)
def _analyzer():
    return SentimentIntensityAnalyzer()


def polarity_label(compound: float) -> str:
    """``"positive"``, ``"negative"`` or ``"neutral"`` by VADER's own thresholds (±0.05).

    >>> polarity_label(0.3), polarity_label(-0.05), polarity_label(0.0)
    ('positive', 'negative', 'neutral')
    """
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


def sentence_sentiment(turns: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence (the shared sentence rules) with VADER's scores and a label.

    Columns: :data:`SENTENCE_COLUMNS`; ``sentence`` numbers the turn's sentences from 0, as in
    the tokens table; joins back to the turns table on ``(doc_id, turn)``.

    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["This is good. This is terrible."]})
    >>> sentence_sentiment(t)[["text", "label"]].values.tolist()
    [['This is good.', 'positive'], ['This is terrible.', 'negative']]
    """
    need_columns(turns, ("doc_id", "turn", "text"), what="the turns table")
    vader = _analyzer()
    rows = []
    for doc_id, turn, text in zip(turns["doc_id"], turns["turn"], turns["text"]):
        for k, (start, end, _) in enumerate(sentence_spans(text)):
            sentence = " ".join(text[start:end].split())
            s = vader.polarity_scores(sentence)
            rows.append((doc_id, turn, k, sentence, s["neg"], s["neu"], s["pos"], s["compound"],
                         polarity_label(s["compound"])))
    out = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    return out.astype({"turn": "int64", "sentence": "int64", "neg": "float64", "neu": "float64",
                       "pos": "float64", "compound": "float64"})


def turn_sentiment(turns: pd.DataFrame, *, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per turn: the mean ``compound`` of its sentences and how many were positive,
    negative and neutral, with the turn's speaker, role, kind and exchange when the turns
    table has them. A turn without sentences has ``compound`` NaN and zero counts.

    >>> t = pd.DataFrame({"doc_id": ["d", "d"], "turn": [0, 1], "role": ["principal", "journalist"],
    ...                   "text": ["Good. Bad. Tuesday.", ""]})
    >>> turn_sentiment(t)[["turn", "sentences", "positive", "negative", "neutral"]].values.tolist()
    [[0, 3, 1, 1, 1], [1, 0, 0, 0, 0]]
    """
    if sentences is None:
        sentences = sentence_sentiment(turns)
    need_columns(sentences, ("doc_id", "turn", "compound", "label"), what="the sentence table")
    counts = pd.crosstab([sentences["doc_id"], sentences["turn"]], sentences["label"])
    counts = counts.reindex(columns=["positive", "negative", "neutral"], fill_value=0)
    per = sentences.groupby(["doc_id", "turn"]).agg(sentences=("compound", "size"), compound=("compound", "mean"))
    per = per.join(counts).reset_index()
    keep = [c for c in ("doc_id", "turn", "speaker", "role", "kind", "exchange") if c in turns.columns]
    out = turns[keep].merge(per, on=["doc_id", "turn"], how="left")
    for col in ("sentences", "positive", "negative", "neutral"):
        out[col] = out[col].fillna(0).astype("int64")
    return out


def summarise_sentiment(sentences: pd.DataFrame, turns: pd.DataFrame, *, by: str | list[str] = "role") -> pd.DataFrame:
    """Sentences, mean ``compound`` and the shares of positive and negative sentences for each
    value of ``by`` (turns-table columns), counting every sentence once."""
    by = [by] if isinstance(by, str) else list(by)
    need_columns(turns, ("doc_id", "turn", *by), what="the turns table")
    located = sentences.merge(turns[["doc_id", "turn", *by]], on=["doc_id", "turn"], how="inner")
    out = located.groupby(by, sort=False).agg(
        sentences=("compound", "size"), mean_compound=("compound", "mean"),
        share_positive=("label", lambda s: (s == "positive").mean()),
        share_negative=("label", lambda s: (s == "negative").mean()),
    )
    return out.reset_index()
