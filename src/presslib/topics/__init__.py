"""Topics: what a conference was about, counted with an editable lexicon (notebook 01).

- :mod:`~presslib.topics.lexicon`: the topic lexicon (``topics.toml``), read and checked;
- :mod:`~presslib.topics.hits`: topic hits per turn, and every match behind them;
- :mod:`~presslib.topics.precision`: the lexicon's precision, from a hand judgement of each match;
- :mod:`~presslib.topics.tables`: topic frequency by side, role, kind or exchange, and the
  topics asked against those answered;
- :mod:`~presslib.topics.model`: the data-driven view beside the lexicon (NMF, TF-IDF, word
  counts);
- :mod:`~presslib.topics.clouds`: word counts for word clouds, without the conference's
  procedure (``data/word_clouds.toml``).
"""

from .clouds import CLOUD_SIDES, CloudWords, cloud_terms, cloud_terms_by_side, read_cloud_words

from .hits import find_matches, topic_hits, topic_matches
from .lexicon import Lexicon, Topic, lexicon_table, parse_lexicon, read_lexicon
from .precision import judge_topic_matches, keyed_topic_matches, lexicon_precision
from .model import (
    count_terms,
    distinctive_terms,
    nmf_terms,
    paragraphs_table,
    summarise_components,
    summarise_distinctive_terms,
)
from .tables import (
    HIT_COLUMNS,
    add_topic_groups,
    compare_asked_answered,
    count_topics_by,
    exchange_labels,
    top_topic,
    topic_matrix,
    topics_in_questions,
)

__all__ = [
    "CLOUD_SIDES",
    "CloudWords",
    "HIT_COLUMNS",
    "Lexicon",
    "Topic",
    "add_topic_groups",
    "cloud_terms",
    "cloud_terms_by_side",
    "compare_asked_answered",
    "count_terms",
    "count_topics_by",
    "distinctive_terms",
    "exchange_labels",
    "find_matches",
    "judge_topic_matches",
    "keyed_topic_matches",
    "lexicon_precision",
    "lexicon_table",
    "nmf_terms",
    "paragraphs_table",
    "read_cloud_words",
    "parse_lexicon",
    "read_lexicon",
    "summarise_components",
    "summarise_distinctive_terms",
    "topic_hits",
    "topic_matches",
    "top_topic",
    "topic_matrix",
    "topics_in_questions",
]
