"""Question-answer pairs and the suggested reply codes, on hand-made conferences."""

import pandas as pd
import pytest

from presslib.design.replies import qa_pairs, suggest_replies
from presslib.design.units import question_units


def _conference(*turns):
    """``(kind, text)`` pairs, one exchange; answer turns are labelled, lines 10 apart."""
    n = len(turns)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(n), "kind": [k for k, _ in turns], "exchange": [1] * n,
        "label": ["X:"] * n, "line_start": [10 * (i + 1) for i in range(n)],
        "text": [t for _, t in turns], "speaker": ["Ann" if k != "answer" else "Sam" for k, _ in turns],
        "role": ["journalist" if k != "answer" else "principal" for k, _ in turns],
        "continuation": [False] * n,
    })


def _suggested(*turns, **kw):
    t = _conference(*turns)
    s = suggest_replies(t, **kw)
    return list(zip(s["auto_reply"], s["auto_kind"], s["auto_line"].astype(object)))


def test_pairs_hold_the_answer_turns_after_the_question():
    t = _conference(("question", "Will the tanks arrive? And when?"),
                    ("answer", "The tanks arrive.\n\nSoon."), ("follow_up", "How soon?"), ("answer", "In May."))
    p = qa_pairs(t)
    assert p["answer_turns"].tolist() == ["1|3", "1|3", "3"]
    assert p["answer_line_start"].tolist() == [21, 21, 41] and p["answer_line_end"].tolist() == [41, 41, 41]
    assert p["answer"].iloc[2] == "In May."


def test_each_question_gets_the_paragraphs_that_take_it_up():
    got = _suggested(("question", "Will the tanks arrive in Ukraine? And what about fuel supplies?"),
                     ("answer", "The tanks will arrive in Ukraine next week.\n\nFuel supplies are fine."))
    assert got == [("reply", "explicit", 21), ("reply", "explicit", 23)]


def test_a_question_no_paragraph_takes_up_is_ignored():
    got = _suggested(("question", "Will the tanks arrive? And what about the budget deficit?"),
                     ("answer", "The tanks will arrive next week."))
    assert got[1] == ("non_reply", "ignores", 21)


def test_declining_phrases_win():
    got = _suggested(("question", "What will Russia do on the anniversary?"),
                     ("answer", "I'm not speculating what Russia will do on the anniversary."))
    assert got == [("non_reply", "speculative", 21)]
    got = _suggested(("question", "When will the shelters be ready?"),
                     ("answer", "The shelters will come. I'm not able to give you an exact date."))
    assert got == [("non_reply", "declines", 21)]


def test_yes_or_no_to_a_yes_no_question_is_a_reply():
    got = _suggested(("question", "Does NATO separate the regime from society?"),
                     ("answer", "Yes, we know the people think otherwise."))
    assert got == [("reply", "explicit", 21)]


def test_little_overlap_is_intermediate_and_an_agenda_shift_a_political_point():
    got = _suggested(("question", "Are you afraid Italy is the coalition's soft underbelly?"),
                     ("answer", "I met the Prime Minister. Italy supports Ukraine strongly and will."))
    assert got[0][:2] == ("intermediate", "implicit")
    got = _suggested(("question", "Are you afraid Italy is the coalition's soft underbelly?"),
                     ("answer", "The most important thing is that Italy supports Ukraine strongly and will."))
    assert got[0][:2] == ("non_reply", "political_point")


def test_the_threshold_moves_the_line_between_reply_and_intermediate():
    turns = (("question", "Will the tanks arrive in Ukraine soon?"), ("answer", "Tanks are coming, in time."))
    assert _suggested(*turns, threshold=0.2)[0][:2] == ("reply", "explicit")
    assert _suggested(*turns, threshold=0.9)[0][:2] == ("intermediate", "implicit")


def test_an_interjection_is_answered_by_its_own_turn(turns):
    units = question_units(turns)
    pairs = qa_pairs(turns, units=units)
    row = pairs[units["source"].eq("interjection").to_numpy()].iloc[0]
    assert row["answer_turns"] == "28" and row["answer_line_start"] == 257
