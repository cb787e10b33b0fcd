"""presslib: press-conference transcripts into tidy pandas tables and clear charts.

>>> import presslib
>>> t = presslib.load_transcript(presslib.paths.DEFAULT_TRANSCRIPT)
>>> t.turns[["speaker", "role", "kind", "exchange"]].head(3)  # doctest: +SKIP

Importing presslib loads pandas only; plotting (matplotlib), NLTK and scikit-learn are
imported by the modules that need them, when they are first used.
"""

from . import paths
from .errors import PresslibError
from .parse import load_transcript, parse_text
from .parse.corpus import load_corpus, load_turns
from .table import COLUMNS, Meta, Transcript, rebuild_body

__all__ = [
    "COLUMNS",
    "Meta",
    "PresslibError",
    "Transcript",
    "load_corpus",
    "load_transcript",
    "load_turns",
    "parse_text",
    "paths",
    "rebuild_body",
]
__version__ = "0.1.0"
