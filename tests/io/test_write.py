"""Writing outputs: whole or not at all (a temporary file beside the target, renamed over it),
spreadsheet formulas escaped in CSV, batch-by-batch tables equal to whole ones."""

import multiprocessing
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.errors import OutputError
from presslib.io import write as write_module
from presslib.io.write import Staging, TableWriter, escape_formulas, write_table


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_writer_failing_midway_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    out = tmp_path / "turns.csv"
    out.write_text("old,table\n1,2\n")
    real = pd.DataFrame.to_csv

    def half_then_fail(self, path, *args, **kwargs):
        with open(path, "w") as f:
            f.write("doc_id,turn\nhalf")  # a partial write, then the disk fills
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_then_fail)
    with pytest.raises(OutputError) as info:
        write_table(pd.DataFrame({"a": [1]}), out)
    assert str(info.value) == f"{out}: cannot write (No space left on device); nothing written"
    assert out.read_text() == "old,table\n1,2\n"
    assert _leftovers(tmp_path) == []
    monkeypatch.setattr(pd.DataFrame, "to_csv", real)
    write_table(pd.DataFrame({"a": [1]}), out)
    assert out.read_text() == "a\n1\n" and _leftovers(tmp_path) == []


def test_an_interrupted_write_leaves_nothing_new(tmp_path, monkeypatch):
    def interrupted(self, path, *args, **kwargs):
        open(path, "w").write("x")
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_parquet", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "new.parquet")
    assert list(tmp_path.iterdir()) == []


