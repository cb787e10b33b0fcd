"""Charts: one function per chart, each taking a table and returning its Axes, in one style.

- :mod:`~presslib.plots.style`: the colours and the matplotlib settings every chart is drawn
  with (in a context around the chart, never globally);
- :mod:`~presslib.plots.overview`: the whole conference from the turns table (notebook 00);
- :mod:`~presslib.plots.topics`: topics and word clouds (notebook 01);
- :mod:`~presslib.plots.floor`: outlets and the order of the floor (notebook 02);
- :mod:`~presslib.plots.answers`: answer lengths and responsiveness (notebook 03);
- :mod:`~presslib.plots.discourse`: markers, sentiment and key words (notebooks 04 and 05);
- :mod:`~presslib.plots.design`: question design rates, dispersion, agreement with a hand
  coding (notebook 06).

Plots know column names, never files: save a chart with :func:`presslib.report.save.save_figure`.
"""

from .answers import (
    plot_answer_length_distribution,
    plot_answer_words,
    plot_cumulative_words,
    plot_question_paragraph_overlap,
    plot_question_vs_answer,
)
from .design import plot_design_rates, plot_dispersion, plot_indicator_agreement
from .discourse import plot_keyness, plot_marker_rates, plot_sentiment
from .floor import (
    plot_floor_order,
    plot_outlet_groups,
    plot_outlet_topics,
    plot_questions_by_outlet,
)
from .overview import plot_turn_sequence, plot_words_by_role, plot_words_by_speaker
from .style import KIND_COLORS, MEDIUM_COLORS, ROLE_COLORS, STYLE, styled
from .topics import plot_topic_heatmap, plot_topics_by_side, plot_wordcloud, plot_wordclouds

__all__ = [
    "KIND_COLORS",
    "MEDIUM_COLORS",
    "ROLE_COLORS",
    "STYLE",
    "plot_answer_length_distribution",
    "plot_answer_words",
    "plot_cumulative_words",
    "plot_design_rates",
    "plot_dispersion",
    "plot_floor_order",
    "plot_indicator_agreement",
    "plot_keyness",
    "plot_marker_rates",
    "plot_outlet_groups",
    "plot_outlet_topics",
    "plot_question_paragraph_overlap",
    "plot_question_vs_answer",
    "plot_questions_by_outlet",
    "plot_sentiment",
    "plot_topic_heatmap",
    "plot_topics_by_side",
    "plot_turn_sequence",
    "plot_wordcloud",
    "plot_wordclouds",
    "plot_words_by_role",
    "plot_words_by_speaker",
    "styled",
]
