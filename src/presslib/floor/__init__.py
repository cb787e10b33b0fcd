"""The floor: who was given it, from which outlet, and in what order (notebook 02).

- :mod:`~presslib.floor.calls`: the moderator's calls, the outlets they name, who then asked;
- :mod:`~presslib.floor.outlet_tables`: questions per turn; questions, follow-ups and
  words per outlet, country, medium or public service, and each outlet's topics;
- :mod:`~presslib.floor.order`: the order of the floor, one row per exchange.

:func:`attribution_table` (from the parser) says where each journalist's name and outlet
were read.
"""

from ..parse.attribution import attribution_table
from .calls import CALL_COLUMNS, RESULTS, calls_table, outlets_named
from .order import FLOOR_COLUMNS, summarise_floor
from .outlet_tables import (
    NO_OUTLET,
    count_outlet_topics,
    count_questions_per_turn,
    explode_outlets,
    summarise_outlets,
    top_outlet,
)

__all__ = [
    "CALL_COLUMNS",
    "FLOOR_COLUMNS",
    "NO_OUTLET",
    "RESULTS",
    "attribution_table",
    "calls_table",
    "count_outlet_topics",
    "count_questions_per_turn",
    "explode_outlets",
    "outlets_named",
    "summarise_floor",
    "summarise_outlets",
    "top_outlet",
]
