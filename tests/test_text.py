"""The one definition of words, sentences and questions: hand-counted cases, and the corpus
counts (count_text) held to the spans (word_spans, sentence_spans) on random text."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.text import _END, WORD_RE, count_text, paragraph_spans, sentence_spans, word_spans


def words(text):
    return [text[s:e] for s, e in word_spans(text)]


def sentences(text):
    return [(text[s:e].strip(), q) for s, e, q in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Don't stop.", ["Don't", "stop"]),
    ("Zelenskyy’s visit", ["Zelenskyy’s", "visit"]),
    ("from 12 to 28 months", ["from", "12", "to", "28", "months"]),
    ("two-and-a-half years", ["two-and-a-half", "years"]),
    ("Cold [Lake], [inaudible]", ["Cold", "Lake", "inaudible"]),
    ("SAMP/T and the U.S. too", ["SAMP", "T", "and", "the", "U.S", "too"]),
    ("Türkiye requested", ["Türkiye", "requested"]),
    ("$350 billion – more", ["350", "billion", "more"]),
    ("we_are", ["we", "are"]),
    ("", []),
])
def test_words_hand_counted(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ok. Reuters.", [("Ok.", False), ("Reuters.", False)]),
    ("Mr. Stoltenberg, just a quick one. Do I understand you?",
     [("Mr. Stoltenberg, just a quick one.", False), ("Do I understand you?", True)]),
    ("Do you believe that this is the start of the major Russian offensive that..?",
     [("Do you believe that this is the start of the major Russian offensive that..?", True)]),
    ("He said “we will.” Then left.", [("He said “we will.”", False), ("Then left.", False)]),
    ("13 Feb. 2023 was a Monday", [("13 Feb. 2023 was a Monday", False)]),
    ("No full stop\n\nNew paragraph.", [("No full stop", False), ("New paragraph.", False)]),
    ("Wait ... what?", [("Wait ...", False), ("what?", True)]),
    ("Was it J. Smith? Yes!", [("Was it J. Smith?", True), ("Yes!", False)]),
    ("12.5 per cent. Done", [("12.5 per cent.", False), ("Done", False)]),
    ("... ?", []),
])
def test_sentences_hand_counted(text, expected):
    assert sentences(text) == expected


# Letters, digits and spaces beyond ASCII too: "½" and "٣" are digits to str.isalnum, "ǅ" is
# title case (no initial), "\u212a" (the Kelvin sign) lower-cases to "k", "\xa0" and "\u3000"
# are white space.
ALPHABET = st.sampled_from(list("ab Z9 .?!…'’-\"”)]\n_:,/") + [
    "\n\n", "Mr.", "MR.", "Feb.", "J.", "ü", "Ω", "𝐀", "..?", "e.g.", "½", "٣", "ǅ", "\u212a",
    "\xa0", "\u3000", "“", "approx.", "Prof."])
texts = st.lists(ALPHABET, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(batch=st.lists(texts, min_size=1, max_size=6))
def test_counts_equal_the_spans(batch):
    w, s, q = count_text(batch)
    assert w == [len(word_spans(t)) for t in batch]
    assert s == [len(sentence_spans(t)) for t in batch]
    assert q == [sum(x[2] for x in sentence_spans(t)) for t in batch]


@settings(max_examples=1000, deadline=None)
@given(text=texts)
def test_the_word_pattern_finds_the_words_the_rule_states(text):
    # WORD_RE is possessive (faster); the rule needs no backtracking, so the words are these
    plain = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
    assert WORD_RE.findall(text) == plain.findall(text)


# The sentence end as the rule states it; presslib's _END is the same expression rearranged so
# that the regex engine skips to candidates (see presslib.text).
PLAIN_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'’”)\]]*+(?=\s|\Z)|\n\n")


@settings(max_examples=1000, deadline=None)
@given(text=texts)
def test_the_sentence_end_pattern_finds_the_ends_the_rule_states(text):
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in PLAIN_END.finditer(text)]


def test_counts_of_no_texts():
    assert count_text([]) == ([], [], [])


def test_an_abbreviation_must_be_the_whole_word():
    # "üMr" is not "Mr": found by a property test on a fresh clone
    assert count_text(["üMr. a"])[1] == [len(sentence_spans("üMr. a"))] == [2]


def test_a_long_word_before_a_full_stop_is_no_abbreviation():
    # "Approx. six." is one sentence; "Xapprox." is no abbreviation, so it ends one, and
    # "seven." a third (the check reads back no further than the longest abbreviation)
    assert count_text(["Approx. six. Xapprox. seven."])[1] == [3]


@pytest.mark.parametrize("text, paragraphs", [
    ("One.\nTwo.", ["One.", "Two."]),  # one paragraph a line (the bundled transcript)
    ("We will\nsend them.\n\nYes.", ["We will\nsend them.", "Yes."]),  # hard-wrapped
    ("  Indented start,\nthen more:\n“A quote.”\n", ["Indented start,\nthen more:", "“A quote.”"]),
    ("No end at all", ["No end at all"]),
    ("\n\n", []),
])
def test_paragraphs_hand_split(text, paragraphs):
    assert [text[s:e] for s, e in paragraph_spans(text)] == paragraphs
