"""Question design and replies, coded by hand and by the tool, with agreement and uncertainty
(notebook 06).

- :mod:`~presslib.design.sentences` and :mod:`~presslib.design.pieces`: a journalist's turn in
  sentences, then pieces, each with its part;
- :mod:`~presslib.design.units`: question units (a question with its variants, announcement,
  context and reported speech; follow-ups, requested re-asks, apparent interjections), the
  questions table and the questions proper, the one count of questions every notebook uses;
- :mod:`~presslib.design.indicators`: question design indicators after Clayman and Heritage
  (initiative, directness, assertiveness, adversarialness), each with its cue and line;
- :mod:`~presslib.design.replies`: the reply scheme after Bull and Mayer, question-answer
  pairs, suggested codes;
- :mod:`~presslib.design.coding`: coding sheets written, read back and checked;
- :mod:`~presslib.design.agreement`: Cohen's kappa, Krippendorff's alpha, the tool scored
  against a hand coding;
- :mod:`~presslib.design.uncertainty` and :mod:`~presslib.design.dispersion`: bootstrap
  intervals, the keyness correction, range and DP;
- :mod:`~presslib.design.findings`: the notebook's sentences, computed from its tables.

Cue lists, the reply scheme, the NATO hand coding and a teaching example of two coders live in
``presslib/data/design/`` (see its README).
"""

from .agreement import (
    OVERLAP_READINGS,
    addressed_by_unit,
    agreement_summary,
    binary_scores,
    cohen_kappa,
    combine_scores,
    count_matches,
    confusion_table,
    krippendorff_alpha,
    reply_disagreements,
    score_indicators,
    score_replies,
    score_responsiveness,
    score_responsiveness_readings,
)
from .coding import (
    CODE_COLUMNS,
    KEY,
    add_keys,
    coding_sheet,
    match_coding,
    read_coding,
    read_hand_coding,
    write_coding_sheet,
)
from .cues import design_file, read_cues
from .dispersion import DISPERSION_COLUMNS, dispersion_table, frequent_terms
from .indicators import DIMENSIONS, INDICATORS, design_indicators, summarise_design
from .findings import (
    agreement_findings,
    design_findings,
    design_rates,
    example_parts,
    hand_coding_for,
    read_agreement_example,
    summarise_units,
    top_indicator,
)
from .replies import CODES, qa_pairs, read_reply_scheme, suggest_replies
from .uncertainty import adjust_p_values, bootstrap_rate, correct_keyness, summarise_keyness_tests
from .units import PROPER_PARTS, UNIT_COLUMNS, question_proper, question_tokens, question_units, unit_parts

__all__ = [
    "CODES", "CODE_COLUMNS", "PROPER_PARTS", "DIMENSIONS", "DISPERSION_COLUMNS", "INDICATORS", "KEY",
    "OVERLAP_READINGS", "UNIT_COLUMNS",
    "add_keys", "addressed_by_unit", "adjust_p_values", "agreement_findings", "agreement_summary",
    "binary_scores", "bootstrap_rate", "combine_scores", "coding_sheet", "count_matches", "cohen_kappa", "confusion_table",
    "correct_keyness", "design_file", "design_findings", "design_indicators", "design_rates", "dispersion_table",
    "example_parts", "frequent_terms", "hand_coding_for", "krippendorff_alpha", "match_coding",
    "qa_pairs", "question_proper", "question_tokens", "question_units", "reply_disagreements",
    "read_agreement_example", "read_coding", "read_cues", "read_hand_coding", "read_reply_scheme",
    "score_indicators", "score_replies", "score_responsiveness", "score_responsiveness_readings",
    "suggest_replies",
    "summarise_design", "summarise_keyness_tests", "summarise_units", "top_indicator", "unit_parts",
    "write_coding_sheet",
]
