"""Every regular expression that reads user text runs in linear time.

Each pattern of the modules that read transcripts (and of every bundled convention) is run over
long runs of hostile pieces ("    ", "A A ", "<!--", "a:" ...). A run that takes more than a
millisecond on 2,000 characters is looked at closer: the pattern is run again over four times
the text, where linear work takes about four times as long and quadratic sixteen; a ratio above
eight is measured again at four times both sizes before the pattern is blamed. The verdict
compares times within one run, so the machine's speed does not matter; each is the best of three.
Patterns the code only ever anchors (``match``/``fullmatch`` at a line's start) are tried
anchored, as they are used.
"""

import re
import time
import pytest

import presslib.io.markup
import presslib.io.read
import presslib.parse.attribution
import presslib.parse.header
import presslib.parse.labels
import presslib.parse.names
import presslib.parse.people
import presslib.parse.quality
import presslib.parse.reading
import presslib.parse.turns
import presslib.text
from presslib.parse.conventions import conventions
from presslib.repairs import repair_patterns

MODULES = [presslib.io.markup, presslib.io.read, presslib.parse.attribution, presslib.parse.header,
           presslib.parse.labels, presslib.parse.names, presslib.parse.people, presslib.parse.quality,
           presslib.parse.reading, presslib.parse.turns, presslib.text]
# Pieces that make backtracking patterns work hard when repeated: white space of every kind,
# capitals and words (names, labels), punctuation that labels and sentences turn on, markup.
PIECES = [" ", "\xa0", "\t", "A", "A ", "Aa ", "a ", "AB. ", "A, ", ", ", ":", " :", "a:", "Q ",
          "--", "—", "-", ".", "?", "1", "12:", "(", "[", "<", "<!--", "-->", "**", "*", "by ",
          " and ", "of ", "Mr. ", "\n", "\n ", " \n", "\n\n", "'", "’", "é", "\u3000"]
SIZE = 2_000
LOOK_CLOSER = 0.001  # seconds on SIZE characters; linear patterns take a few microseconds
# used only with .match/.fullmatch from a line's start (see labels.py and turns.py)
ANCHORED = {"presslib.parse.labels._BLANK_REST", "presslib.parse.turns._BARE_NUMBER",
            "presslib.parse.turns._PAGE_LINE"}


def _patterns() -> list[tuple[str, re.Pattern]]:
    found = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{module.__name__}.{name}"] = value
            elif isinstance(value, (list, tuple)) and value and all(isinstance(v, re.Pattern) for v in value):
                for k, v in enumerate(value):
                    found[f"{module.__name__}.{name}[{k}]"] = v
    for conv in conventions().values():
        for key, value in conv.compiled.items():
            found[f"conventions.{conv.name}.{key}"] = value
    for k, value in enumerate(repair_patterns()):  # read from a data file, run on every turn
        found[f"presslib.repairs.repair_patterns()[{k}]"] = value
    return sorted(found.items())


def _work(pattern: re.Pattern, text: str, anchored: bool) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        if anchored:
            pattern.match(text)
            pattern.fullmatch(text)
        else:
            for _ in pattern.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return best


def _ratio(pattern: re.Pattern, piece: str, size: int, anchored: bool, short: float | None = None) -> float:
    """The work on four times ``size`` characters over the work on ``size``."""
    if short is None:
        short = _work(pattern, _run(piece, size), anchored)
    return _work(pattern, _run(piece, 4 * size), anchored) / short


def _run(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size] + "#"


@pytest.mark.parametrize("name, pattern", _patterns(), ids=[n for n, _ in _patterns()])
def test_pattern_runs_in_linear_time(name, pattern):
    anchored = name in ANCHORED
    slow = []
    for piece in PIECES:
        short = _work(pattern, _run(piece, SIZE), anchored)
        if short > LOOK_CLOSER and _ratio(pattern, piece, SIZE, anchored, short) > 8:
            # four times the text, more than eight times the work: measured once more at four
            # times the sizes (a busy machine can stretch one measure; it does not stretch two)
            ratio = _ratio(pattern, piece, 4 * SIZE, anchored)
            if ratio > 8:
                slow.append((piece, round(ratio, 1)))
    assert slow == []


def test_the_check_catches_a_quadratic_pattern():
    # the classic: a run of spaces not followed by the word, tried from every start
    pattern = re.compile(r"\s+(?=and\b)")
    short = _work(pattern, _run(" ", SIZE), anchored=False)
    assert short > LOOK_CLOSER
    assert _ratio(pattern, " ", SIZE, False, short) > 8


def test_the_patterns_are_found():
    # (a module whose patterns moved would go unchecked)
    names = [n for n, _ in _patterns()]
    assert len(names) > 60
    assert any(n.startswith("conventions.caps.") for n in names)
    assert ANCHORED <= set(names)
