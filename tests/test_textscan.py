"""The C module's loops held to their statements in Python (the counts are in test_text.py).

The turn walk (``presslib._textscan.walk``, ``transcript._walk``) on random texts, labels and
asides: odd white space, three string widths, asides at a label's start or inside a label's
line, repeated labels of one speaker, text before the first label. The short lines that may be
NATO-style labels (``short_lines``, ``layout._short_lines``)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib import layout, transcript
from presslib.layout import Hit

pytestmark = pytest.mark.skipif(transcript._textscan is None,
                                reason="presslib._textscan not built (no C compiler)")

# Lines of words, of white space only (" ", "\t", no-break space, form feed) or empty
LINES = st.lists(st.sampled_from(["word", "Q", "ü", "’", "𝐀", ".", " ", "\t", "\xa0", "\x0c"]),
                 max_size=4).map("".join)


@st.composite
def walks(draw):
    lines = draw(st.lists(LINES, max_size=16))
    text = "\n".join(lines) + draw(st.sampled_from(["", "\n"]))
    n = len(text)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    start = draw(st.sampled_from(starts))
    # labels and asides mostly at line starts, sometimes anywhere
    at = st.one_of(st.sampled_from([s for s in starts if s >= start]), st.integers(start, n))
    # a label's text may start past the end (a label on the last line, without a line end)
    hits = [Hit(p, f"L{p}:", draw(st.sampled_from(["Ana", "Bo"])), min(n + 1, p + draw(st.integers(0, 9))),
                draw(st.booleans()))
            for p in sorted(draw(st.sets(at, max_size=8)))]
    asides = [(p, min(n, p + draw(st.integers(0, 9))), f"aside {p}")
              for p in sorted(draw(st.sets(at, max_size=5)))]  # some may start where a label does
    chunks, openings = draw(st.booleans()), draw(st.booleans())
    keys = [h.name for h in hits] if chunks else None
    return text, start, hits, asides, dict(chunks=chunks, openings=openings, keys=keys)


@settings(max_examples=1500, deadline=None)
@given(walks())
def test_c_walk_equals_the_python_walk(case):
    text, start, hits, asides, options = case
    in_c = transcript._walk(text, start, hits, asides, **options)
    saved, transcript._textscan = transcript._textscan, None
    try:
        in_python = transcript._walk(text, start, hits, asides, **options)
    finally:
        transcript._textscan = saved
    assert in_c == in_python


def test_a_hand_checked_walk():
    # line 1 "A:", 2 "  Hi.", 3 blank, 4 "(aside)", 5 "B:", 6 "Bye.", 7 blank, 8 blank, 9 "Now."
    text = "A:\n  Hi.\n\n(aside)\nB:\nBye.\n\n\nNow.\n"
    hits = [Hit(0, "A:", "A", 3, False), Hit(18, "B:", "B", 21, False)]
    asides = [(10, 17, "(aside)")]
    turns, recorded, aside_lines, aside_at, inline, n_lines = transcript._walk(
        text, 0, hits, asides, chunks=False, openings=False)
    assert turns == [(0, "  Hi.", 2, 2, 1), (1, "Bye.\n\nNow.", 6, 9, 5)]  # the blank run squeezed
    assert (recorded, aside_lines, aside_at, inline, n_lines) == ([0], [4], [2], [], 9)


@settings(max_examples=500, deadline=None)
@given(lines=st.lists(st.sampled_from(["", " ", "A:", "x" * 119, "x" * 120, "x" * 121, "’" * 120,
                                       "𝐀" * 121, "Ana Lima, AFP:"]), max_size=12),
       end=st.sampled_from(["", "\n"]), first=st.integers(0, 12))
def test_c_short_lines_equal_the_python_ones(lines, end, first):
    text = "\n".join(lines) + end
    start = sum(len(line) + 1 for line in lines[:first]) if first < len(lines) else len(text)
    in_c = layout._short_lines(text, start)
    saved, layout._textscan = layout._textscan, None
    try:
        in_python = layout._short_lines(text, start)
    finally:
        layout._textscan = saved
    assert in_c == in_python
    assert all(1 <= b - a <= 120 and "\n" not in text[a:b] for a, b in zip(in_c[::2], in_c[1::2]))
