"""The teaching track: exercises with checks, and student copies that run without solutions."""

import nbformat
import pytest

from presslib import cli
from presslib.report import list_notebooks
from presslib.report.teaching import check, strip_solutions

NOTEBOOKS = list_notebooks()


def _tags(cell):
    return cell.get("metadata", {}).get("tags", [])


def test_strip_solutions_removes_tagged_cells_and_outputs_without_changing_the_input():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# 99 · Title"),
        nbformat.v4.new_code_cell("answer = None", outputs=[], execution_count=3),
        nbformat.v4.new_code_cell("answer = 42", metadata={"tags": ["solution"]}),
        nbformat.v4.new_code_cell("check(answer, 42)"),
    ])
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", text="hi")]
    student = strip_solutions(nb)
    assert [c.source for c in student.cells] == ["# 99 · Title", "answer = None", "check(answer, 42)"]
    assert all(c.outputs == [] and c.execution_count is None for c in student.cells if c.cell_type == "code")
    assert len(nb.cells) == 4 and nb.cells[1].outputs  # the original is untouched


def test_check_never_raises(capsys):
    assert check(1.0, 1.0004, tol=0.001) is True
    assert check("we", "We ") is True
    assert check({"a", "b"}, {"b", "a"}) is True
    assert check([1, 2], 3, hint="a number") is False
    assert "Not yet. Hint: a number" in capsys.readouterr().out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_has_goals_and_checked_exercises(path):
    nb = nbformat.read(path, as_version=4)
    assert "After this notebook you can" in nb.cells[0].source
    assert any(c.cell_type == "markdown" and c.source.startswith("## Your turn") for c in nb.cells)
    solutions = [i for i, c in enumerate(nb.cells) if "solution" in _tags(c)]
    assert solutions, "no exercise with a solution cell tagged 'solution'"
    for i in solutions:
        before, after = nb.cells[i - 1], nb.cells[i + 1]
        # a starter the student fills in, the solution, then a self-check
        assert "answer = None" in before.source, nb.cells[i].source[:60]
        assert "teaching.check(" in after.source and "solution" not in _tags(after)


def test_make_student_command_writes_the_copies(tmp_path):
    assert cli.main(["student", "-o", str(tmp_path)]) == 0
    written = sorted(p.name for p in tmp_path.glob("*.ipynb"))
    assert written == [p.name for p in NOTEBOOKS]
    for p in tmp_path.glob("*.ipynb"):
        nb = nbformat.read(p, as_version=4)
        assert not any("solution" in _tags(c) for c in nb.cells)


def _check_outputs(nb) -> list[str]:
    """The text each self-check cell printed."""
    out = []
    for cell in nb.cells:
        if cell.cell_type == "code" and "teaching.check(" in cell.source:
            out.append("".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream"))
    return out


@pytest.fixture(scope="module")
def executed(notebook_runs):
    """Every notebook (from the report's run) and its student copy, each run from a fresh kernel."""
    originals = {run.name: run.notebook for run in notebook_runs.report[1]}
    copies = {run.name: run.notebook for run in notebook_runs.student[1]}
    return originals, copies


@pytest.mark.slow
def test_student_copies_execute_and_wait_for_answers(executed):
    _, copies = executed
    assert sorted(copies) == [p.stem for p in NOTEBOOKS]
    for name, nb in copies.items():
        assert not any("solution" in _tags(c) for c in nb.cells), name
        printed = _check_outputs(nb)
        assert printed, name
        assert all(text.startswith("Not yet answered") for text in printed), (name, printed)


@pytest.mark.slow
def test_solutions_pass_their_checks(executed):
    originals, _ = executed
    for name, nb in originals.items():
        printed = _check_outputs(nb)
        assert printed and all(text.strip() == "Right." for text in printed), (name, printed)
