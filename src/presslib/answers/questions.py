"""The questions table: one row per question a journalist asked, counted as question units.

presslib counts questions one way, by **question unit** (:mod:`presslib.design.units`): one
question with its variants, so that a reformulation ("What do you think ...? Do you think this
is realistic?") counts once and two questions joined in one sentence ("..., and is this a job
that you want to keep doing?") count twice; announcements, context, reported speech, thanks
and self-introductions belong to a unit without being questions. The questions table keeps the
units **asked for the first time** (:data:`~presslib.design.units.ASKED`: from a question turn
or the journalist's own follow-up). A re-ask the principal requested ("The first question
was?") repeats a question already counted, and an apparent interjection is not in the
transcript: both stay in the units table, not here.

:func:`questions_table` is built next to the units, in :mod:`presslib.design.units` (so that
the answers' measures and the design indicators share one rule without importing each other
in a circle), and is named here, where the answers notebook looks for it. :func:`worked_exchange`
picks the exchange a notebook reads closely.
"""

from __future__ import annotations

import pandas as pd

from ..design.units import QUESTION_COLUMNS, questions_table
from ..errors import PresslibError
from ..table import need_columns

__all__ = ["QUESTION_COLUMNS", "questions_table", "worked_exchange"]


def worked_exchange(questions: pd.DataFrame, *, exchange: int | None = None) -> tuple[str, int] | None:
    """``(doc_id, exchange)`` of the exchange a notebook reads closely: ``exchange`` when given
    (in the first transcript that has a question in it), else the first exchange with the most
    questions; None when no question was asked. An ``exchange`` without questions is an error.

    >>> q = pd.DataFrame({"doc_id": "d", "exchange": [1, 2, 2, 3, 3], "turn": [1, 4, 4, 7, 7]})
    >>> worked_exchange(q), worked_exchange(q, exchange=3)
    (('d', 2), ('d', 3))
    """
    need_columns(questions, ("doc_id", "exchange"), what="the questions table")
    asked = questions.dropna(subset=["exchange"])
    if exchange is not None:
        chosen = asked[asked["exchange"].eq(exchange)]
        if chosen.empty:
            numbers = ", ".join(str(int(e)) for e in sorted(asked["exchange"].unique())) or "none"
            raise PresslibError(f"no question was asked in exchange {exchange}; exchanges with questions: {numbers}")
        return str(chosen["doc_id"].iloc[0]), int(exchange)
    if asked.empty:
        return None
    counts = asked.groupby(["doc_id", "exchange"], sort=False).size()
    doc_id, number = counts.index[int(counts.to_numpy().argmax())]
    return str(doc_id), int(number)
