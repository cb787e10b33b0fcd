"""The exchanges table on the NATO transcript (read off it by hand) and on small hand-made tables."""

import math

import pandas as pd
import pytest

from presslib.answers.exchanges import (
    EXCHANGE_COLUMNS,
    TOPIC_COLUMNS,
    WORDS_PER_MINUTE,
    exchanges_table,
)
from presslib.text import count_words


@pytest.fixture(scope="module")
def nato_exchanges(turns):
    return exchanges_table(turns)


def _by_exchange(table, n):
    return table.set_index("exchange").loc[n]


def test_twelve_exchanges(nato_exchanges):
    assert nato_exchanges["exchange"].tolist() == list(range(1, 13))
    assert tuple(nato_exchanges.columns) == EXCHANGE_COLUMNS


def test_exchange_1_two_question_turns_two_answer_turns_and_three_questions(nato_exchanges):
    # Lines 131-153: Max Delany asks (134-135), Stoltenberg answers (137-145) and ends "The
    # first question was?", Delany asks the first question again "..that..?" (147-148),
    # Stoltenberg answers (150-153). Three questions: the first turn's three; the re-ask the
    # principal requested is the first question again, not a fourth.
    ex1 = _by_exchange(nato_exchanges, 1)
    assert (ex1["question_turns"], ex1["answer_turns"]) == (2, 2)
    assert ex1["questions"] == 3
    assert (ex1["journalist"], ex1["outlet"]) == ("Max Delany", "afp")


def test_exchange_8_answer_words_include_the_continuation(turns, nato_exchanges):
    # Turn 26 answers Florian Neuhann (ZDF); the call "Financial Times." (turn 27) is not taken
    # up and Stoltenberg goes back to the fighter jets (turn 28): both answer exchange 8.
    text = turns.set_index("turn")["text"]
    expected = int(count_words([text[26]])[0] + count_words([text[28]])[0])
    ex8 = _by_exchange(nato_exchanges, 8)
    assert ex8["answer_words"] == expected
    assert ex8["answer_turns"] == 2
    assert ex8["continuation"] and ex8["continuation_words"] == count_words([text[28]])[0]
    assert nato_exchanges["continuation"].sum() == 1


def test_the_opening_statement_is_not_an_answer(turns, nato_exchanges):
    statement = turns[turns["kind"] == "statement"]
    assert statement["exchange"].tolist() == [0]
    assert 0 not in nato_exchanges["exchange"].tolist()
    answers = turns[turns["kind"] == "answer"]
    assert nato_exchanges["answer_words"].sum() == answers["n_words"].sum()
    principal = turns.loc[turns["role"] == "principal", "n_words"].sum()
    assert nato_exchanges["answer_words"].sum() == principal - statement["n_words"].sum()


def test_every_gold_question_turn_is_in_exactly_one_exchange(gold, nato_exchanges):
    asked = gold[gold["kind"].isin(["question", "follow_up"])]
    assert len(asked) == 13
    for turn, exchange in zip(asked["turn"].astype(int), asked["exchange"].astype(int)):
        holding = nato_exchanges[(nato_exchanges["first_turn"] <= turn)
                                 & (nato_exchanges["last_turn"] >= turn)]
        assert holding["exchange"].tolist() == [exchange]
    assert nato_exchanges["question_turns"].sum() == len(asked)


def test_speaking_time_uses_the_documented_rate(nato_exchanges):
    assert WORDS_PER_MINUTE == 150
    ex8 = _by_exchange(nato_exchanges, 8)
    assert ex8["answer_minutes"] == round(ex8["answer_words"] / 150, 2)


def _small():
    return pd.DataFrame({
        "doc_id": "d", "turn": range(6), "label": ["", "M:", "J, AFP:", "P:", "M:", "P:"],
        "line_start": range(6), "speaker": ["P", "M", "J", "P", "M", "P"],
        "kind": ["statement", "call", "question", "answer", "call", "answer"],
        "exchange": pd.array([0, 1, 1, 1, 1, 1], dtype="Int64"),
        "continuation": [False, False, False, False, True, True],
        "outlet": [None, None, "dw|npr", None, None, None],
        "n_words": [100, 2, 8, 40, 1, 20], "n_sentences": [9, 1, 2, 4, 1, 2],
        "text": ["", "", "Why now? And I wonder if it works.", "", "", ""],
    })


def test_small_exchange_counts_by_hand():
    ex = exchanges_table(_small(), wpm=120)
    assert len(ex) == 1
    row = ex.iloc[0]
    assert (row["question_turns"], row["questions"], row["question_words"]) == (1, 2, 8)
    assert (row["answer_turns"], row["answer_words"], row["answer_sentences"]) == (2, 60, 6)
    assert row["answer_question_ratio"] == 7.5 and row["answer_minutes"] == 0.5
    assert row["outlet"] == "dw|npr" and row["continuation_words"] == 20


def test_no_question_words_gives_a_missing_ratio():
    t = _small()
    t.loc[2, "n_words"] = 0
    assert math.isnan(exchanges_table(t).iloc[0]["answer_question_ratio"])


def test_topics_asked_and_answered_from_a_hand_made_hit_table():
    hits = pd.DataFrame({"doc_id": "d", "turn": [0, 2, 2, 3, 5], "hits": [4, 1, 2, 3, 1],
                         "topic": ["ukraine", "china", "ukraine", "ukraine", "spending"]})
    row = exchanges_table(_small(), topics=hits).iloc[0]
    assert row["topics_asked"] == "china|ukraine"
    assert row["topics_answered"] == "spending|ukraine"
    assert row["topics_not_answered"] == "china"
    assert set(TOPIC_COLUMNS) <= set(exchanges_table(_small(), topics=hits).columns)
    assert not set(TOPIC_COLUMNS) & set(exchanges_table(_small()).columns)


def test_input_not_mutated_and_missing_columns_named():
    t = _small()
    before = t.copy()
    exchanges_table(t)
    pd.testing.assert_frame_equal(t, before)
    with pytest.raises(KeyError, match="n_sentences"):
        exchanges_table(t.drop(columns=["n_sentences"]))
    with pytest.raises(KeyError, match="hits"):
        exchanges_table(t, topics=pd.DataFrame({"doc_id": [], "turn": [], "topic": []}))
