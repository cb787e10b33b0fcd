"""parse.turns: the count of non-blank lines behind the asides' places (rebuild_body)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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
