"""Cutting turns: the count of non-blank lines behind the asides' places (rebuild_body), and
page furniture set aside, on hand-made transcripts (the real ones with their hand-listed running
headers are in test_real_corpus.py)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.parse import parse_text
from presslib.parse.turns import count_nonblank_lines

# the rule plainly: a line's start (^ in multi-line mode), white space, a character
PLAIN = re.compile(r"^[^\S\n]*+\S", re.M)


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(["a", " ", "\t", "\n", "\n\n", "\xa0", "é"]), max_size=30).map("".join),
       data=st.data())
def test_nonblank_lines_counted_as_the_plain_rule_counts_them(text, data):
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    assert count_nonblank_lines(text, start, stop) == len(PLAIN.findall(text, start, stop))


# a web page printed to PDF: each page ends with the site and the page number, and no line says
# "Page N"
PRINTED = """Press conference, Canberra

PRIME MINISTER: Good morning. We have three things to say today.

The first is the budget.

The second is the weather.

The third is the road.

www.example.gov.au 1

JOURNALIST: Why now, and not in May?

PRIME MINISTER: Because the figures came in this week.

They were late.

We waited for them.

www.example.gov.au 2

JOURNALIST: What will it cost?

PRIME MINISTER: About two billion over four years.

Less in the first year.

More in the last.

www.example.gov.au 3
"""


def test_a_line_counting_the_pages_is_set_aside():
    t = parse_text(PRINTED)
    assert t.meta.asides == [f"www.example.gov.au {n}" for n in (1, 2, 3)]
    assert t.meta.aside_lines == [11, 21, 31]  # ten lines a page
    assert not t.turns["text"].str.contains("example").any()
    assert list(t.turns["label"]) == ["PRIME MINISTER:", "JOURNALIST:"] * 2 + ["PRIME MINISTER:"]


def test_a_recurring_numbered_line_that_counts_no_pages_is_speech():
    # the same line three times, its number not going up by one: someone's words, kept
    text = PRINTED.replace("www.example.gov.au 2", "www.example.gov.au 1").replace(
        "www.example.gov.au 3", "www.example.gov.au 1")
    t = parse_text(text)
    assert t.meta.asides == []
    assert t.turns["text"].str.contains("www.example.gov.au 1", regex=False).sum() == 3


def test_a_page_counter_without_the_word_page_marks_a_paged_text():
    # Bernanke's PDF: "N of 26" under a running header with a date in it; both are furniture
    text = PRINTED
    for n in (1, 2, 3):
        text = text.replace(f"www.example.gov.au {n}", f"March 3, 2023 Chairman's Press Conference FINAL\n{n} of 3")
    t = parse_text(text)
    assert t.meta.asides == [line for n in (1, 2, 3) for line in ("March 3, 2023 Chairman's Press Conference FINAL", f"{n} of 3")]


def test_numbered_lines_counting_up_close_together_are_speech():
    # the footers' lines, one line apart: no page holds a single line, so they stay text
    text = PRINTED
    for n in (1, 2, 3):
        text = text.replace(f"\n\nwww.example.gov.au {n}\n", "\n")
    text = text.replace("The third is the road.\n", "The third is the road.\nPoint 1 on trade\nPoint 2 on trade\nPoint 3 on trade\n")
    t = parse_text(text)
    assert t.meta.asides == []
    assert "Point 2 on trade" in t.turns["text"].iloc[0]
