"""A transcript of very many short turns (a file of nothing but 'Q    Why?' lines, the audit's
500,000-line case) costs time in proportion to its turns: parsing 4 times the turns takes
about 4 times as long, not 16 (compared within one run, the fastest of three each, so the
machine's load cancels out; no wall-clock limit)."""

import time

import presslib


def _many_turns(n: int) -> str:
    return "PRESIDENT SMITH:  Hello.\n\n" + "Q    Why?\n\nPRESIDENT SMITH:  Because.\n\n" * n


def _fastest(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        presslib.parse_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_parse_time_grows_linearly_with_the_number_of_turns():
    small, large = _many_turns(1_000), _many_turns(4_000)
    assert len(presslib.parse_text(large).turns) == 1 + 2 * 4_000
    ratio = _fastest(large) / _fastest(small)
    # linear work gives about 4; a quadratic step would give about 16
    assert ratio < 8, f"4x the turns took {ratio:.1f}x the time"
