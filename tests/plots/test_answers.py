"""Charts of exchanges, answer lengths and responsiveness: what the Axes hold."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib.answers import lengths as al
from presslib.answers.exchanges import exchanges_table
from presslib.answers.responsiveness import paragraph_overlap
from presslib.plots import answers as pe


@pytest.fixture(scope="module")
def nato_exchanges(turns):
    return exchanges_table(turns)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


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
    doc_id = paras["doc_id"].iloc[0]
    ax = pe.plot_question_paragraph_overlap(paras, exchange=(doc_id, 1), threshold=0.25)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    # Max Delany's three questions (line 135); his turn 4 is the first again, at the principal's
    # request ("The first question was?", line 145), so no row of its own
    assert rows == ["turn 2, question 1", "turn 2, question 2", "turn 2, question 3"]
    # Turn 3 has five paragraphs (lines 138-145), turn 5 two (151-153).
    assert len(ax.get_xticklabels()) == 7
    # exchange 1 of another transcript of a corpus is not this one's
    other = pe.plot_question_paragraph_overlap(paras, exchange=("another", 1))
    assert not other.images
    # an exchange without a question, or none at all, draws a chart that says so (a notebook keeps running)
    empty = pe.plot_question_paragraph_overlap(paras, exchange=(doc_id, 99))
    assert "no question with an answer in exchange 99" in empty.texts[0].get_text() and not empty.images
    none = pe.plot_question_paragraph_overlap(paras, exchange=None)
    assert "no question was asked" in none.texts[0].get_text() and not none.images


def test_plot_overlap_grid_draws_at_most_the_first_paragraphs_and_says_so():
    # one question answered in 30 paragraphs: 16 columns, the first ones, and the title says 30
    paras = pd.DataFrame({"doc_id": "d", "exchange": 1, "turn": 1, "index": 0, "answer_turn": 2,
                          "paragraph": range(30), "overlap": 0.1})
    ax = pe.plot_question_paragraph_overlap(paras, exchange=("d", 1))
    assert [t.get_text() for t in ax.get_xticklabels()] == [f"2·¶{p}" for p in range(1, 17)]
    assert "(the first 16 of 30 paragraphs)" in ax.get_title()
    assert ax.figure.get_size_inches()[0] < 16  # a page can show it
