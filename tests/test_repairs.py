"""Repair requests (presslib.repairs): hand-written sentences, each read as a listener would."""

import pandas as pd
import pytest

from presslib.repairs import is_repair, only_repairs


@pytest.mark.parametrize("sentence", [
    "Can you re-ask?",
    "Could you repeat the question?",
    "Sorry, could you please say that again?",
    "Sorry, I didn’t hear.",  # curly apostrophe, as printed
    "Sorry, I didn‘t hear.",  # ... and the left quote some transcripts print for it
    "I couldn't quite catch that?",
    "Say that again?",
    "Would you ask it again?",
    "What was the second question?",
    "The first question was?",
    "Sorry?",
    "Pardon me?",
    "I'm sorry, I didn't hear the question.",  # the polite lead-ins a speaker puts first
    "Sorry, sir, I didn't hear you.",
    "I beg your pardon, I didn't catch that.",
    "I'm sorry, say that again?",
])
def test_requests_to_hear_again_are_repairs(sentence):
    assert is_repair(sentence)


@pytest.mark.parametrize("sentence", [
    "Can you explain why the talks failed?",
    "What about the budget?",
    "Did you hear what the senator said about the budget?",
    "I didn't hear him say that, did you?",  # heard nothing said by someone else: a question
    "Will you ask Congress again?",
    "Sorry, but why did the talks fail?",
    "Will the Russian troops come again?",  # "come again" inside a question about something else
    "Did the minister say that again?",
    "Will he say it again?",
    "So we didn't hear that?",  # not heard, but said of something else, not of the words just missed
    "So the FBI didn't catch that?",
])
def test_other_questions_are_not(sentence):
    assert not is_repair(sentence)


def test_a_turn_asks_only_for_a_repair_when_every_question_is_one():
    assert only_repairs("The translator didn't hear you.  Can you re-ask?")
    assert only_repairs("Sorry?  Could you repeat that?  I didn't catch it.")
    assert not only_repairs("Can you repeat that?  What about the budget?")
    assert not only_repairs("What about the budget?  Can you repeat that?")
    assert not only_repairs("Thank you.")  # no question at all


@pytest.mark.parametrize("answer", [
    "But on the ground we don't hear that.",  # a statement about the world, not a request
    "They simply didn't catch it.",
])
def test_an_answer_that_says_something_was_not_heard_asks_for_no_re_ask(answer):
    from presslib.design.units import question_units

    turns = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "exchange": [1, 1, 1],
                          "speaker": ["Q", "Ann", "Q"], "role": ["journalist", "principal", "journalist"],
                          "kind": ["question", "answer", "follow_up"], "line_start": [1, 3, 5],
                          "label": ["Q:", "ANN:", "Q:"],
                          "text": ["Why did the talks fail?", f"They failed. {answer}", "And what now?"]})
    units = question_units(turns)
    assert units.loc[units["turn"].eq(2), "source"].tolist() == ["follow_up"]  # not re_ask


def test_the_parser_and_question_design_share_one_reading_of_the_cue_list():
    # one plain() and one file finder for both (the parser must not import presslib.design)
    from presslib import repairs, text
    from presslib.design import cues

    assert cues.plain is text.plain and cues.design_file is repairs.design_file
    reask = [p for _, _, p in cues.compiled_cues()["reask"]]
    assert [p.pattern for p in reask] == [p.pattern for p in repairs.repair_patterns()]
    assert all(p.flags == q.flags for p, q in zip(reask, repairs.repair_patterns()))
