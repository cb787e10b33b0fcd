"""The order of the floor, the findings sentences, the outlet charts and the command line."""

import io

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from presslib import parse_text, paths  # noqa: E402
from presslib.cli import main  # noqa: E402
from presslib.floor import outlet_findings, summarise_floor  # noqa: E402
from presslib.floor.outlet_tables import count_outlet_topics, summarise_outlets  # noqa: E402
from presslib.plots.floor import (  # noqa: E402
    plot_floor_order,
    plot_outlet_groups,
    plot_outlet_topics,
    plot_questions_by_outlet,
)
from tests.test_calls import MINI  # noqa: E402

NATO = paths.DEFAULT_TRANSCRIPT


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_nato_twelve_exchanges_in_order(turns):
    floor = summarise_floor(turns)
    assert list(floor["exchange"]) == list(range(1, 13))
    assert floor["asker"].nunique() == 12
    assert floor.loc[floor["exchange"].eq(3), "name"].item() == "Deutsche Welle/NPR"
    assert floor.loc[floor["exchange"].eq(3), "medium"].item() == "television|radio"
    # every word of the Q&A is in exactly one exchange, and exchanges follow one another
    qa = turns[turns["exchange"].fillna(0).ge(1)]
    assert floor["words"].sum() == qa["n_words"].sum()
    assert (floor["call_words"] + floor["question_words"] + floor["answer_words"] == floor["words"]).all()
    assert (floor["start"].iloc[1:].to_numpy() == (floor["start"] + floor["words"]).iloc[:-1].to_numpy()).all()
    # the "Financial Times." call not taken up falls inside exchange 8 (ZDF), not 9
    missed = floor.dropna(subset=["missed_call_at"])
    assert list(missed["exchange"]) == [8]
    assert floor.set_index("exchange")["call_result"][[4, 6, 11]].eq("named no outlet").all()


def test_floor_on_a_hand_made_conference():
    floor = summarise_floor(parse_text(MINI, doc_id="mini").turns)
    assert list(floor["exchange"]) == [1, 2, 3]
    assert floor["outlet"].tolist() == ["Daily Planet", "ap", "guardian"]
    assert floor["name"].tolist() == ["Daily Planet", "Associated Press", "The Guardian"]
    assert pd.isna(floor["medium"][0])
    # exchange 2: call "Reuters." (1 word), "Is it a plane?" (4), "No." (1), the missed call
    # "The Guardian." (2, a call) and "And it is not a balloon either." (7, an answer)
    row = floor.iloc[1]
    assert (row["call_words"], row["question_words"], row["answer_words"]) == (3, 4, 8)
    assert row["start"] == 3 + 4 + 1  # "Daily Planet first." + "Is it a bird?" + "No."
    assert row["missed_call_at"] == row["start"] + 1 + 4 + 1


def test_findings_state_the_nato_facts(turns):
    text = " ".join(outlet_findings(turns))
    assert "12 journalists from 13 outlets asked in 12 exchanges" in text
    assert "named the asking outlet in 9 of 12 exchanges" in text
    assert "no outlet in 3" in text and "1 call(s) were not taken up" in text
    assert "Agence France-Presse, Reuters and Deutsche Welle/NPR" in text


def test_plot_questions_by_outlet(turns):
    per = summarise_outlets(turns)
    ax = plot_questions_by_outlet(per)
    assert len(ax.patches) == 13
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Agence France-Presse"  # most questions first (4)
    assert ax.get_xlabel() == "separate questions asked (count)" and ax.get_title()
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


def test_command_line(tmp_path, capsys):
    assert main(["outlets", str(NATO)]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))  # CSV on standard output
    assert out["outlet"].iloc[0] == "afp" and "Deutsche Welle" in set(out["name"])
    # separate questions come from the questions table: AP's indirect "I wonder if ..." counts
    assert out.set_index("outlet").loc["ap", "questions"] == 1
    dest = tmp_path / "media.csv"
    assert main(["outlets", str(NATO), "--by", "medium", "-o", str(dest)]) == 0
    table = pd.read_csv(dest)
    assert sorted(table["medium"]) == ["newspaper", "radio", "television", "wire agency"]
    assert main(["outlets", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
