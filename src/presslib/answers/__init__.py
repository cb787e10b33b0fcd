"""Questions and answers: what was asked, how long the answers ran, whether they took it up
(notebook 03).

- :mod:`~presslib.answers.questions`: the questions table, one row per question unit asked;
- :mod:`~presslib.answers.exchanges`: one row per question-and-answer exchange;
- :mod:`~presslib.answers.lengths`: answer lengths by exchange, outlet, position and topic;
- :mod:`~presslib.answers.responsiveness`: an exploratory measure of whether answers take up
  the question's words;
- :mod:`~presslib.answers.non_answers`: non-answer and deflection phrases in the answers.
"""

from ..table import exchange_rows  # (re-exported: notebooks read the worked exchange with it)
from .exchanges import EXCHANGE_COLUMNS, TOPIC_COLUMNS, WORDS_PER_MINUTE, exchanges_table
from .lengths import (
    add_outlet_names,
    answer_words_by_outlet,
    answer_words_by_position,
    answer_words_by_topic,
    cumulative_words,
    extreme_answers,
    short_outlet_name,
    summarise_answer_lengths,
)
from .non_answers import count_non_answers, non_answer_hits, read_non_answers
from .questions import QUESTION_COLUMNS, questions_table, worked_exchange
from .responsiveness import THRESHOLD, paragraph_overlap, responsiveness_table, stem_overlap

__all__ = [
    "EXCHANGE_COLUMNS",
    "QUESTION_COLUMNS",
    "THRESHOLD",
    "TOPIC_COLUMNS",
    "WORDS_PER_MINUTE",
    "add_outlet_names",
    "answer_words_by_outlet",
    "answer_words_by_position",
    "answer_words_by_topic",
    "count_non_answers",
    "cumulative_words",
    "exchange_rows",
    "exchanges_table",
    "extreme_answers",
    "non_answer_hits",
    "paragraph_overlap",
    "questions_table",
    "read_non_answers",
    "responsiveness_table",
    "short_outlet_name",
    "stem_overlap",
    "summarise_answer_lengths",
    "worked_exchange",
]
