"""Answer lengths on hand-made exchanges tables and on the NATO transcript."""

import pandas as pd
import pytest

from presslib.answers import lengths as al
from presslib.answers.exchanges import exchanges_table
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


@pytest.fixture(scope="module")
def nato_exchanges(turns):
    return exchanges_table(turns)


def _ex():
    return pd.DataFrame({
        "doc_id": "d", "exchange": [1, 2, 3], "outlet": ["afp", "dw|npr", "afp"],
        "questions": [2, 1, 1], "question_words": [10, 20, 40], "answer_words": [100, 50, 300],
        "answer_question_ratio": [10.0, 2.5, 7.5], "continuation": [False, False, True],
        "continuation_words": [0, 0, 100],
    })


def test_by_outlet_counts_a_joint_exchange_for_each_outlet():
    out = al.answer_words_by_outlet(_ex())
    assert out.loc["afp", "exchanges"] == 2 and out.loc["afp", "answer_words"] == 400
    assert out.loc["afp", "mean_answer_words"] == 200
    assert out.loc["dw", "answer_words"] == out.loc["npr", "answer_words"] == 50
    assert out.index.tolist()[0] == "afp"


def _source_words(first: int, last: int) -> int:
    """Words (by the word rule) on source lines first..last, read from the file itself."""
    from presslib.text import WORD_RE

    lines = NATO.read_text(encoding="utf-8").split("\n")[first - 1 : last]
    return sum(len(WORD_RE.findall(line)) for line in lines)


def test_opening_statement_against_answers(turns, nato_exchanges):
    s = al.summarise_answer_lengths(turns, nato_exchanges)
    # Read off the source: the opening statement is lines 11-129; the longest answer is
    # exchange 8's, lines 244-251 and 257-259 (after the untaken "Financial Times." call).
    assert s.loc["opening statement", "words"] == _source_words(11, 129)
    assert s.loc["longest answer", "words"] == _source_words(244, 251) + _source_words(257, 259)
    assert s.loc["all answers", "words"] == turns.loc[turns["kind"] == "answer", "n_words"].sum()


def test_extremes_quote_the_first_sentence_of_the_answer(turns, nato_exchanges):
    ext = al.extreme_answers(turns, nato_exchanges, n=1)
    assert ext["which"].tolist() == ["longest", "shortest"]
    longest = ext.iloc[0]
    # Exchange 8 (turns 26 + 28) is the longest; its answer opens at line 244.
    assert longest["exchange"] == 8
    assert longest["first_sentence"] == "Yes it is possible, of course, to secure the future of Ukraine."


def test_cumulative_words_end_at_each_roles_total(turns):
    wide = al.cumulative_words(turns)
    totals = turns.groupby("role")["n_words"].sum()
    for role in totals.index:
        assert wide[role].iloc[-1] == totals[role]
    assert wide[["principal", "journalist"]].diff().fillna(0).ge(0).all().all()


def test_topics_table_is_empty_without_the_topic_columns():
    assert al.answer_words_by_topic(_ex()).empty
