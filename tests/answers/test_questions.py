"""The questions table counts question units: hand-made turns whose questions can be counted by
reading, the NATO transcript against the hand-checked units table, and the worked exchange."""

from pathlib import Path

import pandas as pd
import pytest

from presslib.answers import QUESTION_COLUMNS, exchange_rows, exchanges_table, questions_table, worked_exchange
from presslib.design.units import question_units
from presslib.errors import PresslibError

GOLD_UNITS = Path(__file__).parents[1] / "data" / "design" / "nato_2023-02-13_question_units.csv"


def _turns(*texts, kinds=None):
    """A hand-made exchange: one turn per text (all questions unless ``kinds`` says otherwise),
    each turn's label on line 10, 20, ..., its text from the line after."""
    n = len(texts)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(n), "kind": kinds or ["question"] * n, "exchange": [1] * n,
        "label": ["Ann Lee, AFP:"] * n, "line_start": [10 * (i + 1) for i in range(n)],
        "text": list(texts), "speaker": ["Ann Lee"] * n, "affiliation": ["AFP"] * n,
        "outlet": ["afp"] * n, "continuation": [False] * n,
    })


def test_one_row_per_question_unit_with_its_variants_and_parts():
    # Read: thanks and a name (no question); context; a question reformulated once (one
    # question, one variant); a new question opening with "And". Two questions.
    text = ("Thank you. Ann Lee, AFP. The summit is next week. What do you think of this? "
            "Do you think it is realistic? And is it late?")
    q = questions_table(_turns(text))
    assert q["text"].tolist() == ["What do you think of this?", "And is it late?"]
    assert q["variants"].tolist() == ["Do you think it is realistic?", ""]
    assert q["context"].tolist() == ["The summit is next week.", ""]
    assert q["index"].tolist() == [0, 1] and q["unit"].tolist() == [1, 2]
    # words of the question and its variants: 6 + 6, then 4
    assert q["n_words"].tolist() == [12, 4]


def test_two_questions_joined_in_one_sentence_count_twice():
    q = questions_table(_turns("How has that changed NATO, and is this a job that you want to keep doing?"))
    assert len(q) == 2
    assert q["text"].str[:12].tolist() == ["How has that", "and is this "]


def test_a_requested_re_ask_is_not_counted_again_but_a_follow_up_is():
    texts = ["Is the offensive starting? And will the tanks come?",
             "The tanks will come. The first question was?",
             "Is the offensive starting now?",
             "It has started.",
             "Are the talks over?"]
    kinds = ["question", "answer", "follow_up", "answer", "follow_up"]
    t = _turns(*texts, kinds=kinds)
    q = questions_table(t)
    # three questions: two in the first turn, the re-ask repeats the first, the last is new
    assert q["text"].tolist() == ["Is the offensive starting?", "And will the tanks come?", "Are the talks over?"]
    assert q["source"].tolist() == ["question", "question", "follow_up"]
    assert "re_ask" in question_units(t)["source"].tolist()


def test_source_line_counts_label_and_line_breaks():
    q = questions_table(_turns("Thanks.\n\nFirst point. Why?\nAnd how?"))  # label on line 10
    assert q["line"].tolist() == [13, 14]


def test_missing_columns_are_named():
    with pytest.raises(PresslibError, match="line_start"):
        questions_table(_turns("Why?").drop(columns=["line_start"]))


def test_input_is_not_mutated_and_columns_are_the_contract():
    t = _turns("Thanks. Why?")
    before = t.copy()
    q = questions_table(t)
    pd.testing.assert_frame_equal(t, before)
    assert tuple(q.columns) == QUESTION_COLUMNS


def test_the_exchanges_table_counts_the_same_questions():
    t = _turns("Why now? Do you think it works? And is it late?", "Yes.", kinds=["question", "answer"])
    t = t.assign(n_words=[10, 1], n_sentences=[3, 1])
    assert exchanges_table(t)["questions"].tolist() == [2]


# --------------------------------------------------------------------------- the NATO transcript


@pytest.fixture(scope="module")
def gold_asked():
    gold = pd.read_csv(GOLD_UNITS, dtype=str, keep_default_na=False)
    return gold[gold["source"].isin(["question", "follow_up"])]


def test_nato_questions_are_the_gold_units_asked_for_the_first_time(turns, gold_asked):
    q = questions_table(turns)
    assert len(q) == 26  # 28 units in the gold table, less one requested re-ask and one interjection
    assert q["turn"].tolist() == gold_asked["turn"].astype(int).tolist()
    assert q["line"].tolist() == gold_asked["line"].astype(int).tolist()
    assert [" ".join(s.split()).strip(" ,;:") for s in q["text"]] == gold_asked["question"].tolist()


def test_nato_questions_per_exchange_and_journalist_read_from_the_gold(turns, gold_asked):
    q = questions_table(turns)
    ex = exchanges_table(turns, questions=q)
    gold_per_exchange = gold_asked.groupby(gold_asked["exchange"].astype(int)).size()
    assert ex.set_index("exchange")["questions"].to_dict() == gold_per_exchange.to_dict()
    # Max Delany (AFP, exchange 1) asks three questions in one turn, lines 134-135
    assert (q["speaker"] == "Max Delany").sum() == 3


def test_nato_every_question_is_its_turns_text(turns):
    q = questions_table(turns)
    text = turns.set_index("turn")["text"]
    for row in q.itertuples():
        assert text[row.turn][row.start:row.end] == row.text


# --------------------------------------------------------------------------- the worked exchange


def test_worked_exchange_is_the_first_with_most_questions_or_the_one_asked_for():
    q = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "b"], "exchange": [1, 2, 1, 1, 3]})
    assert worked_exchange(q) == ("b", 1)
    assert worked_exchange(q, exchange=2) == ("a", 2)
    assert worked_exchange(q.iloc[:0]) is None


def test_worked_exchange_without_questions_is_a_clear_error():
    q = pd.DataFrame({"doc_id": ["a", "a"], "exchange": [1, 3]})
    with pytest.raises(PresslibError, match="no question was asked in exchange 2; exchanges with questions: 1, 3"):
        worked_exchange(q, exchange=2)


def test_the_worked_exchange_s_rows_of_any_table_in_one_transcript():
    # two transcripts each with an exchange 1: only the one named comes back
    t = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "exchange": [1, 2, 1, 1], "turn": [1, 5, 1, 2]})
    assert exchange_rows(t, ("b", 1))["turn"].tolist() == [1, 2]
    assert exchange_rows(t, ("a", 3)).empty
    none = exchange_rows(t, worked_exchange(t.iloc[:0]))  # no question asked: no example
    assert none.empty and list(none.columns) == list(t.columns)
    with pytest.raises(TypeError, match=r"exchange=1: expected \(doc_id, exchange\)"):
        exchange_rows(t, 1)  # which transcript's exchange 1?


def test_turns_that_ask_nothing_hold_no_question():
    # Read: a laugh, a minimal "Yes?", "Anyway, all right." ask nothing; "Why not?" asks
    q = questions_table(_turns("(Laughter.)", "Yes?", "Anyway, all right.", "Why not?"))
    assert q["text"].tolist() == ["Why not?"]
