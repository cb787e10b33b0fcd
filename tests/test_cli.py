"""The presslib command: parse and info on the bundled transcript."""

import pandas as pd

from presslib.cli import main
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


def test_parse_to_csv_and_parquet(tmp_path, turns):
    csv, pq = tmp_path / "t.csv", tmp_path / "t.parquet"
    assert main(["parse", str(NATO), "-o", str(csv)]) == 0
    assert main(["parse", str(NATO), "-o", str(pq)]) == 0
    back = pd.read_parquet(pq)
    assert back["speaker"].tolist() == turns["speaker"].tolist()
    assert back["line_start"].tolist() == turns["line_start"].tolist()
    assert pd.read_csv(csv)["kind"].tolist() == turns["kind"].tolist()


def test_parse_several_files_keys_by_doc_id(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_bytes(NATO.read_bytes())
    out = tmp_path / "both.csv"
    assert main(["parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(out)]) == 0
    assert pd.read_csv(out).groupby("doc_id").size().to_dict() == {"a": 42, "b": 42}


def test_parse_to_stdout(capsys):
    assert main(["parse", str(NATO)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("doc_id,turn,speaker,label,role,")
    assert len(pd.read_csv(__import__("io").StringIO(out))) == 42


def test_info_summarises(capsys):
    assert main(["info", str(NATO)]) == 0
    out = capsys.readouterr().out
    assert "Jens Stoltenberg, NATO Secretary General" in out
    assert "2023-02-13" in out
    assert "exchanges     12" in out
    # 13 journalist turns (12 questions and AFP's follow-up) by 12 people, read off the transcript
    assert "journalist   13 turns  12 speakers" in out
    assert "moderator    14 turns    1 speaker" in out
    assert "unknown       none" in out


def test_report_checks_the_transcript_first_and_takes_paths_from_here(tmp_path, capsys, monkeypatch):
    essay = tmp_path / "essay.txt"
    essay.write_text("An essay.\n\nIt has no speakers at all.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--transcript", "essay.txt", "-o", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(essay) in err and "expected" in err
    assert not (tmp_path / "r").exists()  # nothing ran


def test_wpm_must_be_positive(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["exchanges", str(NATO), "--wpm", "0"])
    assert "expected a number greater than 0" in capsys.readouterr().err
