"""Shared fixtures: the bundled NATO transcript, parsed once, and its hand-checked gold table.

Under CI (``CI`` set), hypothesis draws the same examples on every run, so that a build fails
only for a change in the code; locally it explores new ones each time.
"""

import functools
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from hypothesis import settings

matplotlib.use("Agg")  # in this process only; notebook kernels keep their inline backend
settings.register_profile("ci", derandomize=True, database=None, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "default")

import presslib
from presslib.report import run_report, write_student_copies
from presslib.report.run import skip_iri_grammar

skip_iri_grammar()  # as the report command does: the suite validates no IRI (1 s saved)

HERE = Path(__file__).parent
GOLD = HERE / "nato_2023-02-13_gold_turns.csv"
NATO = presslib.paths.DEFAULT_TRANSCRIPT
_MATRIX = HERE / "data" / "matrix"
_CONVENTIONS = HERE / "data" / "conventions"
#: The transcripts every notebook runs on besides the bundled one: one per convention (small;
#: the caps and timestamped ones, with a front-matter one, as the corpus of three, which a
#: report reads transcript by transcript), a Spanish one, one without topic hits or key words.
MATRIX = {
    "caps-stop": _MATRIX / "caps-stop_2011-04-27_bernanke-excerpt.txt",
    "name-dash": _MATRIX / "name-dash_2024-02-28_snowflake-excerpt.txt",
    "name-colon": _MATRIX / "name-colon_2000-04-13_duisenberg-excerpt.txt",
    "spanish": _MATRIX / "spanish_2020-06-26_informe-seguridad-excerpt.md",
    "one-exchange": _MATRIX / "synthetic_port-avalon_one-exchange.txt",
    "corpus": _CONVENTIONS / "*.txt",
}


def as_table_strings(turns: pd.DataFrame, columns) -> pd.DataFrame:
    """The turns table's ``columns`` as the strings a hand-checked CSV holds ("" for missing,
    "true"/"false" for booleans), for comparing with such a CSV read as strings."""
    out = pd.DataFrame(index=turns.index)
    for c in columns:
        col = turns[c]
        if c == "continuation":
            out[c] = col.map({True: "true", False: "false"})
        else:
            out[c] = col.astype(object).map(lambda v: "" if pd.isna(v) else str(v))
    return out.reset_index(drop=True)


def exchange_turns(question, *answers, exchange=1) -> pd.DataFrame:
    """A hand-made exchange for the answers' tests: a call, the question (AFP's), then one
    answer turn per text."""
    texts = ["", question, *answers]
    n = len(texts)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(n), "label": ["M:", "J, AFP:"] + ["P:"] * len(answers),
        "line_start": [1 + 3 * i for i in range(n)], "speaker": ["M", "J"] + ["P"] * len(answers),
        "kind": ["call", "question"] + ["answer"] * len(answers), "exchange": [exchange] * n,
        "text": texts,
    })


def normalised(lines) -> list[str]:
    """Non-blank lines without their white space (rebuild_body joins a label to the text on
    its line by one space, whatever the source had there: none, several, a tab)."""
    return ["".join(line.split()) for line in lines if line.strip()]


def lossless(text: str, turns: pd.DataFrame, meta) -> list[str]:
    """Check that the body rebuilt from ``turns`` (and the asides in ``meta``) is the text's
    non-blank lines, in order, less some lines; return those left out (the header), stripped."""
    from presslib.table import rebuild_body

    rebuilt = normalised(rebuild_body(turns, meta=meta))
    left_out, k = [], 0
    for line in (line for line in text.split("\n") if line.strip()):
        if k < len(rebuilt) and normalised([line]) == [rebuilt[k]]:
            k += 1
        else:
            left_out.append(line.strip())
    assert k == len(rebuilt), f"rebuilt line {k} is not in the source: {rebuilt[k]!r}"
    return left_out


@pytest.fixture(scope="session")
def nato():
    return presslib.load_transcript(NATO)


@pytest.fixture(scope="session")
def turns(nato):
    return nato.turns


@pytest.fixture(scope="session")
def gold():
    return pd.read_csv(GOLD, dtype=str, keep_default_na=False)


class NotebookRuns:
    """Every notebook executed from a fresh kernel, each run made once per test session (when
    a test first asks for it) and shared by every test that needs it. Each run is
    ``(folder, [NotebookRun, ...])``:

    - ``report``: the report, as ``presslib report --vector svg`` writes it;
    - ``rerun``: the report again, into another folder, for the byte-identical check;
    - ``student``: the student copies (solutions removed), run as a report;
    - ``matrix``: ``{case: (folder, runs)}``, a report on each transcript of :data:`MATRIX`.
    """

    def __init__(self, tmp_path_factory):
        self._tmp = tmp_path_factory

    def _run(self, name, notebooks=None, vector=None):
        out = self._tmp.mktemp(name)
        return out, run_report(output=out, notebooks=notebooks, vector=vector, log=lambda *a: None)

    @functools.cached_property
    def report(self):
        return self._run("report", vector="svg")

    @functools.cached_property
    def rerun(self):
        return self._run("rerun")

    @functools.cached_property
    def student(self):
        return self._run("student-report", write_student_copies(output=self._tmp.mktemp("student")))

    @functools.cached_property
    def matrix(self):
        # Two reports at a time, one kernel each: the two cores stay busy from the first
        # notebook to the last (each run gives its kernels their own environment).
        def run(case):
            out = self._tmp.mktemp(f"matrix-{case}")
            return case, (out, run_report(transcript=str(MATRIX[case]), output=out, jobs=1,
                                          log=lambda *a: None, raise_on_error=False))

        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            return dict(pool.map(run, MATRIX))


@pytest.fixture(scope="session")
def notebook_runs(tmp_path_factory):
    """The notebooks' runs, shared by the whole session: see :class:`NotebookRuns`."""
    return NotebookRuns(tmp_path_factory)
