"""Concordance: phrase matching, case, context windows at turn edges, source lines."""

import pandas as pd
import pytest

import presslib
from presslib.discourse.concordances import (
    concordance,
    concordance_query,
    find_phrase,
    format_concordance,
    prefix_query,
    sort_concordance,
)
from presslib.paths import DEFAULT_TRANSCRIPT as NATO
from presslib.tokens import tokens_table

SMALL = """Press conference

by NATO Secretary General Jens Stoltenberg

Good afternoon. We will step up.

We will ramp up production.

NATO Spokesperson Oana Lungescu:
Reuters.

Jane Doe, Reuters:
Will you STEP UP? Ramp
up now?

NATO Secretary General Jens Stoltenberg:
Yes. Of course we will step up.
"""

@pytest.fixture(scope="module")
def small():
    return presslib.parse_text(SMALL, doc_id="small").turns


def test_phrase_matches_ignore_case_and_line_breaks(small):
    k = concordance(small, "step up")
    # By hand: turn 0 "We will step up.", turn 2 "Will you STEP UP?", turn 3 "we will step up."
    assert k["turn"].tolist() == [0, 2, 3]
    assert k["match"].tolist() == ["step up", "STEP UP", "step up"]
    # "Ramp\nup" spans a line break inside one turn; the match is shown on one line
    ramp = concordance(small, "ramp up")
    assert ramp["turn"].tolist() == [0, 2] and ramp["match"].tolist() == ["ramp up", "Ramp up"]


def test_case_sensitive_search(small):
    assert concordance(small, "STEP UP", case=True)["turn"].tolist() == [2]
    assert concordance(small, "step up", case=True)["turn"].tolist() == [0, 3]


def test_prefix_query_and_no_match(small):
    assert concordance(small, "ramp*")["match"].tolist() == ["ramp", "Ramp"]
    empty = concordance(small, "no such phrase")
    assert empty.empty and "left" in empty.columns


def test_window_stops_at_the_turn_edges(small):
    k = concordance(small, "step up", window=3)
    # Turn 0 is the opening statement, two paragraphs: "Good afternoon. We will step up." and
    # "We will ramp up production." -> left "afternoon. We will"; the right context goes on
    # across the paragraph break, inside the turn, for 3 words: ". We will ramp".
    first = k.iloc[0]
    assert (first["left"], first["right"]) == ("afternoon. We will", ". We will ramp")
    # ... and stops where the turn ends: after "production" only the full stop is left.
    end = concordance(small, "production", window=3).iloc[0]
    assert (end["left"], end["right"]) == ("will ramp up", ".")
    # Turn 3 starts "Yes. Of course we will step up." -> left has 3 words, right only ".";
    # context never reaches into turn 2 or beyond the end of the text.
    last = k.iloc[-1]
    assert (last["left"], last["right"]) == ("course we will", ".")
    wide = concordance(small, "yes", window=50)
    assert wide.iloc[0]["left"] == "" and wide.iloc[0]["right"] == ". Of course we will step up."


def test_who_and_where(small):
    k = concordance(small, "step up")
    assert k[["speaker", "role", "kind"]].values.tolist() == [
        ["Jens Stoltenberg", "principal", "statement"],
        ["Jane Doe", "journalist", "question"],
        ["Jens Stoltenberg", "principal", "answer"],
    ]
    assert k["exchange"].tolist() == [0, 1, 1]


def test_source_lines_of_a_hand_made_transcript(small):
    lines = SMALL.split("\n")
    # Counted by hand: "We will step up." on line 5, "STEP UP" on 13, "Ramp" on 13, the answer on 17,
    # "ramp up production" on 7 (after a blank line inside the opening statement).
    assert concordance(small, "step up")["line"].tolist() == [5, 13, 17]
    assert concordance(small, "ramp up")["line"].tolist() == [7, 13]
    for row in concordance(small, "we").itertuples():
        assert row.match in lines[row.line - 1]


@pytest.mark.parametrize("query", ["ramp up", "for as long as it takes", "Türkiye", "of course", "NATO", "you"])
def test_source_lines_against_the_raw_nato_file(turns, query):
    raw = NATO.read_text(encoding="utf-8").split("\n")
    k = concordance(turns, query)
    assert len(k) > 0
    for row in k.itertuples():
        # The match, as printed, is on the source line the concordance names.
        assert row.match in raw[row.line - 1], (query, row.line)


