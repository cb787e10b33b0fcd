"""Per-outlet tables: NATO facts, both sources of question counts, both weightings, properties."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib import PresslibError, parse_text
from presslib.floor.outlet_tables import (
    NO_OUTLET,
    count_outlet_topics,
    count_questions_per_turn,
    explode_outlets,
    summarise_outlets,
    top_outlet,
)
from presslib.outlets import read_registry

# Read off the transcript's labels: outlet id -> (journalist, exchange of the question).
NATO_ASKERS = {
    "afp": ("Max Delany", 1), "reuters": ("Sabine Siebold", 2), "dw": ("Teri Schultz", 3),
    "npr": ("Teri Schultz", 3), "ukrinform": ("Dmytro Shkurko", 4), "faz": ("Thomas Gutschker", 5),
    "ntv-tr": ("Sonumut Güldener", 6), "ap": ("Lorne Cook", 7), "zdf": ("Florian Neuhann", 8),
    "ft": ("Henry Foy", 9), "belsat": ("Siarhei Pelesa", 10), "vg": ("Alf Bjarne Johnsen", 11),
    "ansa": ("Mattia Bagnoli", 12),
}


def journalist_turns(rows):
    """A turns table of journalist turns only: rows of (outlet, kind, n_words, n_questions)."""
    return pd.DataFrame(
        [
            {"doc_id": "d", "turn": i, "speaker": f"J{i}", "role": "journalist", "outlet": o,
             "kind": k, "exchange": i + 1, "n_words": w, "n_questions": q}
            for i, (o, k, w, q) in enumerate(rows)
        ]
    )


TWO = journalist_turns([("afp", "question", 40, 3), ("dw|npr", "question", 30, 2)])


# --------------------------------------------------------------------------- the NATO transcript


def test_nato_thirteen_outlets_twelve_journalists(turns):
    per = summarise_outlets(turns)
    assert len(per) == 13
    assert list(per["outlet"]) == list(NATO_ASKERS)  # the order of the floor
    assert {"dw", "npr"} <= set(per["outlet"])  # Deutsche Welle and NPR counted apart
    assert explode_outlets(turns)["speaker"].nunique() == 12
    assert per.set_index("outlet")["journalists"].to_dict() == {k: v[0] for k, v in NATO_ASKERS.items()}
    assert per.set_index("outlet")["first_exchange"].to_dict() == {k: v[1] for k, v in NATO_ASKERS.items()}


def test_nato_afp_one_question_one_follow_up(turns):
    per = summarise_outlets(turns).set_index("outlet")
    assert (per.loc["afp", "question_turns"], per.loc["afp", "follow_ups"]) == (1, 1)
    assert per.loc["afp", "exchanges"] == "1"
    others = per.drop(index="afp")
    assert (others["question_turns"] == 1).all() and (others["follow_ups"] == 0).all()


def test_nato_questions_by_question_marks(turns):
    per = summarise_outlets(turns).set_index("outlet")
    assert per.attrs["questions_from"] == "question marks"
    # hand count, lines 135 and 148: three question marks, then "that..?"
    assert per.loc["afp", "questions"] == 4
    # line 228: "I wonder if you have any thoughts ... in Vilnius." has no question mark
    assert per.loc["ap", "questions"] == 0


def test_nato_roll_ups_follow_the_registry(turns):
    media = summarise_outlets(turns, by="medium").set_index("medium")
    # wire: AFP, Reuters, Ukrinform, AP, ANSA; TV: DW, NTV, ZDF, Belsat; papers: FAZ, FT, VG
    assert media["outlets"].to_dict() == {"wire agency": 5, "television": 4, "newspaper": 3, "radio": 1}
    countries = summarise_outlets(turns, by="country").set_index("country")
    assert countries.loc["Germany", "outlets"] == 3  # DW, FAZ, ZDF
    public = summarise_outlets(turns, by="public_service").set_index("public_service")
    assert set(public.index) == {"public service", "private"}
    assert public["outlets"].sum() == 13
    # the per-outlet facts are the registry's, with their source
    per = summarise_outlets(turns).set_index("outlet")
    reg = read_registry().set_index("id")
    for col in ("country", "medium", "source"):
        assert per[col].to_dict() == reg.loc[per.index, col].to_dict()


def test_nato_fractional_totals_are_the_conference_totals(turns):
    asked = turns[turns["role"].eq("journalist")]
    for by in ("outlet", "country", "medium", "public_service"):
        table = summarise_outlets(turns, by=by, split="fractional")
        assert table["words"].sum() == pytest.approx(asked["n_words"].sum())
        assert table["questions"].sum() == pytest.approx(asked["n_questions"].sum())
        assert table["question_turns"].sum() == pytest.approx((asked["kind"] == "question").sum())


# --------------------------------------------------------------------------- hand-made tables


def test_two_outlet_label_full_and_fractional():
    full = summarise_outlets(TWO).set_index("outlet")
    assert full.loc[["dw", "npr"], "question_turns"].tolist() == [1, 1]
    assert full.loc[["dw", "npr"], "words"].tolist() == [30, 30]
    assert full["words"].sum() == 100  # 40 + 30 counted twice
    frac = summarise_outlets(TWO, split="fractional").set_index("outlet")
    assert frac.loc[["dw", "npr"], "question_turns"].tolist() == [0.5, 0.5]
    assert frac.loc[["dw", "npr"], "questions"].tolist() == [1.0, 1.0]
    assert frac["words"].sum() == 70
    countries = summarise_outlets(TWO, by="country", split="fractional").set_index("country")
    assert countries["words"].to_dict() == {"France": 40, "Germany": 15, "United States": 15}
    assert summarise_outlets(TWO).attrs["split"] == "full"


def test_questions_from_the_questions_table_when_given():
    # the questions table found two questions (units) in turn 0 and three in turn 1;
    # a row on a turn that is not a journalist's (turn 9) is not counted
    questions = pd.DataFrame({"doc_id": "d", "exchange": [1, 1, 2, 2, 2, 9], "turn": [0, 0, 1, 1, 1, 9]})
    per = summarise_outlets(TWO, questions=questions).set_index("outlet")
    assert per.attrs["questions_from"] == "questions table"
    assert per["questions"].to_dict() == {"afp": 2, "dw": 3, "npr": 3}
    fallback = summarise_outlets(TWO).set_index("outlet")
    assert fallback.attrs["questions_from"] == "question marks"
    assert fallback["questions"].to_dict() == {"afp": 3, "dw": 2, "npr": 2}
    # a turn the questions table does not list asked no question
    none = summarise_outlets(TWO, questions=questions[questions["turn"] == 0]).set_index("outlet")
    assert none["questions"].to_dict() == {"afp": 2, "dw": 0, "npr": 0}
    with pytest.raises(PresslibError, match=r"questions table lacks columns \['turn'\]"):
        summarise_outlets(TWO, questions=questions.drop(columns="turn"))


def test_questions_per_turn_counted_by_hand():
    # two questions in turn 0, three in turn 1, one in turn 9; rows come in any order
    questions = pd.DataFrame({"doc_id": "d", "turn": [1, 0, 9, 1, 0, 1]})
    per = count_questions_per_turn(questions)
    assert per.name == "questions"
    assert per.to_dict() == {("d", 0): 2, ("d", 1): 3, ("d", 9): 1}
    assert count_questions_per_turn(questions.iloc[:0]).empty
    with pytest.raises(PresslibError, match=r"questions table lacks columns \['turn'\]"):
        count_questions_per_turn(questions.drop(columns="turn"))


def test_nato_questions_per_turn_agree_with_the_hand_checked_units(turns):
    # the hand-checked units table (tests/data/design): the questions asked, counted by turn
    from pathlib import Path

    from presslib.answers import questions_table

    gold = pd.read_csv(Path(__file__).parents[1] / "data" / "design" / "nato_2023-02-13_question_units.csv")
    asked = gold[gold["source"].isin(["question", "follow_up"])]
    want = asked.groupby("turn").size()
    got = count_questions_per_turn(questions_table(turns)).droplevel("doc_id")
    assert got.to_dict() == want.to_dict()


def test_top_outlet_by_hand():
    # AFP asked 3 questions, DW and NPR 2 each (one shared turn); by words AFP 40, both 30.
    per = summarise_outlets(TWO)
    assert top_outlet(per) == "Agence France-Presse" and top_outlet(per, by="words") == "Agence France-Presse"
    # Without AFP, DW and NPR tie: the first in the order of the floor (the table's) wins.
    assert top_outlet(per[per["outlet"] != "afp"]) == "Deutsche Welle"
    assert top_outlet(per.iloc[:0]) is None and top_outlet(per.iloc[:0], default="no outlet") == "no outlet"
    with pytest.raises(PresslibError, match="name"):
        top_outlet(per.drop(columns="name"))


def test_unknown_outlet_kept_as_printed_and_missing_outlet_kept():
    t = journalist_turns([("Daily Planet", "question", 10, 1), (None, "question", 5, 1),
                          ("reuters|Daily Planet", "question", 8, 1)])
    per = summarise_outlets(t).set_index("outlet")
    assert list(per.index) == ["Daily Planet", NO_OUTLET, "reuters"]
    assert per.loc["Daily Planet", "name"] == "Daily Planet"
    assert pd.isna(per.loc["Daily Planet", "country"])
    assert per.loc["Daily Planet", "words"] == 18
    media = summarise_outlets(t, by="medium").set_index("medium")
    assert media.loc["unknown", "outlets"] == 2


def test_unknown_outlet_from_a_parsed_label():
    text = ("Secretary General Ann Smith:\nHello.\n\nJane Doe, Spokesperson:\nThe Planet.\n\n"
            "Clark Kent, The Daily Planet:\nWhy? Why not?\n\nSecretary General Ann Smith:\nBecause.\n")
    per = summarise_outlets(parse_text(text).turns)
    assert per[["outlet", "question_turns", "questions"]].values.tolist() == [["The Daily Planet", 1, 2]]


def test_label_naming_a_press_agency_is_a_journalist():
    text = ("Secretary General Ann Smith:\nHello.\n\nJane Doe, Spokesperson:\nAP.\n\n"
            "Lois Lane, Associated Press:\nWhy?\n\nSecretary General Ann Smith:\nBecause.\n")
    per = summarise_outlets(parse_text(text).turns)
    assert per["outlet"].tolist() == ["ap"]


def test_checks_options_and_columns_and_does_not_mutate():
    before = TWO.copy()
    summarise_outlets(TWO, split="fractional", by="medium")
    pd.testing.assert_frame_equal(TWO, before)
    with pytest.raises(PresslibError, match="split='half'"):
        summarise_outlets(TWO, split="half")
    with pytest.raises(PresslibError, match="by='city'"):
        summarise_outlets(TWO, by="city")
    with pytest.raises(PresslibError, match=r"\['n_words'\]"):
        summarise_outlets(TWO.drop(columns="n_words"))


def test_outlet_topics_on_a_hand_made_hit_table():
    hits = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 1, 5], "topic": ["ukraine", "ukraine", "space", "space"],
                         "hits": [2, 1, 4, 7]})  # turn 5 is no journalist's turn
    full = count_outlet_topics(TWO, hits)
    assert full[["outlet", "topic", "hits", "turns"]].values.tolist() == [
        ["afp", "ukraine", 2, 1], ["dw", "space", 4, 1], ["dw", "ukraine", 1, 1],
        ["npr", "space", 4, 1], ["npr", "ukraine", 1, 1]]
    frac = count_outlet_topics(TWO, hits, split="fractional")
    assert frac.groupby("topic")["hits"].sum().to_dict() == {"space": 4.0, "ukraine": 3.0}
    assert frac.loc[frac["outlet"].eq("dw"), "turns"].tolist() == [0.5, 0.5]
    with pytest.raises(PresslibError, match=r"\['hits'\]"):
        count_outlet_topics(TWO, hits.drop(columns="hits"))


# --------------------------------------------------------------------------- properties

LABELS = ["afp", "dw|npr", "reuters|ap|ft", None, "Daily Planet", "zdf"]
turn_rows = st.lists(
    st.tuples(st.sampled_from(LABELS), st.sampled_from(["question", "follow_up"]),
              st.integers(0, 300), st.integers(0, 5)),
    min_size=1, max_size=12,
)


@settings(max_examples=40, deadline=None)
@given(turn_rows)
def test_weightings_hold_for_any_table(rows):
    t = journalist_turns(rows)
    frac = summarise_outlets(t, split="fractional")
    assert frac["words"].sum() == pytest.approx(t["n_words"].sum())
    assert frac["questions"].sum() == pytest.approx(t["n_questions"].sum())
    assert (frac["question_turns"] + frac["follow_ups"]).sum() == pytest.approx(len(t))
    full = summarise_outlets(t).set_index("outlet")
    for outlet, row in full.iterrows():
        mine = t["outlet"].fillna(NO_OUTLET).str.split("|").apply(lambda parts: outlet in parts)
        assert row["words"] == t.loc[mine, "n_words"].sum()
        assert row["question_turns"] + row["follow_ups"] == mine.sum()
    for by in ("country", "medium", "public_service"):
        assert summarise_outlets(t, by=by, split="fractional")["words"].sum() == pytest.approx(t["n_words"].sum())
