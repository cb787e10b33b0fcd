"""The topic lexicon's precision on a transcript, from a hand judgement of every match.

:func:`keyed_topic_matches` gives each match of :func:`~presslib.topics.hits.topic_matches`
the key a judgement file uses (:data:`TOPIC_KEYS`: the transcript, the source line, the topic,
the entry matched and ``nth``, its count among the same entry's matches on that line) and its
context; :func:`lexicon_precision` joins them to a judgement file and gives the precision per
topic and overall (:func:`presslib.precision.precision_table`). By default the judgements are
presslib's own reading of the bundled NATO transcript (``presslib/data/lexicon/
nato_topic_matches.csv``); on any other transcript, write your own.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..precision import join_judgements, judgement_file, precision_table, read_judgements
from ..table import need_columns, source_line
from .hits import topic_matches
from .lexicon import Lexicon

#: The columns that key a topic match to its judgement.
TOPIC_KEYS = ("doc_id", "line", "topic", "entry", "nth")
#: The judgement file of the bundled transcript, shipped with presslib.
BUNDLED_TOPIC_JUDGEMENTS = "nato_topic_matches.csv"


def keyed_topic_matches(turns: pd.DataFrame, *, lexicon: Lexicon | str | Path | None = None,
                        width: int = 60) -> pd.DataFrame:
    """Every topic match with :data:`TOPIC_KEYS`, ``matched`` and ``context`` (``width``
    characters either side, on one line).

    ``line`` is the match's 1-based line in the source file (the turns table's ``line_start``,
    one more when the turn opens with a speaker label on a line of its own).
    """
    need_columns(turns, ("doc_id", "turn", "text", "label", "line_start"), what="the turns table")
    matches = topic_matches(turns, lexicon=lexicon)
    rows = turns.set_index(["doc_id", "turn"])
    lines, contexts = [], []
    for doc_id, turn, start, end in zip(matches["doc_id"], matches["turn"], matches["start"], matches["end"]):
        row = rows.loc[(doc_id, turn)]
        text = row["text"]
        lines.append(source_line(text, start, line_start=int(row["line_start"]), labelled=row["label"] != ""))
        contexts.append(" ".join(text[max(0, start - width) : end + width].split()))
    out = matches.assign(line=pd.Series(lines, dtype="int64", index=matches.index), context=contexts)
    out["nth"] = out.groupby(["doc_id", "line", "topic", "entry"]).cumcount().add(1).astype("int64")
    return out[[*TOPIC_KEYS, "turn", "matched", "context"]]


def judge_topic_matches(turns: pd.DataFrame, *, lexicon: Lexicon | str | Path | None = None,
                        judgements: str | Path | None = None) -> pd.DataFrame:
    """:func:`keyed_topic_matches` with each match's ``correct`` and ``note`` from the judgement
    file (default: the bundled transcript's); a match the file does not judge raises
    :class:`~presslib.errors.PresslibError`."""
    path = judgements if judgements is not None else judgement_file(BUNDLED_TOPIC_JUDGEMENTS)
    return join_judgements(keyed_topic_matches(turns, lexicon=lexicon), read_judgements(path, TOPIC_KEYS),
                           TOPIC_KEYS)


def lexicon_precision(turns: pd.DataFrame, *, lexicon: Lexicon | str | Path | None = None,
                      judgements: str | Path | None = None) -> pd.DataFrame:
    """Precision of the topic lexicon per topic and overall (last row ``all``): ``matches``,
    ``correct`` and ``precision``, from :func:`judge_topic_matches`."""
    return precision_table(judge_topic_matches(turns, lexicon=lexicon, judgements=judgements), "topic")
