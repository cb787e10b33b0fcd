"""Discourse: how the speakers speak, word by word (notebooks 04 and 05).

- :mod:`~presslib.discourse.selection`: the turns, or tokens, of one part (a role, a kind);
- :mod:`~presslib.discourse.concordances`: concordance lines (key word in context);
- :mod:`~presslib.discourse.collocations`: collocations and repeated phrases (formulae);
- :mod:`~presslib.discourse.markers`: hedges, boosters, pronouns, modals per 1,000 words;
- :mod:`~presslib.discourse.precision`: the marker list's precision, from a hand judgement of each match;
- :mod:`~presslib.discourse.sentiment`: VADER sentiment per sentence and turn;
- :mod:`~presslib.discourse.keywords`: keyness (log-likelihood, Log Ratio) of one part
  against another.
"""

from .collocations import find_collocations, find_formulae, sentences_of_words, top_phrase
from .concordances import (
    KWIC_COLUMNS,
    concordance,
    concordance_query,
    find_phrase,
    format_concordance,
    kwic,
    prefix_query,
    sort_concordance,
)
from .keywords import (
    KEYNESS_COLUMNS,
    SmallCountWarning,
    key_words,
    keyness,
    log_likelihood,
    log_ratio,
    top_key_word,
    top_key_word_in_context,
    top_key_words,
    word_frequencies,
)
from .markers import (
    find_markers,
    marker_examples,
    read_markers,
    summarise_markers,
    top_marker_category,
)
from .precision import JUDGED_GROUPS, judge_marker_matches, keyed_marker_matches, marker_precision
from .selection import select_tokens, select_turns
from .sentiment import sentence_sentiment, summarise_sentiment, turn_sentiment

__all__ = [
    "JUDGED_GROUPS",
    "KEYNESS_COLUMNS",
    "KWIC_COLUMNS",
    "SmallCountWarning",
    "concordance",
    "concordance_query",
    "find_collocations",
    "find_formulae",
    "find_markers",
    "find_phrase",
    "judge_marker_matches",
    "keyed_marker_matches",
    "format_concordance",
    "key_words",
    "keyness",
    "kwic",
    "log_likelihood",
    "log_ratio",
    "marker_examples",
    "marker_precision",
    "prefix_query",
    "read_markers",
    "select_tokens",
    "select_turns",
    "sentence_sentiment",
    "sentences_of_words",
    "top_phrase",
    "sort_concordance",
    "summarise_markers",
    "summarise_sentiment",
    "top_key_word",
    "top_key_word_in_context",
    "top_key_words",
    "top_marker_category",
    "turn_sentiment",
    "word_frequencies",
]
