"""Which files a corpus is, and their ids: literal names, globs, folders, a file named twice,
doc_ids unique across folders (issue #15, #17)."""

import os
import shutil
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import presslib
from presslib.cli import main
from presslib.parse.corpus import doc_ids, expand
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


def _nato(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(NATO, path)
    return path


def test_same_name_in_two_folders_gives_two_documents(tmp_path):
    a, b = _nato(tmp_path / "a" / "x" / "t.txt"), _nato(tmp_path / "b" / "x" / "t.txt")
    turns, meta = presslib.load_corpus([a, b])
    assert meta["doc_id"].tolist() == ["a/x/t", "b/x/t"]
    assert turns.groupby("doc_id").size().to_dict() == {"a/x/t": 42, "b/x/t": 42}


def test_the_same_file_twice_is_read_once(tmp_path, monkeypatch):
    a = _nato(tmp_path / "t.txt")
    os.symlink(a, tmp_path / "link.txt")
    monkeypatch.chdir(tmp_path)
    turns, meta = presslib.load_corpus([a, "t.txt", "./t.txt", tmp_path / "link.txt", str(tmp_path / "*.txt")])
    assert meta["doc_id"].tolist() == ["t"] and len(turns) == 42


def test_doc_id_rules():
    assert doc_ids([Path("a/x/t.txt"), Path("b/x/t.txt"), Path("c/u.txt")]) == ["a/x/t", "b/x/t", "u"]
    assert doc_ids([Path("d/t.txt"), Path("d/t.md")]) == ["t.txt", "t.md"]
    assert doc_ids([Path("d/t.txt"), Path("d/t.md"), Path("d/t.txt.md")]) == ["t.txt~2", "t.md", "t.txt"]
    assert doc_ids([Path("/x/2021-01/a.md"), Path("/x/2021-02/a.md"), Path("/x/2021-02/b.md")]) == [
        "2021-01/a", "2021-02/a", "b"]


_NAMES = st.lists(st.tuples(st.sampled_from(["a", "b", "a/b", "b/a", "c/a/b"]),
                            st.sampled_from(["t", "t.txt", "u", "T"]), st.sampled_from([".txt", ".md", ""])),
                  min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_NAMES)
def test_doc_ids_are_unique_for_distinct_files(parts):
    files = list(dict.fromkeys(Path(folder) / (stem + ext) for folder, stem, ext in parts))
    ids = doc_ids(files)
    assert len(set(ids)) == len(ids)
    # a file whose stem no other file has keeps its stem
    stems = [f.stem for f in files]
    for f, i in zip(files, ids):
        if stems.count(f.stem) == 1:
            assert i == f.stem


def test_a_literal_name_with_glob_characters_is_taken_literally(tmp_path):
    _nato(tmp_path / "brief[1].txt")
    (tmp_path / "brief1.txt").write_text("Just an essay.\n\nNo speakers here.\n")
    turns, meta = presslib.load_corpus(str(tmp_path / "brief[1].txt"))
    assert meta["doc_id"].tolist() == ["brief[1]"] and len(turns) == 42
    # and a pattern is a pattern when no such file exists
    (tmp_path / "brief[1].txt").rename(tmp_path / "brief2.txt")
    assert expand(str(tmp_path / "brief[12].txt")) == [tmp_path / "brief1.txt", tmp_path / "brief2.txt"]


def test_a_folder_stands_for_its_transcripts_in_subfolders_too(tmp_path):
    _nato(tmp_path / "c" / "2021" / "b.txt")
    _nato(tmp_path / "c" / "a.md")
    _nato(tmp_path / "c" / ".hidden" / "h.txt")
    _nato(tmp_path / "c" / ".h.txt")
    (tmp_path / "c" / "notes.csv").write_text("a,b\n")
    assert expand(tmp_path / "c") == [tmp_path / "c" / "2021" / "b.txt", tmp_path / "c" / "a.md"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(presslib.PresslibError, match=r"empty: folder holds no transcript files"):
        expand(tmp_path / "empty")


def test_a_recursive_glob_spans_folders(tmp_path, capsys):
    _nato(tmp_path / "c" / "2021" / "x.md")
    _nato(tmp_path / "c" / "2022" / "deep" / "y.md")
    _nato(tmp_path / "c" / "z.txt")
    assert main(["parse", str(tmp_path / "c" / "**" / "*.md"), "-o", str(tmp_path / "t.csv")]) == 0
    assert "84 turns from 2 transcripts" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "c"), "-o", str(tmp_path / "t.csv")]) == 0
    assert "126 turns from 3 transcripts" in capsys.readouterr().err


def test_iter_corpus_gives_the_tables_of_load_corpus_batch_by_batch(tmp_path):
    import pandas as pd

    for k in range(40):
        _nato(tmp_path / f"n{k:02d}.txt")
    turns, meta = presslib.load_corpus(tmp_path, jobs=1)
    batches = list(presslib.parse.corpus.iter_corpus(tmp_path, jobs=2))
    assert [len(b.meta) for b in batches] == [16, 16, 8]
    pd.testing.assert_frame_equal(pd.concat([b.turns for b in batches], ignore_index=True), turns)
    assert [m["doc_id"] for b in batches for m in b.meta] == meta["doc_id"].tolist()