def test_staged_outputs_are_all_replaced_or_none(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("old a")
    with pytest.raises(RuntimeError):
        with Staging() as stage:
            stage.file(a).write_text("new a")
            stage.file(b).write_text("new b")
            raise RuntimeError("the parse failed after both were written")
    assert a.read_text() == "old a" and not b.exists() and _leftovers(tmp_path) == []
    with Staging() as stage:
        stage.file(a).write_text("new a")
        stage.file(b).write_text("new b")
    assert (a.read_text(), b.read_text()) == ("new a", "new b") and _leftovers(tmp_path) == []


def test_a_replaced_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.csv")
    assert (tmp_path / "t.csv").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("make, message", [
    (lambda d: (d / "out.csv").mkdir(), "is a folder, expected a file name"),
    (lambda d: (d / "file").write_text("x"), "a folder on its path is a file"),
])
def test_output_paths_that_cannot_be_written(tmp_path, make, message):
    make(tmp_path)
    target = tmp_path / "out.csv" if "folder, expected" in message else tmp_path / "file" / "out.csv"
    with pytest.raises(OutputError) as info:
        write_table(pd.DataFrame({"a": [1]}), target)
    assert str(info.value).startswith(f"{target}: ") and message in str(info.value)


def _write_many(path, value, rounds):
    for _ in range(rounds):
        write_table(pd.DataFrame({"run": [value] * 2000, "n": range(2000)}), path)


def test_two_runs_writing_one_file_never_mix(tmp_path):
    out = tmp_path / "t.csv"
    ctx = multiprocessing.get_context("fork")
    runs = [ctx.Process(target=_write_many, args=(out, value, 40)) for value in ("a", "b")]
    for run in runs:
        run.start()
    seen = set()
    while any(r.is_alive() for r in runs):
        if out.exists():
            back = pd.read_csv(out)  # a reader never sees a half-written or mixed file
            assert len(back) == 2000 and back["run"].nunique() == 1
            seen.add(back["run"].iloc[0])
    for run in runs:
        run.join()
        assert run.exitcode == 0
    back = pd.read_csv(out)
    assert len(back) == 2000 and back["run"].nunique() == 1
    assert _leftovers(tmp_path) == []


def test_formulas_are_escaped_in_text_columns_only():
    df = pd.DataFrame({
        "speaker": ["=cmd|' /C calc'!A0", "+1", "-dash", "@sum", "\tTab", "\rCR", "Ann", "a=b", ""],
        "n_words": [-3, 4, -5, 0, 1, 2, 3, 4, 5],
        "ratio": [-0.5, 1.0, 2.0, -1.5, 0.0, 1.0, 2.0, 3.0, 4.0],
    })
    out = escape_formulas(df)
    assert out["speaker"].tolist() == ["'=cmd|' /C calc'!A0", "'+1", "'-dash", "'@sum", "'\tTab", "'\rCR",
                                       "Ann", "a=b", ""]
    assert out["n_words"].tolist() == [-3, 4, -5, 0, 1, 2, 3, 4, 5]
    assert out["ratio"].tolist() == df["ratio"].tolist()
    assert df["speaker"].iloc[0] == "=cmd|' /C calc'!A0"  # the input is not changed


def test_escaping_keeps_missing_cells_and_object_columns():
    df = pd.DataFrame({"outlet": pd.array(["=x", None, "afp"], dtype="str"),
                       "lines": pd.Series([[1], "-2", None], dtype=object)})
    out = escape_formulas(df)
    assert out["outlet"].isna().tolist() == [False, True, False] and out["outlet"].iloc[0] == "'=x"
    assert out["lines"].tolist() == [[1], "'-2", None]


def test_write_table_escapes_only_when_asked(tmp_path):
    df = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")"], "n": [-1]})
    write_table(df, tmp_path / "raw.csv")
    write_table(df, tmp_path / "safe.csv", escape=True)
    assert (tmp_path / "raw.csv").read_text() == 'text,n\n"=HYPERLINK(""http://x"")",-1\n'
    assert (tmp_path / "safe.csv").read_text() == 'text,n\n"\'=HYPERLINK(""http://x"")",-1\n'


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=8), st.integers(-5, 5)), max_size=30), st.integers(1, 7))
def test_a_table_written_in_batches_is_the_table_written_whole(tmp_path_factory, rows, size):
    folder = tmp_path_factory.mktemp("batches")
    df = pd.DataFrame(rows, columns=["text", "n"]).astype({"text": "str", "n": "int64"})
    write_table(df, folder / "whole.csv", escape=True)
    with TableWriter(folder / "batches.csv", escape=True, template=df.iloc[:0]) as writer:
        for k in range(0, len(df), size):
            writer.write(df.iloc[k:k + size])
        writer.close()
    assert (folder / "batches.csv").read_bytes() == (folder / "whole.csv").read_bytes()
    with TableWriter(folder / "batches.parquet", template=df.iloc[:0]) as writer:
        for k in range(0, len(df), size):
            writer.write(df.iloc[k:k + size])
        writer.close()
    back = pd.read_parquet(folder / "batches.parquet")
    pd.testing.assert_frame_equal(back, df.reset_index(drop=True), check_index_type=False)


def test_a_parquet_written_in_batches_has_one_row_group_per_batch(tmp_path):
    import pyarrow.parquet as pq

    df = pd.DataFrame({"n": range(10)})
    with TableWriter(tmp_path / "t.parquet") as writer:
        for k in range(0, 10, 4):
            writer.write(df.iloc[k:k + 4])
        writer.close()
    assert pq.ParquetFile(tmp_path / "t.parquet").num_row_groups == 3


def test_a_folder_is_swapped_whole_and_a_foreign_folder_refused(tmp_path):
    target = tmp_path / "corpus"
    target.mkdir()
    (target / "utterances.jsonl").write_text("old")
    with Staging() as stage:
        new = stage.folder(target, keep=("utterances.jsonl",))
        (new / "utterances.jsonl").write_text("new")
    assert (target / "utterances.jsonl").read_text() == "new" and _leftovers(tmp_path) == []
    (target / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match=r"holds other files \(notes.txt"):
        Staging().folder(target, keep=("utterances.jsonl",))
    assert (target / "notes.txt").read_text() == "mine"


def test_a_folder_swap_without_renameat2_still_replaces_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(write_module, "_exchange", lambda a, b: False)
    target = tmp_path / "corpus"
    target.mkdir()
    (target / "a").write_text("old")
    with Staging() as stage:
        (stage.folder(target, keep=("a",)) / "a").write_text("new")
    assert (target / "a").read_text() == "new" and _leftovers(tmp_path) == []
