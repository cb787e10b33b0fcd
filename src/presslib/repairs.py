"""Repair requests: asking to hear something again ("Could you repeat the question?", "Can you
re-ask?", "Sorry, I don't hear.").

Such a question asks for nothing but the words just missed, so it does not make its speaker
one who asks, and it does not open an exchange. The phrases are the ``reask`` rows of the
packaged design cue list (``presslib/data/design/cues.csv``, where
:mod:`presslib.design.cues` reads them as a principal's request to hear a question again): one
list for the parser and for question design. This module reads only that file, so the parser
can use it without importing the design package.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .io.write import read_data_csv
from .text import sentence_spans


@lru_cache(maxsize=1)
def repair_patterns() -> tuple[re.Pattern, ...]:
    """The compiled ``reask`` patterns of the packaged design cue list (matched without
    regard to case, on text with straight apostrophes)."""
    with resources.as_file(resources.files("presslib") / "data" / "design" / "cues.csv") as path:
        table = read_data_csv(path, ("use", "pattern"), what="design cue list")
    return tuple(re.compile(p, re.I) for p in table.loc[table["use"].eq("reask"), "pattern"])


def is_repair(sentence: str) -> bool:
    """Does ``sentence`` ask to hear something again?

    >>> is_repair("Can you re-ask?"), is_repair("Can you explain?")
    (True, False)
    """
    plain = sentence.replace("’", "'")
    return any(p.search(plain) for p in repair_patterns())


def only_repairs(text: str) -> bool:
    """Is every question of ``text`` a repair request (and is there one)? A turn that asks
    "Can you repeat that? What about X?" still asks about X.

    >>> only_repairs("The translator didn't hear you.  Can you re-ask?")
    True
    >>> only_repairs("Can you repeat that? What about the budget?"), only_repairs("No question.")
    (False, False)
    """
    questions = [text[start:end] for start, end, question in sentence_spans(text) if question]
    return bool(questions) and all(is_repair(q) for q in questions)
