"""Topic charts: what the Axes hold, not pixels."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib.plots.topics import plot_topic_heatmap, plot_topics_by_side, plot_wordcloud, plot_wordclouds


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_heatmap_labels_topics_and_groups_and_writes_the_nonzero_counts():
    matrix = pd.DataFrame([[3, 0], [0, 7]], index=["cyber", "tanks"], columns=[0, 1])
    ax = plot_topic_heatmap(
        matrix, labels={"cyber": "Cyber attacks"}, column_labels={0: "0 opening", 1: "1 AFP"}
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Cyber attacks", "tanks"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0 opening", "1 AFP"]
    assert sorted(t.get_text() for t in ax.texts) == ["3", "7"]
    assert ax.get_title() and ax.get_xlabel()


def test_side_bars_show_each_side_per_topic_largest_first():
    counts = pd.DataFrame(
        {
            "side": ["statement", "question", "answer", "answer"],
            "topic": ["cyber", "cyber", "cyber", "tanks"],
            "per_1000": [2.0, 5.0, 1.0, 9.0],
        }
    )
    ax = plot_topics_by_side(counts, labels={"tanks": "Tanks"})
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Tanks", "cyber"]
    assert len(ax.patches) == 6  # 2 topics x 3 sides
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "opening statement",
        "journalists' questions",
        "principal's answers",
    ]
    assert "1,000 words" in ax.get_xlabel()


def test_wordcloud_draws_an_image_and_the_same_one_twice():
    freqs = {"ammunition": 9, "balloons": 4, "tanks": 2}
    a = plot_wordcloud(freqs, title="Q").images[0].get_array()
    b = plot_wordcloud(freqs, title="Q").images[0].get_array()
    assert (a == b).all()
    assert plot_wordcloud({}, title="none").texts[0].get_text() == "no words"


def test_wordclouds_one_figure_per_side_titled_in_order():
    clouds = plot_wordclouds({"statement": {"ammunition": 2}, "question": {}, "answer": {"tanks": 1}})
    assert list(clouds) == ["statement", "question", "answer"]
    assert [ax.get_title() for ax in clouds.values()] == [
        "Opening statement", "Journalists' questions", "Principal's answers"]
    assert len({id(ax.figure) for ax in clouds.values()}) == 3
    assert clouds["statement"].images and not clouds["question"].images
    assert clouds["question"].texts[0].get_text() == "no words"
