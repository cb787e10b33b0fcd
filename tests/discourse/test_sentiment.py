"""VADER sentiment per sentence and turn, on the shared sentence rules."""

import pandas as pd
import pytest

from presslib.discourse.sentiment import (
    sentence_sentiment,
    summarise_sentiment,
    turn_sentiment,
)


@pytest.fixture(scope="module")
def small():
    return pd.DataFrame({
        "doc_id": ["d", "d", "d"], "turn": [0, 1, 2], "role": ["principal", "journalist", "moderator"],
        "text": ["This is a great success. The war is terrible.\n\nThe meeting is on Tuesday.",
                 "Is it not good?", ""],
    })


def test_sentences_follow_the_shared_rules_and_get_labels(small):
    s = sentence_sentiment(small)
    assert s[["turn", "sentence"]].values.tolist() == [[0, 0], [0, 1], [0, 2], [1, 0]]
    assert s["label"].tolist()[:3] == ["positive", "negative", "neutral"]
    # VADER's negation rule: "not good" is negative
    assert s["compound"].iloc[3] < 0
    assert ((s[["neg", "neu", "pos"]].sum(axis=1) - 1).abs() < 0.01).all()


def test_turn_scores_are_means_of_sentence_scores(small):
    s = sentence_sentiment(small)
    t = turn_sentiment(small, sentences=s).set_index("turn")
    assert t.loc[0, "compound"] == pytest.approx(s.loc[s["turn"] == 0, "compound"].mean())
    assert t.loc[0, ["sentences", "positive", "negative", "neutral"]].tolist() == [3, 1, 1, 1]
    assert t.loc[2, "sentences"] == 0 and pd.isna(t.loc[2, "compound"])  # an empty turn
    assert t.loc[1, "role"] == "journalist"


def test_summary_by_role(small):
    s = sentence_sentiment(small)
    out = summarise_sentiment(s, small, by="role").set_index("role")
    assert out.loc["principal", "sentences"] == 3
    assert out.loc["principal", "share_positive"] == pytest.approx(1 / 3)


def test_one_row_per_sentence_of_the_nato_turns(turns):
    s = sentence_sentiment(turns)
    assert len(s) == int(turns["n_sentences"].sum())
    assert s["compound"].between(-1, 1).all()


def test_lexicon_ships_in_the_package():
    from pathlib import Path

    import vaderSentiment

    assert (Path(vaderSentiment.__file__).parent / "vader_lexicon.txt").stat().st_size > 100_000
