"""Charts of marker rates, key words and sentiment: what the Axes hold."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib.plots import plot_keyness, plot_marker_rates, plot_sentiment
from presslib.plots.style import ROLE_COLORS


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_marker_rates_one_bar_per_category_and_role_in_the_role_s_colour():
    rates = pd.DataFrame({
        "role": ["principal", "principal", "journalist", "journalist"],
        "group": ["stance", "person", "stance", "person"],
        "category": ["hedge", "we", "hedge", "we"],
        "per_1000": [4.0, 40.0, 10.0, 5.0],
    })
    ax = plot_marker_rates(rates, by="role")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["hedge (stance)", "we (person)"]
    assert sorted(p.get_width() for p in ax.patches) == [4.0, 5.0, 10.0, 40.0]
    assert {tuple(p.get_facecolor()) for p in ax.patches} == {
        plt.matplotlib.colors.to_rgba(ROLE_COLORS[r]) for r in ("principal", "journalist")}


def test_keyness_bars_are_sorted_by_log_ratio_and_mark_words_below_significance():
    table = pd.DataFrame({
        "word": ["we", "allies", "you", "rare"],
        "ll": [30.0, 8.0, 12.0, 1.0],
        "log_ratio": [1.5, 2.0, -1.2, 3.0],
        "direction": ["target", "target", "reference", "target"],
        "freq_target": [90, 20, 5, 2],
        "freq_reference": [10, 1, 30, 0],
    })
    ax = plot_keyness(table, target="answers", reference="questions")
    # the bars show Log Ratio, so they are sorted by it; "rare" (LL 1.0) is shown, but pale and "n.s."
    assert [t.get_text() for t in ax.get_yticklabels()] == ["rare", "allies", "we", "you"]
    assert [p.get_width() for p in ax.patches] == [3.0, 2.0, 1.5, -1.2]
    assert [t.get_text() for t in ax.texts] == ["2/0 n.s.", "20/1", "90/10", "5/30"]
    assert [p.get_alpha() for p in ax.patches] == [0.35, 1.0, 1.0, 1.0]
    assert "n.s.: LL < 3.84" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_keyness_hatches_unreliable_words_and_says_when_none_is_significant():
    table = pd.DataFrame({"word": ["a", "b"], "ll": [2.0, 1.0], "log_ratio": [1.0, -0.5],
                          "direction": ["target", "reference"], "freq_target": [3, 1],
                          "freq_reference": [1, 2], "reliable": [False, True]})
    ax = plot_keyness(table)
    assert [p.get_hatch() for p in ax.patches] == ["///", None]
    assert "no word reaches LL 3.84" in ax.get_title()
    empty = plot_keyness(table.iloc[:0])
    assert "no word" in empty.texts[0].get_text() and not empty.patches


def test_sentiment_one_dot_per_turn_with_sentences():
    scores = pd.DataFrame({"turn": [0, 1, 2], "role": ["principal", "journalist", "moderator"],
                           "compound": [0.5, -0.2, 0.0], "sentences": [3, 1, 0]})
    ax = plot_sentiment(scores)
    dots = [c.get_offsets().tolist() for c in ax.collections]
    assert dots == [[[0.0, 0.5]], [[1.0, -0.2]]]  # the turn without sentences is left out
