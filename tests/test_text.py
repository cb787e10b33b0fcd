"""The one definition of words, sentences and questions: hand-counted cases, and the fast
counts held to the plain rules on random text."""

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib import text as text_module
from presslib.text import count_text, count_text_utf8, sentence_spans, word_spans

# count_text runs in C where the install built presslib._textscan, else in numpy: both are
# held to the rules, the C one only where it was built.
COUNTERS = [pytest.param(text_module._numpy_counts, id="numpy"),
            pytest.param(count_text, id="installed",
                         marks=pytest.mark.skipif(text_module._textscan is None,
                                                  reason="presslib._textscan not built (no C compiler)"))]


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


@pytest.mark.parametrize("counter", COUNTERS)
@settings(max_examples=400, deadline=None)
@given(batch=st.lists(texts, min_size=1, max_size=6))
def test_fast_counts_equal_the_rules(counter, batch):
    w, s, q = counter(batch)
    assert w.tolist() == [len(word_spans(t)) for t in batch]
    assert s.tolist() == [len(sentence_spans(t)) for t in batch]
    assert q.tolist() == [sum(x[2] for x in sentence_spans(t)) for t in batch]


@settings(max_examples=200, deadline=None)
@given(batch=st.lists(st.text(max_size=30), max_size=6))
def test_utf8_and_counts_in_one_pass(batch):
    """The UTF-8 bytes and offsets are the texts' own, the counts count_text's, for any text
    without a lone surrogate (which no decoded file holds)."""
    batch = [t.encode("utf-8", "replace").decode("utf-8") for t in batch]
    *counts, data, offsets = count_text_utf8(batch)
    encoded = [t.encode("utf-8") for t in batch]
    assert data == b"".join(encoded)
    assert offsets.tolist() == [0, *np.cumsum([len(e) for e in encoded]).tolist()]
    assert [c.tolist() for c in counts] == [c.tolist() for c in text_module._numpy_counts(batch)]


@pytest.mark.parametrize("counter", COUNTERS)
def test_counts_of_no_texts(counter):
    assert [c.tolist() for c in counter([])] == [[], [], []]


@pytest.mark.parametrize("counter", COUNTERS)
def test_an_abbreviation_must_be_the_whole_word(counter):
    # "üMr" is not "Mr": found by the property test above on a fresh clone.
    assert counter(["üMr. a"])[1].tolist() == [len(sentence_spans("üMr. a"))] == [2]


@pytest.mark.parametrize("counter", COUNTERS)
def test_counts_are_writable_arrays(counter):
    words = counter(["one two"])[0]
    words[0] += 1  # a table built on them may be edited in place
    assert words.tolist() == [3]


def test_c_counter_is_built_where_required():
    """CI asks for the C counter (PRESSLIB_REQUIRE_C=1), so that a broken build cannot pass
    unnoticed behind the numpy fallback."""
    if os.environ.get("PRESSLIB_REQUIRE_C") != "1":
        pytest.skip("PRESSLIB_REQUIRE_C is not set")
    assert text_module._textscan is not None, "presslib._textscan was not built"
