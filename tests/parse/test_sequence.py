"""Turn kinds and exchanges, on hand-made sequences."""

import presslib
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


def test_bystanders_are_other_in_the_exchange_where_they_speak():
    # an announcer between two answers: neither a question nor an answer
    kinds, ex, _ = assign_sequence(["principal", "journalist", "principal", "other", "principal"],
                                   ["P", "A", "P", "X", "P"],
                                   bystanders=[False, False, False, True, False])
    assert kinds == ["statement", "question", "answer", "other", "answer"]
    assert ex == [0, 1, 1, 1, 1]
    # an official whose role is other but who is no bystander answers
    kinds, _, _ = assign_sequence(["principal", "journalist", "other"], ["P", "A", "D"])
    assert kinds == ["statement", "question", "answer"]


def test_someone_else_ending_the_event_after_the_last_answer_is_the_closing():
    # Biden-Albanese, 25 Oct 2023: the press secretary, once, after the last answers: "The press
    # conference has now concluded."
    kinds, ex, _ = assign_sequence(["principal", "journalist", "principal", "principal", "other"],
                                   ["B", "Q", "A", "B", "J"])
    assert kinds == ["statement", "question", "answer", "answer", "closing"]
    assert ex == [0, 1, 1, 1, None]
    # ... but not before a principal speaks again
    kinds, _, _ = assign_sequence(["principal", "journalist", "principal", "other", "principal"],
                                  ["B", "Q", "A", "J", "A"])
    assert kinds == ["statement", "question", "answer", "answer", "answer"]


def test_an_interpreter_after_the_last_answer_stays_other():
    kinds, ex, _ = assign_sequence(["principal", "journalist", "principal", "other"], ["B", "Q", "A", "I"],
                                   bystanders=[False, False, False, True])
    assert kinds == ["statement", "question", "answer", "other"] and ex == [0, 1, 1, 1]


def test_empty_input():
    assert assign_sequence([], []) == ([], [], [])


def test_a_bare_j_stands_for_every_journalist_as_q_does():
    # the Australian Prime Minister's transcripts print journalists as "J:" (Keating, 14 Dec
    # 1995, pm-transcripts 9888): each J after an answer opens an exchange, as each Q would
    text = ("PM: We signed the agreement today.\n\nJ: Prime Minister, have you discussed this with "
            "any other regional nations?\n\nPM: With the Ambassador, yes.\n\nJ: Prime Minister, "
            "does this make Indonesia the next closest nation to us?\n\n"
            "PM: No nation is more important to us than Indonesia, and the agreement says so in "
            "formal terms for the first time in the history of the two countries.\n\n"
            "J: Mr Keating, does this agreement mean a practical increase in defence cooperation?\n\n"
            "PM: It might.\n")
    t = presslib.parse_text(text).turns
    assert t["role"].tolist() == ["principal", "journalist"] * 3 + ["principal"]
    assert t.loc[t["speaker"].eq("J"), "exchange"].tolist() == [1, 2, 3]
