"""Splitting journalists' turns into separate questions: hand-made turns, properties, the NATO facts."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.answers.questions import (
    QUESTION_COLUMNS,
    classify_sentence,
    question_parts,
    questions_table,
    source_line,
    split_turn,
)
from presslib.text import count_text


def _turns(*texts, kind="question", label="Ann Lee, AFP:", speaker="Ann Lee", outlet="afp"):
    """A hand-made turns table: one journalist turn per text, each two lines after the last."""
    n = len(texts)
    return pd.DataFrame({
        "doc_id": ["d"] * n, "turn": range(n), "kind": [kind] * n, "exchange": range(1, n + 1),
        "label": [label] * n, "line_start": [10 * (i + 1) for i in range(n)], "text": list(texts),
        "speaker": [speaker] * n, "affiliation": ["AFP"] * n, "outlet": [outlet] * n,
    })


def _parts(text, **kw):
    return [(text[s:e], part) for _, s, e, part in split_turn(text, **kw)]


# --------------------------------------------------------------------------- hand-made turns


def test_multi_part_question_with_courtesy_and_self_identification():
    text = ("Secretary General, thank you very much. Ann Lee, AFP. Two things: first, will you "
            "go? And then on ships, how many are there? Thanks.")
    assert _parts(text) == [
        ("Secretary General, thank you very much.", "courtesy"),
        ("Ann Lee, AFP.", "self_identification"),
        ("Two things: first, will you go?", "direct"),
        ("And then on ships, how many are there?", "direct"),
        ("Thanks.", "courtesy"),
    ]
    q = questions_table(_turns(text))
    assert q["text"].tolist() == ["Two things: first, will you go?", "And then on ships, how many are there?"]
    assert q["index"].tolist() == [0, 1]
    assert q["kind"].tolist() == ["direct", "direct"]


@pytest.mark.parametrize("sentence", [
    "I wonder if you have any thoughts on the summit.",
    "I was wondering whether the ministers agreed.",
    "My question is whether the ministers agreed.",
    "So my question is, when will the shelters be ready.",
    "I would like to know how many tanks are coming.",
    "Could you tell us more about the summit.",
    "Please comment on the report.",
])
def test_indirect_questions_count(sentence):
    assert classify_sentence(sentence) == "indirect"


def test_a_preface_is_set_apart_when_a_question_follows_and_is_the_question_when_none_does():
    text = "I wanted to ask about the ammunition. How do we solve that? My second question is about ships."
    assert _parts(text) == [
        ("I wanted to ask about the ammunition.", "preface"),
        ("How do we solve that?", "direct"),
        ("My second question is about ships.", "indirect"),  # nothing follows: it is the question
    ]


@pytest.mark.parametrize("sentence", [
    "Max Delany, AFP.",
    "Florian Neuhann from ZDF, German TV.",
    "My name is Siarhei Pelesa, I'm from Belsat TV.",
    "I'm Jane Doe from Reuters.",
    "This is Ann with the BBC.",
    "Dmytro Shkurko from News Agency of Ukraine.",
])
def test_self_identification_is_not_a_question(sentence):
    assert classify_sentence(sentence) == "self_identification"


@pytest.mark.parametrize("sentence", [
    "Thank you very much.", "Thanks.", "Secretary General,", "Okay, thank you for the floor.",
    "Thank you Oana.", "Thank you so much, sorry to be a pain.", "Good afternoon, Mr. Secretary General.",
])
def test_courtesy_is_not_a_question(sentence):
    assert classify_sentence(sentence) == "courtesy"


def test_a_name_is_recognised_from_the_speaker_and_outlet_when_known():
    names = frozenset({"lorne", "cook", "associated", "press", "ap"})
    assert classify_sentence("The Associated Press.", names=names) == "self_identification"
    assert classify_sentence("Ukraine.", names=names) == "context"  # a heading, not a name


def test_question_mark_inside_a_quotation():
    text = 'The minister asked "what is NATO for?" in his speech. Do you agree? He said: "Why now?"'
    assert _parts(text) == [
        ('The minister asked "what is NATO for?" in his speech.', "context"),
        ("Do you agree?", "direct"),
        ('He said: "Why now?"', "context"),
    ]
    # A question of the journalist's own that ends with a quotation stays a question.
    assert classify_sentence('Is it true, as they ask, "what is NATO for?"') == "direct"
    assert classify_sentence('So my question is "will you act?"') == "indirect"


def test_trailing_dots_before_the_question_mark():
    text = "Do you believe that this is the start of the major Russian offensive that..?"
    assert _parts(text) == [(text, "direct")]
    assert questions_table(_turns(text))["kind"].tolist() == ["direct"]


def test_only_question_and_follow_up_turns_are_split():
    t = pd.concat([_turns("Why?"), _turns("Why not?", kind="answer")], ignore_index=True)
    t["turn"] = [0, 1]
    assert questions_table(t)["turn"].tolist() == [0]


def test_source_line_counts_label_and_line_breaks():
    text = "Thanks.\n\nFirst point. Why?\nAnd how?"
    t = _turns(text)  # label on line 10, text from line 11
    q = questions_table(t)
    assert q["line"].tolist() == [13, 14]
    assert source_line("x", 0, line_start=11, labelled=False) == 11


def test_missing_columns_are_named():
    with pytest.raises(KeyError, match="line_start"):
        questions_table(_turns("Why?").drop(columns=["line_start"]))


def test_input_is_not_mutated_and_columns_are_the_contract():
    t = _turns("Thanks. Why?")
    before = t.copy()
    q = questions_table(t)
    pd.testing.assert_frame_equal(t, before)
    assert tuple(q.columns) == QUESTION_COLUMNS
    assert set(QUESTION_COLUMNS) >= {"doc_id", "exchange", "turn", "index", "text", "line", "kind"}


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(["NATO", "tanks", "we", "will", "see", "Ukraine", "ammunition", "allies"])
_ENDS = st.sampled_from([".", "?", "..?", "!", "?!"])
_SENTENCE = st.builds(lambda ws, end: " ".join(ws).capitalize() + end,
                      st.lists(_WORDS, min_size=1, max_size=6), _ENDS)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_parts_cover_the_sentences_and_direct_questions_match_the_shared_count(sentences, sep):
    text = sep.join(sentences)
    parts = split_turn(text)
    # Parts are in order, do not overlap, and each is a stretch of the text.
    ends = [0]
    for _, start, end, _ in parts:
        assert start >= ends[-1] and end > start
        ends.append(end)
    # Without quotations, a direct question is exactly a question sentence of presslib.text.
    _, _, questions = count_text([text])
    assert sum(part == "direct" for *_, part in parts) == questions[0]


# --------------------------------------------------------------------------- the NATO transcript


def test_nato_first_question_turn_holds_three_questions(turns):
    q = questions_table(turns)
    first = q[q["turn"] == 2]  # Max Delany's question, lines 134-135
    assert first["text"].str[:20].tolist() == [
        "Do you believe that ", "And then connected t", "And then another que"]
    assert first["line"].tolist() == [135, 135, 135]


def test_nato_self_identification_and_courtesy_are_set_apart(turns):
    parts = question_parts(turns)
    by_text = dict(zip(parts["text"], parts["part"]))
    assert by_text["Max Delany, AFP."] == "self_identification"
    assert by_text["Florian Neuhann from ZDF, German TV."] == "self_identification"
    assert by_text["My name is Siarhei Pelesa, I'm from Belsat TV."] == "self_identification"
    assert by_text["The Associated Press."] == "self_identification"
    assert by_text["Secretary General, thank you very much."] == "courtesy"
    assert by_text["Thank you very much."] == "courtesy"


def test_nato_question_lines_read_off_the_transcript(turns):
    q = questions_table(turns).set_index("text")
    assert q.at["Has NATO been target of a cyberattack over the weekend?", "line"] == 295
    assert q.at["So Mr. Secretary General, will you speak in favor of it or will you warn against it?",
                "line"] == 293
    # Lorne Cook (AP) asks without a question mark: "... and I wonder if you have any thoughts ..."
    ap = questions_table(turns).query("turn == 22")
    assert ap["kind"].tolist() == ["indirect"] and ap["line"].tolist() == [228]


def test_nato_every_question_is_its_turns_text(turns):
    q = questions_table(turns)
    text = turns.set_index("turn")["text"]
    for row in q.itertuples():
        assert text[row.turn][row.start:row.end] == row.text
