"""The report: running the notebooks, writing their pages, and what the notebooks need besides
the analyses.

- :mod:`~presslib.report.run`: executing the notebooks from fresh kernels (``presslib report``);
- :mod:`~presslib.report.pages`: one HTML page per notebook, and the index;
- :mod:`~presslib.report.save`: saving figures and tables under ``reports/``;
- :mod:`~presslib.report.summary`: turns and words by role and speaker; text for the terminal;
- :mod:`~presslib.report.findings`: each notebook's findings, in plain sentences;
- :mod:`~presslib.report.teaching`: self-checks for the exercises, and student copies;
- :mod:`~presslib.report.reading`: numbers rounded for reading, and what was loaded.
"""

from .reading import data_notes, describe_data, english_share, use_reading_format

from .findings import (
    answer_length_findings,
    keyness_findings,
    marker_findings,
    outlet_findings,
    overview_findings,
    sentiment_findings,
    topic_findings,
)
from .pages import write_index, write_pages
from .run import NotebookRun, list_notebooks, run_report
from .save import save_figure, save_table
from .summary import describe, describe_quality, summarise_roles, summarise_speakers
from .teaching import check, strip_solutions, write_student_copies

__all__ = [
    "NotebookRun",
    "answer_length_findings",
    "check",
    "data_notes",
    "describe_data",
    "english_share",
    "describe",
    "describe_quality",
    "keyness_findings",
    "list_notebooks",
    "marker_findings",
    "outlet_findings",
    "overview_findings",
    "run_report",
    "save_figure",
    "save_table",
    "sentiment_findings",
    "strip_solutions",
    "summarise_roles",
    "summarise_speakers",
    "topic_findings",
    "use_reading_format",
    "write_index",
    "write_pages",
    "write_student_copies",
]
