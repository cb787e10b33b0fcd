"""Warnings on hand-made transcripts: what the parse was unsure of."""

from presslib.parse import parse_text

CAPS = """Briefing

MS. SMITH:  Good afternoon.  We have news.

Q    Why now?

MS. SMITH:  Because it is time.

PRESENTER:  Please remain seated while the guests leave.

Q    And tomorrow?

MS. SMITH:  We will see.
"""


def test_a_one_word_label_found_once_is_read_as_text_and_said():
    t = parse_text(CAPS)
    assert list(t.turns["speaker"].str.startswith("Q")) == [False, True, False, True, False]
    assert "PRESENTER:" in t.turns["text"].iloc[2]
    (warning,) = [w for w in t.meta.warnings if "shaped like a label" in w]
    assert warning.startswith("line 9: 1 line(s)") and "'PRESENTER:'" in warning


def test_a_wrapped_line_that_starts_like_a_label_is_not_flagged():
    # the line before does not end a sentence: the capital word continues it
    text = CAPS.replace("PRESENTER:  Please", "and the rest of it\nSTATES: Please").replace(
        "Because it is time.\n\n", "Because it is time ")
    t = parse_text(text)
    assert not [w for w in t.meta.warnings if "shaped like a label" in w]


def test_announcer_is_a_bystander():
    t = parse_text(CAPS.replace("PRESENTER:", "ANNOUNCER:"))
    row = t.turns[t.turns["label"] == "ANNOUNCER:"].iloc[0]
    assert (row["role"], row["kind"], row["exchange"]) == ("other", "other", 1)


def test_a_recurring_label_s_surname_or_slip_is_a_label():
    # "SMITH:" once among "MS. SMITH:"s, "MODEARTOR:" once among "MODERATOR:"s: labels,
    # no warning
    text = ("Briefing\n\nMODERATOR:  Welcome.\n\nMS. SMITH:  Good afternoon.\n\nMODERATOR:  Jane.\n\n"
            "Q    Why now?\n\nSMITH:  Because it is time.\n\nMODEARTOR:  Next.\n\nQ    And then?\n\n"
            "MS. SMITH:  We will see.\n")
    t = parse_text(text)
    assert list(t.turns["label"]) == ["MODERATOR:", "MS. SMITH:", "MODERATOR:", "Q", "SMITH:",
                                      "MODEARTOR:", "Q", "MS. SMITH:"]
    assert t.turns["speaker"].iloc[4] == t.turns["speaker"].iloc[1]
    assert t.turns["role"].iloc[5] == "moderator"
    assert not [w for w in t.meta.warnings if "shaped like a label" in w]


def test_principals_who_ask_far_more_than_journalists_are_doubted():
    # a hearing read the other way round: the "principal" asks eleven questions, the
    # "journalist" one
    asks = " ".join(f"Did you see item {n}?" for n in range(11))
    text = (f"Hearing\n\nSENATOR ANNA BERG:  {asks}\n\nQ    Yes, we did.  And you?\n\n"
            f"SENATOR ANNA BERG:  We did.\n")
    t = parse_text(text)
    assert list(t.turns["role"]) == ["principal", "journalist", "principal"]
    (warning,) = [w for w in t.meta.warnings if "other way round" in w]
    assert "ask 11 questions" in warning and "journalists 1" in warning
    # eleven to four is no sign
    t = parse_text(text.replace("And you?", "And you?  Why?  How?  When?"))
    assert not [w for w in t.meta.warnings if "other way round" in w]


def _assessed(speakers, roles, words):
    """The warnings assess gives for turns of these speakers, roles and word counts (one turn
    each, a question in every journalist turn)."""
    from presslib.parse.quality import assess
    from presslib.table import Meta

    meta = Meta(doc_id="t")
    n = len(speakers)
    cols = {"n_words": list(words), "line_start": list(range(1, 2 * n, 2)), "role": list(roles),
            "speaker": list(speakers), "label": [f"{s}:" for s in speakers],
            "n_questions": [int(r == "journalist") for r in roles],
            "text": ["Why? " + "word " * (w - 1) if r == "journalist" else "word " * w for r, w in zip(roles, words)]}
    assess(meta, cols, hits=[], header_text=[], label_lines=lambda pos: 1)
    return meta.warnings


def test_many_principals_who_say_little_beside_the_first_are_questioned():
    # one principal of 1,000 words and five more of 50 each (under a tenth): said
    speakers = ["Lead", "Ann", "Bob", "Cy", "Di", "Ed", "Jo"]
    roles = ["principal"] * 6 + ["journalist"]
    said = [w for w in _assessed(speakers, roles, [1000, 50, 50, 50, 50, 50, 20]) if "less than a tenth" in w]
    assert said == ["line 3: 5 speakers read as principals say less than a tenth of what Lead says (such as "
                    "Ann): are some of them journalists who reply or argue?"]
    # four of them (an earnings call's executives beside the chief) is not enough
    assert not [w for w in _assessed(speakers[:5] + ["Jo"], roles[:5] + ["journalist"], [1000, 50, 50, 50, 50, 20])
                if "less than a tenth" in w]
    # nor are five who each say a tenth or more
    assert not [w for w in _assessed(speakers, roles, [1000, 100, 100, 100, 100, 100, 20]) if "less than a tenth" in w]


NAMES = """Ann Lee: Good afternoon. We met today and agreed on the plan.

Question: What did you agree on, and when does it start?

Ann Lee: The plan starts in May. I will now hand over to
Bob Roe.

Bob Roe: Thank you. We agreed on three points.

Question: Will the plan cost more than last year?

Ann Lee: Not at all.

Bob Roe. Thank you for the question. It will cost less.
"""


def test_a_paragraph_opening_with_another_speaker_s_name_is_said():
    # Bob Roe's last answer is printed "Bob Roe. Thank you ...", a label the name-colon
    # convention does not read: it stays in Ann Lee's turn at line 12, and the parse says so
    t = parse_text(NAMES)
    assert "Bob Roe. Thank you for the question." in t.turns["text"].iloc[-1]
    said = [w for w in t.meta.warnings if "another speaker's name" in w]
    assert said == ["line 12: 1 paragraph(s) inside a turn (the first in the turn starting here) open with "
                    "another speaker's name ('Bob Roe.'): a label the convention did not read?"]


def test_a_name_wrapped_onto_a_line_of_its_own_is_not_said():
    # "hand over to / Bob Roe." (line 6) is a hard-wrapped sentence, not a label
    t = parse_text(NAMES.replace("Ann Lee: Not at all.\n\nBob Roe. Thank you for the question.", "Ann Lee: Not at all."))
    assert not [w for w in t.meta.warnings if "another speaker's name" in w]


def test_a_name_that_only_starts_with_the_speaker_s_is_another_speaker_s():
    # Bob Roeder's paragraph inside Bob Roe's turn: "Bob Roe" is a prefix, not the same person
    text = NAMES.replace("Ann Lee: Not at all.\n\nBob Roe.", "Bob Roe: Not at all.\n\nBob Roeder.") + \
        "\nBob Roeder: Yes.\n"
    t = parse_text(text)
    said = [w for w in t.meta.warnings if "another speaker's name" in w]
    assert len(said) == 1 and "'Bob Roeder.'" in said[0]
