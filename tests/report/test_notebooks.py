"""Every notebook runs from a fresh kernel, is committed clean, and reruns to identical files."""

import json

import nbformat
import pytest

from presslib import paths
from presslib.report import list_notebooks, run_report

NOTEBOOKS = list_notebooks()


def test_there_are_notebooks():
    assert [p.stem for p in NOTEBOOKS][:1] == ["00-overview"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_follows_the_house_layout(path):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "After this notebook you can" in first.source
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "TRANSCRIPT" in tagged[0].source
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.source.lstrip().startswith("#"), f"code cell without a leading comment: {cell.source[:60]!r}"
            assert "../" not in cell.source and "nltk.download" not in cell.source


@pytest.mark.slow
def test_every_notebook_executes(notebook_runs):
    out, runs = notebook_runs.report
    assert [r.name for r in runs] == [p.stem for p in NOTEBOOKS]
    assert all(not r.error for r in runs)
    for r in runs:
        assert (out / f"{r.name}.html").stat().st_size > 10_000
    index = (out / "index.html").read_text(encoding="utf-8")
    for r in runs:
        assert f'href="{r.name}.html"' in index


@pytest.mark.slow
def test_each_notebook_saves_a_figure_with_the_vector_copy_asked_for(notebook_runs):
    out, runs = notebook_runs.report  # run with vector="svg"
    figures = {p.stem for p in (out / "figures").glob("*.png")}
    for r in runs:
        assert any(f.startswith(r.name[:3]) for f in figures), r.name
    assert {p.stem for p in (out / "figures").glob("*.svg")} == figures  # an SVG beside each PNG


@pytest.mark.slow
def test_reruns_give_identical_tables_and_figures(notebook_runs):
    (a, _), (b, _) = notebook_runs.report, notebook_runs.rerun
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.suffix in {".csv", ".png", ".parquet"})
    assert files, "the report wrote no tables or figures"
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.suffix in {".csv", ".png", ".parquet"})
    differ = [str(f) for f in files if (a / f).read_bytes() != (b / f).read_bytes()]
    assert differ == []


@pytest.mark.slow
def test_turns_table_is_in_the_report(notebook_runs):
    out, _ = notebook_runs.report
    assert (out / "tables" / "00-turns.csv").read_text(encoding="utf-8").startswith("doc_id,turn,speaker,")


@pytest.mark.slow
def test_report_runs_on_another_transcript_by_the_user_s_convention(tmp_path):
    # A copy of the transcript under another name gets its own doc_id; a user's convention
    # (the NATO one under another name, in a folder of their own) reaches the kernels.
    other = tmp_path / "copy_of_nato.txt"
    other.write_bytes(paths.DEFAULT_TRANSCRIPT.read_bytes())
    mine = tmp_path / "conventions"
    mine.mkdir()
    nato = (paths.PACKAGE_DIR / "data" / "conventions" / "nato.toml").read_text(encoding="utf-8")
    (mine / "mine.toml").write_text(nato.replace('name = "nato"', 'name = "mine"'), encoding="utf-8")
    out = tmp_path / "report"
    runs = run_report(transcript=str(other), convention="mine", conventions=mine, output=out,
                      notebooks=NOTEBOOKS[:1], log=lambda *a: None)
    assert not runs[0].error
    injected = [c.source for c in runs[0].notebook.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and "CONVENTION = 'mine'" in injected[0]
    table = (out / "tables" / "00-turns.csv").read_text(encoding="utf-8")
    assert "\ncopy_of_nato,0," in table
