"""Notebook 06 reports the hand coding's agreement as the library computes it, never typed."""

import re

import nbformat
import pytest

from presslib import answers, design, paths

NOTEBOOK = paths.NOTEBOOKS_DIR / "06-question-design-and-replies.ipynb"
# a share (other than the 95% of an interval), or a kappa, precision or recall followed by its value
_TYPED = re.compile(r"\b(?!95\s*%)\d+(?:\.\d+)?\s*%|\b(?:kappa|precision|recall|alpha)\b\W{0,3}(?:of\s)?[-\d.]*\d", re.I)


def test_no_agreement_figure_is_typed_in_the_prose():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    typed = [m.group() for c in nb.cells if c.cell_type == "markdown" for m in _TYPED.finditer(c.source)]
    assert typed == []


def test_the_parameters_name_the_shipped_hand_coding():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert 'HAND_CODING = "nato_2023-02-13_coding.csv"' in cell.source
    assert design.design_file("nato_2023-02-13_coding.csv").is_file()


@pytest.mark.slow
def test_the_findings_printed_are_the_library_s_on_the_shipped_coding(notebook_runs, turns):
    _, runs = notebook_runs.report
    nb = next(r.notebook for r in runs if r.name == NOTEBOOK.stem)
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and "design.agreement_findings(" in c.source]
    printed = "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")
    units = design.question_units(turns)
    coding = design.hand_coding_for(units, "nato_2023-02-13_coding.csv")
    summary = design.summarise_design(design.design_indicators(turns, units=units), units)
    scores = design.score_indicators(summary, coding, units)
    _, replies = design.score_replies(design.suggest_replies(turns, units=units, threshold=0.25), coding, units)
    _, strict = design.score_responsiveness(answers.responsiveness_table(turns, threshold=0.25), coding, units)
    expected = design.agreement_findings(units, coding, scores, replies, strict)
    assert printed == "".join(f"- {s}\n" for s in expected)
    assert f"codes {len(units)} of {len(units)} question units" in printed  # the coding is complete
