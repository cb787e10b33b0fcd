"""Non-answer phrases: the shipped list, hits counted by hand, the NATO answers."""

import pytest

from presslib.answers.non_answers import count_non_answers, non_answer_hits, read_non_answers
from presslib.errors import PresslibError

from ..conftest import exchange_turns


def test_phrase_list_has_sources_and_compiles():
    table = read_non_answers()
    assert len(table) >= 10
    assert table["source"].str.len().gt(0).all()
    assert table["id"].is_unique


def test_non_answer_hits_by_hand():
    t = exchange_turns("Will you?", "I’m not speculating. I have nothing more to say. As I said, no.")
    hits = non_answer_hits(t)
    assert hits["id"].tolist() == ["not_speculating", "nothing_more_to_say", "as_i_said"]
    assert hits["start"].tolist() == [0, 21, 49]  # 20 + 1 space; 21 + 27 + 1 space
    counts = count_non_answers(t)
    assert counts["non_answers"].tolist() == [3]


def test_non_answers_in_the_nato_answers(turns):
    # Read off the transcript: line 164 (turn 8), line 251 (turn 26), line 257 (turn 28).
    hits = non_answer_hits(turns)
    found = set(zip(hits["turn"], hits["id"]))
    assert {(8, "not_speculating"), (26, "careful_speculating"), (28, "nothing_more_to_say")} <= found
    assert set(hits["turn"]) <= set(turns.loc[turns["kind"] == "answer", "turn"])
    assert count_non_answers(turns).set_index("exchange").at[8, "non_answers"] >= 2


def test_a_bad_phrase_list_names_its_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,pattern,category,example,source\nok,fine,c,e,s\nx,(unclosed,c,e,s\n")
    with pytest.raises(PresslibError, match=r"bad.csv:3"):
        read_non_answers(bad)
