"""Repair requests (presslib.repairs): hand-written sentences, each read as a listener would."""

import pytest

from presslib.repairs import is_repair, only_repairs


@pytest.mark.parametrize("sentence", [
    "Can you re-ask?",
    "Could you repeat the question?",
    "Sorry, could you please say that again?",
    "Sorry, I didn’t hear.",  # curly apostrophe, as printed
    "I couldn't quite catch that?",
    "Say that again?",
    "Would you ask it again?",
    "What was the second question?",
    "The first question was?",
    "Sorry?",
    "Pardon me?",
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
])
def test_other_questions_are_not(sentence):
    assert not is_repair(sentence)


def test_a_turn_asks_only_for_a_repair_when_every_question_is_one():
    assert only_repairs("The translator didn't hear you.  Can you re-ask?")
    assert only_repairs("Sorry?  Could you repeat that?  I didn't catch it.")
    assert not only_repairs("Can you repeat that?  What about the budget?")
    assert not only_repairs("What about the budget?  Can you repeat that?")
    assert not only_repairs("Thank you.")  # no question at all
