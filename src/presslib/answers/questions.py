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
in a circle), and is named here, where the answers notebook looks for it; so is
:func:`worked_exchange`, the one exchange that notebooks 03 and 06 read closely.
"""

from __future__ import annotations

from ..design.units import QUESTION_COLUMNS, questions_table, worked_exchange

__all__ = ["QUESTION_COLUMNS", "questions_table", "worked_exchange"]
