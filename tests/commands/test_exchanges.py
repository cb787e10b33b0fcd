"""The exchanges and questions commands write their tables and name a missing file."""

import pandas as pd

from presslib.cli import main
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


def test_cli_exchanges_and_questions_write_tables(tmp_path, capsys):
    out = tmp_path / "ex.csv"
    assert main(["exchanges", str(NATO), "-o", str(out)]) == 0
    table = pd.read_csv(out)
    assert len(table) == 12 and table.loc[7, "answer_turns"] == 2
    assert main(["questions", str(NATO), "-o", str(tmp_path / "q.parquet")]) == 0
    q = pd.read_parquet(tmp_path / "q.parquet")
    assert (q["turn"] == 2).sum() == 3
    assert main(["questions", str(NATO), "--parts"]) == 0
    assert "self_identification" in capsys.readouterr().out


def test_cli_names_a_missing_file(tmp_path, capsys):
    assert main(["exchanges", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt" in capsys.readouterr().err
