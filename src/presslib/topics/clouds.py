"""Word counts for word clouds: content words less the procedure of a press conference, with
British and American spellings counted as one word.

:func:`cloud_terms` is :func:`presslib.topics.model.count_terms` with the lists of
``word_clouds.toml`` (:func:`read_cloud_words`): ``leave_out`` (words and phrases such as
"thank", "question", "secretary general", "will") and ``spellings`` ("defence" = "defense").
:func:`cloud_terms_by_side` counts them for each side of the conference (the opening
statement, the journalists' questions, the principal's answers), one cloud each.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..errors import PresslibError
from ..table import need_columns
from ..tokens import stem, stop_words, tokenize
from .tables import add_topic_groups

#: The sides of a conference (the ``side`` of :func:`~presslib.topics.tables.add_topic_groups`)
#: that get a word cloud each, in the order a conference has them.
CLOUD_SIDES = ("statement", "question", "answer")


@dataclass(frozen=True)
class CloudWords:
    """What word clouds leave out (``leave_out``: tuples of stems) and count together
    (``spellings``: stem -> the stem it counts under), and the file they came from."""

    leave_out: tuple[tuple[str, ...], ...] = ()
    spellings: dict | None = None
    source: str = ""


def _stems(entry: str) -> tuple[str, ...]:
    return tuple(stem(tok.lower()) for _, _, tok, is_word, _ in tokenize(entry) if is_word)


def read_cloud_words(path: str | Path | None = None) -> CloudWords:
    """Read ``word_clouds.toml`` (default :func:`presslib.paths.data_file`); a mistake raises
    :class:`~presslib.errors.PresslibError` naming the file."""
    path = Path(path) if path is not None else paths.data_file("word_clouds.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PresslibError("no such file, expected the word-cloud lists (TOML)", path=path) from None
    except tomllib.TOMLDecodeError as err:
        raise PresslibError(f"not valid TOML: {err}", path=path) from None
    leave_out, spellings = data.get("leave_out", []), data.get("spellings", {})
    if not isinstance(leave_out, list) or not all(isinstance(w, str) for w in leave_out):
        raise PresslibError("leave_out: expected a list of words or phrases", path=path)
    if not isinstance(spellings, dict) or not all(isinstance(v, str) for v in spellings.values()):
        raise PresslibError('[spellings]: expected lines such as defence = "defense"', path=path)
    merged = {}
    for a, b in spellings.items():
        (sa, *_), (sb, *_) = _stems(a) or ("",), _stems(b) or ("",)
        if sa and sb and sa != sb:
            merged[sb] = sa
    return CloudWords(tuple(s for s in map(_stems, leave_out) if s), merged, str(path))


def _drop_sequences(stems: list[str], sequences) -> list[bool]:
    """Which positions of ``stems`` fall inside one of ``sequences``."""
    dropped = [False] * len(stems)
    for seq in sequences:
        k = len(seq)
        for i in range(len(stems) - k + 1):
            if tuple(stems[i:i + k]) == seq:
                dropped[i:i + k] = [True] * k
    return dropped


def cloud_terms(texts, *, words: CloudWords | None = None, min_length: int = 3) -> dict[str, int]:
    """``{word: count}`` for a word cloud of ``texts``, most frequent first.

    Content words as :func:`presslib.topics.model.count_terms` counts them (no stop words, no
    numbers, words of one stem together under their commonest printed form), less the words
    and phrases of ``words.leave_out``, with the spellings of ``words.spellings`` counted as
    one (default: :func:`read_cloud_words`).

    >>> w = CloudWords(leave_out=(("thank",), ("secretari", "general")), spellings={"defens": "defenc"})
    >>> cloud_terms(["Thank you, Secretary General. Defence, defense and general defence."], words=w)
    {'defence': 3, 'general': 1}
    """
    words = words if words is not None else read_cloud_words()
    stops = stop_words()
    spell = words.spellings or {}
    counts: Counter = Counter()
    forms: Counter = Counter()
    for text in texts:
        toks = [tok.lower() for _, _, tok, is_word, _ in tokenize(str(text)) if is_word]
        stems = [stem(t) for t in toks]
        dropped = _drop_sequences(stems, words.leave_out)
        for lower, s, gone in zip(toks, stems, dropped):
            if gone or len(lower) < min_length or lower in stops or any(c.isdigit() for c in lower):
                continue
            s = spell.get(s, s)
            counts[s] += 1
            forms[(s, lower)] += 1
    best: dict[str, tuple[int, str]] = {}
    for (s, lower), n in forms.items():
        if s not in best or (-n, lower) < (-best[s][0], best[s][1]):
            best[s] = (n, lower)
    return dict(sorted(((best[s][1], n) for s, n in counts.items()), key=lambda kv: (-kv[1], kv[0])))


def cloud_terms_by_side(turns, *, sides=CLOUD_SIDES, words: CloudWords | None = None,
                        min_length: int = 3) -> dict[str, dict[str, int]]:
    """``{side: {word: count}}``: :func:`cloud_terms` of the text of each side's turns, for each
    of ``sides`` in order (the ``side`` of :func:`~presslib.topics.tables.add_topic_groups`:
    ``statement``, ``question`` with the follow-ups, ``answer``, ``moderator``). A side without
    turns, such as the opening statement of a conference that has none, counts no words.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"kind": ["statement", "question", "answer"], "exchange": [0, 1, 1],
    ...                   "text": ["Tanks, tanks.", "Why tanks?", "Because allies asked."]})
    >>> cloud_terms_by_side(t, words=CloudWords())
    {'statement': {'tanks': 2}, 'question': {'tanks': 1}, 'answer': {'allies': 1, 'asked': 1}}
    """
    need_columns(turns, ("kind", "exchange", "text"), what="the turns table")
    grouped = add_topic_groups(turns)
    words = words if words is not None else read_cloud_words()
    return {side: cloud_terms(grouped.loc[grouped["side"].eq(side), "text"], words=words,
                              min_length=min_length)
            for side in sides}
