"""Roles from behaviour (parse.people): hand-made transcripts, each role worked out by reading."""

import presslib


def _roles(text: str) -> dict[str, str]:
    turns = presslib.parse_text(text).turns
    return dict(zip(turns["speaker"], turns["role"]))


CALL = (
    "Ann Host: Welcome to the call. The first question is, what are your plans for next year?\n"
    "Bob Boss: We will build more factories and hire more people across the country this year.\n"
    "Ann Host: The next question is from Carl Asker with Big Bank.\n"
    "Carl Asker: How many factories will you build, and where will they be?\n"
    "Bob Boss: Three, all of them in the north, near the suppliers we already work with every day. "
    "The first opens in the spring, the second in the autumn and the third a year later, once the "
    "roads are built. Each of them will employ about two thousand people, most of them hired from "
    "the towns around it, and each will make the parts that the others then put together.\n"
    "Ann Host: The next question is, can you tell us about the design studio?\n"
)


def test_a_question_opening_a_long_turn_is_not_asking():
    # Dan asks Ann whether to take the question, then answers it at length (46 words after
    # his question mark): he answers, as an official does
    text = CALL + (
        "Dan Design: Do you want me to take that one? We generally say that what happens in the "
        "studio stays in the studio, and an earnings call is not the place to show new products, "
        "but we are working hard to make sure that the lineup has an exciting future for all of "
        "our customers and everyone else.\n"
    )
    assert _roles(text)["Dan Design"] == "principal"


def test_a_question_followed_by_a_short_aside_is_asking():
    text = CALL.replace("Carl Asker: How many factories will you build, and where will they be?",
                        "Carl Asker: How many factories will you build? I mean, roughly, this year.")
    assert _roles(text)["Carl Asker"] == "journalist"


def test_one_who_only_asks_to_hear_the_question_again_does_not_ask():
    # Eve's one turn holds a question, but it asks Carl to repeat his: no journalist's question
    text = CALL.replace("Bob Boss: Three,", "Eve Aide: The line broke up. Could you repeat the question?\n"
                                           "Carl Asker: How many factories will you build?\nBob Boss: Three,")
    assert _roles(text)["Eve Aide"] == "other"  # (nor does she answer or give the floor)


def test_a_repair_request_before_a_question_still_asks():
    text = CALL.replace("Bob Boss: Three,", "Eve Aide: Could you repeat that? And what will the factories cost?\n"
                                           "Bob Boss: Three,")
    assert _roles(text)["Eve Aide"] == "journalist"


ROOM = (
    "Remarks by President Smith in a Press Conference\n\n"
    "THE PRESIDENT:  Good afternoon.  We met today to talk about trade and the budget, and we "
    "agreed on a plan for both.  I'll take a few questions.\n\n"
    "Q    Thank you, Mr. President.  What happens to the budget now?\n\n"
    "THE PRESIDENT:  It goes to the Congress next week, and I expect it to pass before the "
    "summer, with the votes of both parties.\n\n"
    "PARTICIPANT:  The interpreter didn't hear you.  Could you repeat the question?\n\n"
    "Q    Sure.  What happens to the budget now?\n\n"
    "THE PRESIDENT:  It goes to the Congress next week.\n\n"
    "PARTICIPANT:  Mr. President, why did the trade talks fail last year?\n\n"
    "THE PRESIDENT:  They did not fail: they took longer than we hoped, and now they are done.\n\n"
)


def test_someone_in_the_room_asking_for_a_repeat_is_a_bystander():
    # the first PARTICIPANT (an aide for the interpreter) asks nothing of the President; the
    # second asks a question. The Q after the aide repeats the question of exchange 1.
    t = presslib.parse_text(ROOM).turns
    assert t["role"].tolist() == ["principal", "journalist", "principal", "other", "journalist",
                                  "principal", "journalist", "principal"]
    assert t["kind"].tolist() == ["statement", "question", "answer", "other", "follow_up", "answer",
                                  "question", "answer"]
    assert t["exchange"].tolist() == [0, 1, 1, 1, 1, 1, 2, 2]
    assert t["speaker"][3] == "PARTICIPANT"  # (no journalist's name given to the aide)


def test_a_q_asking_for_a_repeat_stays_a_journalist():
    # Q names a journalist: the label says who asks, whatever the turn holds
    t = presslib.parse_text(ROOM.replace("PARTICIPANT:  The interpreter", "Q    The interpreter")).turns
    assert t["role"][3] == "journalist"


def test_who_opens_with_a_statement_before_anyone_asks_is_no_journalist():
    # The White House COVID-19 team briefings (1 and 10 November 2021): the coordinator opens,
    # then hands each question to a colleague ("Dr. Smith?"): half his turns hold a question
    # mark, but he asks nothing; he was read as a journalist
    statement = ("Good morning, and thanks for joining us. " + "We have shipped millions of doses to "
                 "pharmacies, clinics and hospitals across the country this week. " * 6 + "Over to Dr. Smith.")
    briefing = "Cases are falling in every region, and the vaccines work against the new variant. " * 12
    text = (f"MR. COLE:  {statement}\n\nDR. SMITH:  Thank you. {briefing}\n\n"
            "MR. COLE:  Let's open it up for questions.\n\n"
            "MODERATOR:  Ann Lee, AP.\n\nQ    Will the vaccine for children come this week, or later?\n\n"
            "MR. COLE:  Dr. Smith?\n\nDR. SMITH:  This week, once the advisory committee has voted.\n\n"
            "MR. COLE:  Next question, please.\n\n"
            "MODERATOR:  Bob Roe, Reuters.\n\nQ    And the boosters: who can have one now, and where?\n\n"
            "MR. COLE:  Dr. Smith?\n\nDR. SMITH:  Everyone over eighteen, at any pharmacy.\n\n"
            "MODERATOR:  Cy Doe, NPR.\n\nQ    What about travel?\n\n"
            "MR. COLE:  Dr. Smith?\n\nDR. SMITH:  Travel is safe for the vaccinated, with a mask.\n")
    roles = presslib.parse_text(text).turns.groupby("speaker")["role"].first().to_dict()
    assert roles == {"Mr. Cole": "principal", "Dr. Smith": "principal", "Moderator": "moderator",
                     "Ann Lee": "journalist", "Bob Roe": "journalist", "Cy Doe": "journalist"}
