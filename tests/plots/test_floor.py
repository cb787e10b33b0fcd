"""Charts of the outlet tables and the order of the floor: what the Axes hold."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib.floor import summarise_floor
from presslib.floor.outlet_tables import count_outlet_topics, summarise_outlets
from presslib.plots.floor import (
    plot_floor_order,
    plot_outlet_groups,
    plot_outlet_topics,
    plot_questions_by_outlet,
)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_plot_questions_by_outlet(turns):
    per = summarise_outlets(turns)
    ax = plot_questions_by_outlet(per)
    assert len(ax.patches) == 13
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Agence France-Presse"  # most questions first (4)
    assert ax.get_xlabel() == "questions asked (count)" and ax.get_title()
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"wire agency", "newspaper", "television", "radio"}


def test_plot_outlet_groups(turns):
    media = summarise_outlets(turns, by="medium", split="fractional")
    ax = plot_outlet_groups(media, by="medium")
    assert [t.get_text() for t in ax.get_yticklabels()] == list(media["medium"])
    assert sorted(p.get_width() for p in ax.patches) == sorted(media["questions"])
    assert "medium" in ax.get_title()


def test_plot_floor_order(turns):
    floor = summarise_floor(turns)
    ax = plot_floor_order(floor)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "1 · Agence France-Presse" and len(labels) == 12
    # two bars (question, answer) per exchange, in stripes for the two-outlet exchange
    assert len(ax.patches) == 2 * 12 + 2
    assert "call not taken up" in [t.get_text() for t in ax.get_legend().get_texts()]
    assert "words" in ax.get_xlabel()


def test_plot_outlet_topics(turns):
    hits = pd.DataFrame({"doc_id": turns["doc_id"][0], "turn": [2, 10], "topic": ["balloons", "balloons"],
                         "hits": [2, 3]})
    ax = plot_outlet_topics(count_outlet_topics(turns, hits))
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Agence France-Presse", "Deutsche Welle", "NPR"]
    assert sorted(t.get_text() for t in ax.texts) == ["2", "3", "3"]


def test_a_heatmap_of_one_outlet_with_long_topic_names_keeps_its_cells(turns, tmp_path):
    # Biden-Albanese (25 Oct 2023): one row and the default lexicon's long topic names left the
    # cells no room ("constrained_layout not applied because axes sizes collapsed to zero")
    import warnings

    from presslib.report import save_figure

    hits = pd.DataFrame({"doc_id": turns["doc_id"][0], "turn": [2, 2, 2], "hits": [1, 2, 3],
                         "topic": ["escalation", "ukraine_future", "earthquake"]})
    table = count_outlet_topics(turns[turns["turn"] == 2], hits)
    long = {t: f"A topic name of some forty characters, {t}" for t in hits["topic"]}
    ax = plot_outlet_topics(table, labels=long)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        save_figure(ax, "02-outlet-topics", folder=tmp_path, vector=None)
