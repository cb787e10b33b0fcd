"""The command line's outputs: exit status 3 for an output that cannot be written, one-line
errors whatever the file name, formulas escaped in CSV, nothing half-written (issue #15)."""

import json
import shutil

import pandas as pd
import pytest

from presslib.cli import main
from presslib.io import convokit
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


@pytest.mark.parametrize("command", ["parse", "topics", "questions", "exchanges", "outlets"])
def test_output_a_folder_is_a_one_line_error_with_status_3(tmp_path, capsys, command):
    out = tmp_path / "out.csv"
    out.mkdir()
    assert main([command, str(NATO), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err == f"presslib: {out}: is a folder, expected a file name\n"


def test_output_under_a_regular_file(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    out = tmp_path / "file" / "out.parquet"
    assert main(["parse", str(NATO), "-o", str(out)]) == 3
    assert capsys.readouterr().err == f"presslib: {out}: cannot write (a folder on its path is a file); nothing written\n"


def test_a_full_disk_is_status_3_and_leaves_the_old_output(tmp_path, capsys, monkeypatch):
    out = tmp_path / "t.csv"
    out.write_text("old\n")

    def full(self, path_or_buf=None, *args, **kwargs):
        path_or_buf.write("doc_id,tu")  # part of a table, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    assert main(["parse", str(NATO), "-o", str(out), "--convokit", str(tmp_path / "ck")]) == 3
    assert capsys.readouterr().err == f"presslib: {out}: cannot write (No space left on device); nothing written\n"
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_a_run_failing_at_the_end_writes_none_of_its_outputs(tmp_path, capsys, monkeypatch):
    (tmp_path / "old.csv").write_text("old\n")

    def broken(self, meta=None):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(convokit.ConvoKitWriter, "close", broken)
    status = main(["parse", str(NATO), "-o", str(tmp_path / "old.csv"), "--meta", str(tmp_path / "meta.csv"),
                   "--convokit", str(tmp_path / "ck")])
    assert status == 3 and "nothing written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.csv"]
    assert (tmp_path / "old.csv").read_text() == "old\n"


def test_an_unknown_format_stays_a_user_mistake(tmp_path, capsys):
    assert main(["parse", str(NATO), "-o", str(tmp_path / "t.xlsx")]) == 2
    assert "unknown table format" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path, capsys):
    bad = tmp_path / "two\nlines.txt"
    bad.write_text("Just an essay.\n\nNo speakers here.\n")
    for command in (["info", str(bad)], ["parse", str(bad)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and repr(str(bad)) in err


def test_a_newline_in_an_output_name_keeps_the_error_on_one_line(tmp_path, capsys):
    out = tmp_path / "a\nb.csv"
    out.mkdir()
    assert main(["parse", str(NATO), "-o", str(out)]) == 3
    assert capsys.readouterr().err == f"presslib: {str(out)!r}: is a folder, expected a file name\n"


FORMULAS = ("Title\n\nMax Delany, AFP:\nIs it =HYPERLINK(\"http://x\",\"y\")?\n\nJens Stoltenberg:\n"
            "+Yes. @all -dash\n\nMax Delany, AFP:\n=SUM(A1)?\n\nJens Stoltenberg:\n-No.\n")


def test_csv_formulas_are_escaped_unless_raw(tmp_path, capsys):
    src = tmp_path / "f.txt"
    src.write_text(FORMULAS)
    for out, extra in ((tmp_path / "safe.csv", []), (tmp_path / "raw.csv", ["--raw-csv"])):
        assert main(["parse", str(src), "-o", str(out), *extra]) == 0
    safe = pd.read_csv(tmp_path / "safe.csv", keep_default_na=False)
    raw = pd.read_csv(tmp_path / "raw.csv", keep_default_na=False)
    assert raw["text"].tolist() == ['Is it =HYPERLINK("http://x","y")?', "+Yes. @all -dash", "=SUM(A1)?", "-No."]
    assert safe["text"].tolist() == ['Is it =HYPERLINK("http://x","y")?', "'+Yes. @all -dash", "'=SUM(A1)?", "'-No."]
    # every other cell is the same, numbers included
    pd.testing.assert_frame_equal(safe.drop(columns="text"), raw.drop(columns="text"))
    # standard output too
    assert main(["parse", str(src)]) == 0
    assert "'=SUM(A1)?" in capsys.readouterr().out
    assert main(["parse", str(src), "--raw-csv"]) == 0
    assert "'=SUM" not in capsys.readouterr().out
    # Parquet keeps every cell as it is
    assert main(["parse", str(src), "-o", str(tmp_path / "t.parquet")]) == 0
    assert pd.read_parquet(tmp_path / "t.parquet")["text"].tolist() == raw["text"].tolist()


def test_negative_numbers_stay_numbers_in_csv(tmp_path):
    from presslib.commands import emit_table

    emit_table(pd.DataFrame({"ratio": [-1.5, 2.0], "delta": [-3, 4], "name": ["-3", "x"]}),
               str(tmp_path / "t.csv"), what="rows")
    assert (tmp_path / "t.csv").read_text() == "ratio,delta,name\n-1.5,-3,'-3\n2.0,4,x\n"


def test_parse_streams_the_same_table_it_holds(tmp_path, capsys):
    """-o writes batch by batch; the table is the one load_corpus gives, row groups per batch."""
    import pyarrow.parquet as pq

    import presslib

    for k in range(20):
        shutil.copy(NATO, tmp_path / f"n{k:02d}.txt")
    out = tmp_path / "t.parquet"
    assert main(["parse", str(tmp_path), "-o", str(out), "-j", "2"]) == 0
    turns, _ = presslib.load_corpus(tmp_path)
    pd.testing.assert_frame_equal(pd.read_parquet(out), turns)
    assert pq.ParquetFile(out).num_row_groups == 2  # 16 files, then 4
    assert main(["parse", str(tmp_path), "-o", str(tmp_path / "t.csv")]) == 0
    assert pd.read_csv(tmp_path / "t.csv").shape == (20 * 42, 16)


def test_convokit_from_the_command_line_replaces_an_earlier_export_whole(tmp_path, capsys):
    ck = tmp_path / "ck"
    assert main(["parse", str(NATO), "--convokit", str(ck), "-o", str(tmp_path / "t.csv")]) == 0
    first = (ck / "utterances.jsonl").read_bytes()
    assert len(first.splitlines()) == 42
    (tmp_path / "b.txt").write_bytes(NATO.read_bytes())
    assert main(["parse", str(tmp_path / "b.txt"), "--convokit", str(ck), "-o", str(tmp_path / "t.csv")]) == 0
    utts = [json.loads(line) for line in (ck / "utterances.jsonl").read_text().splitlines()]
    assert {u["meta"]["doc_id"] for u in utts} == {"b"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt", "ck", "t.csv"]
    (ck / "mine.txt").write_text("keep me")
    assert main(["parse", str(NATO), "--convokit", str(ck)]) == 3
    assert "holds other files (mine.txt" in capsys.readouterr().err
    assert (ck / "mine.txt").read_text() == "keep me"
