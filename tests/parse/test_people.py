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
