"""Turn kinds and exchanges, on hand-made sequences."""

from presslib.parse.sequence import assign_sequence


def test_call_not_taken_up_continues_the_exchange():
    roles = ["principal", "moderator", "journalist", "principal", "moderator", "principal",
             "moderator", "journalist", "principal", "moderator"]
    speakers = ["P", "M", "A", "P", "M", "P", "M", "B", "P", "M"]
    kinds, ex, cont = assign_sequence(roles, speakers)
    assert kinds == ["statement", "call", "question", "answer", "call", "answer", "call", "question",
                     "answer", "closing"]
    assert ex == [0, 1, 1, 1, 1, 1, 2, 2, 2, None]
    assert cont == [False, False, False, False, True, True, False, False, False, False]


def test_follow_up_and_journalists_without_calls():
    roles = ["journalist", "principal", "journalist", "principal", "journalist", "principal"]
    speakers = ["A", "P", "A", "P", "B", "P"]
    kinds, ex, _ = assign_sequence(roles, speakers)
    assert kinds == ["question", "answer", "follow_up", "answer", "question", "answer"]
    assert ex == [1, 1, 1, 1, 2, 2]


def test_moderator_introduction_before_the_statement():
    kinds, ex, _ = assign_sequence(["moderator", "principal", "moderator", "journalist", "principal"],
                                   ["M", "P", "M", "A", "P"])
    assert kinds == ["other", "statement", "call", "question", "answer"]
    assert ex == [0, 0, 1, 1, 1]


def test_empty_input():
    assert assign_sequence([], []) == ([], [], [])
