"""Every notebook on any transcript: one per convention (caps and timestamped within the corpus
of three), a Spanish one, one without a topic hit or a key word (and with two principals, one
journalist, no moderator, no opening statement); each notebook from a fresh kernel
(conftest.MATRIX, run once per session by conftest.notebook_runs)."""

import re

import pandas as pd
import pytest

from ..conftest import MATRIX
from presslib import paths
from presslib.report import list_notebooks
from presslib.topics import read_lexicon

NOTEBOOKS = [p.stem for p in list_notebooks()]
FORBIDDEN = ("NATO", "Stoltenberg", "Delany")
# a script or stylesheet loaded from the network
_REMOTE = re.compile(r"<script[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//|<link[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//"
                     r"|import\(\s*[\"'](?:https?:)?//|@import\s+(?:url\()?[\"']?(?:https?:)?//", re.I)


def _pages(out):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(out.glob("*.html"))}


def _source_text(case) -> str:
    spec = MATRIX[case]
    files = sorted(spec.parent.glob(spec.name)) if "*" in spec.name else [spec]
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(MATRIX))
def test_every_notebook_runs_and_the_index_shows_no_failure(notebook_runs, case):
    out, runs = notebook_runs.matrix[case]
    assert [r.name for r in runs] == NOTEBOOKS
    assert {r.name: r.error for r in runs if r.error} == {}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f"All {len(NOTEBOOKS)} notebooks ran without error." in index and 'class="failed"' not in index
    assert (out / "tables" / "00-turns.csv").is_file()
    for r in runs:
        assert list((out / "figures").glob(f"{r.name[:2]}-*.png")), r.name
    assert not list((out / "figures").glob("*.svg"))  # no vector copy unless asked for


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(MATRIX))
def test_no_page_names_the_bundled_transcript_s_people(notebook_runs, case):
    out, _ = notebook_runs.matrix[case]
    said = _source_text(case)
    # the default topic lexicon was made for the bundled transcript: its topic names
    # ("NATO's leadership") are the reader's chosen reference data, not claims about this one
    labels = sorted(read_lexicon().labels.values(), key=len, reverse=True)
    for name, page in _pages(out).items():
        for label in labels:
            page = page.replace(label.replace("'", "&#39;"), "").replace(label, "")
        for word in FORBIDDEN:
            if word not in said:
                assert word not in page, f"{name} says {word!r}: {page[max(0, page.find(word) - 80):page.find(word) + 40]!r}"


@pytest.mark.slow
def test_the_corpus_keeps_its_transcripts_apart(notebook_runs):
    out, _ = notebook_runs.matrix["corpus"]
    exchanges = pd.read_csv(out / "tables" / "03-exchanges.csv")
    assert exchanges["doc_id"].nunique() == 3
    # exchange numbers repeat across transcripts; (doc_id, exchange) is the key
    assert exchanges["exchange"].duplicated().any() and not exchanges[["doc_id", "exchange"]].duplicated().any()
    floor = pd.read_csv(out / "tables" / "02-floor-order.csv")
    assert not floor[["doc_id", "exchange"]].duplicated().any()
    page = (out / "01-topic-frequency.html").read_text(encoding="utf-8")
    assert "A corpus of 3 transcripts" in page


def _all_reports(notebook_runs):
    yield notebook_runs.report
    yield from notebook_runs.matrix.values()


@pytest.mark.slow
def test_pages_load_nothing_from_the_network_and_show_no_local_folder(notebook_runs):
    for out, runs in _all_reports(notebook_runs):
        for name, page in _pages(out).items():
            assert not _REMOTE.search(page), (out.name, name, _REMOTE.search(page).group())
            for folder in (str(paths.PROJ_ROOT), str(out), str(out.resolve())):
                assert folder not in page, (out.name, name, folder)


@pytest.mark.slow
def test_page_titles_are_the_notebooks_titles(notebook_runs):
    for out, runs in _all_reports(notebook_runs):
        for r in runs:
            page = (out / f"{r.name}.html").read_text(encoding="utf-8")
            title = re.search(r"<title>(.*?)</title>", page).group(1)
            assert title.startswith(r.name[:2] + " · ") and title == r.title.replace("&", "&amp;")
