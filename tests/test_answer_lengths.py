"""Answer-length statistics and their charts: hand-made tables and the NATO transcript."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from presslib.answers import lengths as al  # noqa: E402
from presslib.plots import answers as pe  # noqa: E402
from presslib.answers.exchanges import exchanges_table  # noqa: E402
from presslib.answers.responsiveness import paragraph_overlap  # noqa: E402

from .conftest import NATO  # noqa: E402


@pytest.fixture(scope="module")
def nato_exchanges(turns):
    return exchanges_table(turns)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


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


def test_findings_are_sentences_with_the_tables_numbers(turns, nato_exchanges):
    text = " ".join(al.answer_length_findings(turns, nato_exchanges))
    assert "12 answers" in text or "12 exchanges" in text  # twelve exchanges in the transcript
    assert f"{_source_words(11, 129):,} words" in text  # the opening statement, lines 11-129


def test_topics_table_is_empty_without_the_topic_layer():
    assert al.answer_words_by_topic(_ex()).empty


# --------------------------------------------------------------------------- charts


def test_plot_answer_words_has_one_bar_per_exchange_and_outlet_labels(nato_exchanges):
    ax = pe.plot_answer_words(al.add_outlet_names(nato_exchanges))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "1 · AFP" and labels[7] == "8 · ZDF" and len(labels) == 12
    widths = [p.get_width() for p in ax.patches]
    # Solid parts then hatched continuations: they add up to each exchange's answer words.
    assert [a + b for a, b in zip(widths[:12], widths[12:24])] == nato_exchanges["answer_words"].tolist()
    assert ax.get_title() and ax.get_xlabel()


def test_plot_question_vs_answer_places_each_exchange(nato_exchanges):
    ax = pe.plot_question_vs_answer(al.add_outlet_names(nato_exchanges))
    points = ax.collections[0].get_offsets()
    assert points.tolist() == nato_exchanges[["question_words", "answer_words"]].values.tolist()
    assert len([t for t in ax.texts if "·" in t.get_text()]) == 12


def test_charts_of_exchanges_ask_for_outlet_names_rather_than_read_the_registry(nato_exchanges):
    with pytest.raises(KeyError, match="outlet_name"):
        pe.plot_answer_words(nato_exchanges)
    named = al.add_outlet_names(nato_exchanges)
    assert named["medium"].tolist()[:3] == ["wire agency", "wire agency", "television"]  # AFP, Reuters, DW/NPR
    assert named.drop(columns=["outlet_name", "medium"]).equals(nato_exchanges)


def test_plot_distribution_and_cumulative_have_labels(turns, nato_exchanges):
    ax = pe.plot_answer_length_distribution(turns, nato_exchanges)
    assert sum(p.get_height() for p in ax.patches) == 12
    assert "words" in ax.get_xlabel()
    ax = pe.plot_cumulative_words(turns)
    assert {line.get_label() for line in ax.get_lines()} >= {"principal", "journalist"}


def test_plot_overlap_grid_for_exchange_1(turns):
    paras = paragraph_overlap(turns)
    ax = pe.plot_question_paragraph_overlap(paras, exchange=1, threshold=0.25)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    assert rows == ["turn 2, question 1", "turn 2, question 2", "turn 2, question 3", "turn 4, question 1"]
    # Turn 3 has five paragraphs (lines 138-145), turn 5 two (151-153).
    assert len(ax.get_xticklabels()) == 7
    with pytest.raises(ValueError):
        pe.plot_question_paragraph_overlap(paras, exchange=99)

