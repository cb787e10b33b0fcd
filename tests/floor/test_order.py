"""The order of the floor on the NATO transcript and on a hand-made conference."""

import pandas as pd

from presslib.floor import summarise_floor


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


def test_floor_on_a_hand_made_conference(mini_turns):
    floor = summarise_floor(mini_turns)
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
