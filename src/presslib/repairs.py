"""Repair requests: asking to hear something again ("Could you repeat the question?", "Can you
re-ask?", "Sorry, I don't hear.").

Such a question asks for nothing but the words just missed, so it does not make its speaker
one who asks; under a room label ("PARTICIPANT", "Audience member") the turn is a bystander's
and opens no exchange (:func:`presslib.parse.people.room_repairs`), while a ``Q``'s repair
stays a journalist's question or follow-up, as the label says. The phrases are the ``reask`` rows of the
packaged design cue list (``presslib/data/design/cues.csv``, where
:mod:`presslib.design.cues` reads them as a principal's request to hear a question again): one
list for the parser and for question design. This module reads only that file, so the parser
can use it without importing the design package; the design package finds its files
(:func:`design_file`) and compiles its cues (:func:`compile_cue`) with it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .errors import PresslibError
from .io.write import read_data_csv
from .paths import package_data
from .text import plain, sentence_spans

def design_file(name: str) -> Path:
    """The packaged file ``presslib/data/design/<name>``, as a path on disk for as long as the
    process runs (the design package's files, the cue list among them).

    >>> design_file("cues.csv").parts[-3:]
    ('data', 'design', 'cues.csv')
    """
    path = package_data("design", name)
    if not path.is_file():
        raise PresslibError("no such packaged design file", path=path)
    return path


def compile_cue(pattern: str) -> re.Pattern:
    """A cue list's pattern compiled as cues are matched: without regard to case (on
    :func:`~presslib.text.plain` text)."""
    return re.compile(pattern, re.I)


@lru_cache(maxsize=1)
def repair_patterns() -> tuple[re.Pattern, ...]:
    """The compiled ``reask`` patterns of the packaged design cue list."""
    table = read_data_csv(design_file("cues.csv"), ("use", "pattern"), what="design cue list")
    return tuple(compile_cue(p) for p in table.loc[table["use"].eq("reask"), "pattern"])


def is_repair(sentence: str) -> bool:
    """Does ``sentence`` ask to hear something again?

    >>> is_repair("Can you re-ask?"), is_repair("Can you explain?"), is_repair("Sorry, I didn‘t hear.")
    (True, False, True)
    """
    found = plain(sentence)
    return any(p.search(found) for p in repair_patterns())


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
