"""A journalist's sentences, each with its part (the first step of the question units):
hand-made sentences, a property, the NATO facts."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.design.sentences import classify_sentence, speaker_names, split_sentences
from presslib.design.units import unit_parts
from presslib.text import count_text


def _parts(text, **kw):
    """Each sentence of ``text`` with its part."""
    return [(text[s:e], classify_sentence(text[s:e], **kw)) for s, e, _ in split_sentences(text)]


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


def test_a_preface_is_a_preface_whether_or_not_a_question_follows():
    # the units decide that an announcement nothing follows is the question (tests/design/test_units.py)
    text = "I wanted to ask about the ammunition. How do we solve that? My second question is about ships."
    assert _parts(text) == [
        ("I wanted to ask about the ammunition.", "preface"),
        ("How do we solve that?", "direct"),
        ("My second question is about ships.", "preface"),
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


@pytest.mark.parametrize("sentence", ["Yes?", "Yeah?", "Sorry?", "Anyway, all right.", "Okay.", "(Laughter.)",
                                      "[inaudible]"])
def test_a_minimal_response_or_a_stage_direction_asks_nothing(sentence):
    # the White House's "Q" turns that hold no question (Biden-Albanese, 25 October 2023)
    assert classify_sentence(sentence) == "courtesy"


@pytest.mark.parametrize("sentence", ["Why not?", "So?", "Right?", "Well?", "No way?", "Your thoughts, sir?"])
def test_a_short_question_that_presses_still_asks(sentence):
    assert classify_sentence(sentence) == "direct"


def test_a_name_is_recognised_from_the_speaker_and_outlet_when_known():
    names = speaker_names("Lorne Cook", "The Associated Press", None)
    assert names == {"lorne", "cook", "associated", "press"}  # "The" is a linking word, not a name
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


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(["NATO", "tanks", "we", "will", "see", "Ukraine", "ammunition", "allies"])
_ENDS = st.sampled_from([".", "?", "..?", "!", "?!"])
_SENTENCE = st.builds(lambda ws, end: " ".join(ws).capitalize() + end,
                      st.lists(_WORDS, min_size=1, max_size=6), _ENDS)


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n"]))
def test_sentences_are_in_order_and_direct_questions_match_the_shared_count(sentences, sep):
    text = sep.join(sentences)
    spans = split_sentences(text)
    # Sentences are in order, do not overlap, and each is a stretch of the text.
    ends = [0]
    for start, end, _ in spans:
        assert start >= ends[-1] and end > start
        ends.append(end)
    # Without quotations, a direct question is exactly a question sentence of presslib.text.
    _, _, questions = count_text([text])
    assert sum(classify_sentence(text[s:e]) == "direct" for s, e, _ in spans) == questions[0]


# --------------------------------------------------------------------------- the NATO transcript


def test_nato_self_identification_and_courtesy_are_set_apart(turns):
    parts = unit_parts(turns)
    by_text = dict(zip(parts["text"], parts["part"]))
    assert by_text["Max Delany, AFP."] == "self_identification"
    assert by_text["Florian Neuhann from ZDF, German TV."] == "self_identification"
    assert by_text["My name is Siarhei Pelesa, I'm from Belsat TV."] == "self_identification"
    assert by_text["The Associated Press."] == "self_identification"
    assert by_text["Secretary General, thank you very much."] == "courtesy"
    assert by_text["Thank you very much."] == "courtesy"
