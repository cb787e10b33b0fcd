"""Charts of the whole conference from the turns table: what the Axes hold."""

import matplotlib.pyplot as plt
import pytest

from presslib.plots import plot_turn_sequence, plot_words_by_role, plot_words_by_speaker


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_words_by_role_one_bar_per_role_with_its_share(turns):
    ax = plot_words_by_role(turns)
    words = turns.groupby("role")["n_words"].sum()
    assert sorted(p.get_width() for p in ax.patches) == sorted(words.tolist())
    labels = [t.get_text() for t in ax.texts]
    principal = words["principal"]
    assert f"{principal:,} ({principal / words.sum():.0%})" in labels
    assert ax.get_xlabel() == "words spoken" and ax.get_title()


def test_words_by_speaker_most_first_with_a_legend_of_roles(turns):
    ax = plot_words_by_speaker(turns)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names[0] == "Jens Stoltenberg" and len(names) == turns["speaker"].nunique()
    # the legend names the roles in the order their first speaker comes in the bars
    role = turns.groupby("speaker")["role"].first()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == list(dict.fromkeys(role[names]))


def test_turn_sequence_one_bar_per_turn_and_a_line_per_exchange(turns):
    ax = plot_turn_sequence(turns)
    assert len(ax.patches) == len(turns)
    assert [t.get_text() for t in ax.texts] == [str(e) for e in range(1, 13)]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["principal", "moderator", "journalist"]