def test_nato_counts_read_off_the_transcript(turns):
    import re

    body = NATO.read_text(encoding="utf-8")
    # "ramp up" occurs 6 times in the file (grep -ci), all said by the principal
    assert len(re.findall(r"\bramp up\b", body, flags=re.I)) == 6
    k = concordance(turns, "ramp up")
    assert len(k) == 6 and set(k["speaker"]) == {"Jens Stoltenberg"}
    # "For as long as it takes." is line 54 of the file, in the opening statement
    only = concordance(turns, "for as long as it takes")
    assert only["line"].tolist() == [54] and only["kind"].tolist() == ["statement"]


def test_sorting_by_right_and_left_context():
    k = pd.DataFrame({
        "left": ["we must", "Allies will", "and we"],
        "match": ["step up", "step up", "step up"],
        "right": ["support.", "production", "production and"],
    })
    assert sort_concordance(k, by="right")["right"].tolist() == ["production", "production and", "support."]
    # L1 is the word nearest the match: must < we < will
    assert sort_concordance(k, by="left")["left"].tolist() == ["we must", "and we", "Allies will"]
    assert k["right"].tolist() == ["support.", "production", "production and"]  # input unchanged
    with pytest.raises(ValueError):
        sort_concordance(k, by="middle")


def test_format_aligns_the_matches(small):
    text = format_concordance(concordance(small, "step up"), width=20)
    rows = text.split("\n")
    assert len(rows) == 3
    assert len({row.index("[") for row in rows}) == 1  # the matches line up


def test_find_phrase_gives_token_positions(small):
    tokens = tokens_table(small)
    hits = find_phrase(tokens, "of course we")
    # Turn 3: Yes(0) .(1) Of(2) course(3) we(4)
    assert hits[["turn", "first", "last"]].values.tolist() == [[3, 2, 4]]


def test_missing_columns_are_named(small):
    tokens = tokens_table(small)
    with pytest.raises(presslib.PresslibError, match="line_start"):
        concordance(small.drop(columns=["line_start"]), "we", tokens=tokens)
    with pytest.raises(presslib.PresslibError, match="start"):
        concordance(small, "we", tokens=tokens.drop(columns=["start"]))


def _two_roles(principal: str, journalist: str) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": "d", "turn": [0, 1], "role": ["principal", "journalist"],
                         "text": [principal, journalist]})


def test_the_default_query_is_the_principal_s_phrase_else_everyone_s_else_the():
    # The principal repeats "ramp up" twice; the journalist says "step up" three times, more
    # often, but the default reads the principal.
    turns = _two_roles("Ramp up output. Ramp up now.", "Step up? Step up! Step up.")
    tokens = tokens_table(turns)
    assert concordance_query(tokens, turns) == "ramp up"
    assert concordance_query(tokens, turns, role="journalist") == "step up"
    # No principal: everyone's words, where "step up" is the only pair seen three times.
    nobody = turns.assign(role="journalist")
    assert concordance_query(tokens, nobody) == "step up"
    # The reader's phrase wins; a blank one is none; no words at all give "the".
    assert concordance_query(tokens, turns, query="Step* up") == "Step* up"
    assert concordance_query(tokens, turns, query="  ") == "ramp up"
    empty = _two_roles("", "")
    assert concordance_query(tokens_table(empty), empty) == "the"


def test_the_prefix_query_finds_every_form_of_the_first_word():
    turns = pd.DataFrame({"doc_id": "d", "turn": [0], "text": ["We ramp up. It ramped up; ramps, a rampart."],
                          "speaker": "S", "role": "principal", "kind": "answer", "exchange": 1,
                          "label": "S:", "line_start": 1})
    assert prefix_query("ramp up") == "ramp*" and prefix_query("...") == "..."
    # ramp, ramped, ramps, rampart: four words start with "ramp"; the phrase "ramp up" itself
    # occurs once ("ramped up" is another form).
    assert concordance(turns, prefix_query("ramp up"))["match"].tolist() == ["ramp", "ramped", "ramps", "rampart"]
    assert len(concordance(turns, "ramp up")) == 1
