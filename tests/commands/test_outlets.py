"""The outlets command: per outlet on standard output, rolled up by medium to a file, a missing file in one line."""

import io

import pandas as pd

from presslib import paths
from presslib.cli import main

NATO = paths.DEFAULT_TRANSCRIPT


def test_command_line(tmp_path, capsys):
    assert main(["outlets", str(NATO)]) == 0
    out = pd.read_csv(io.StringIO(capsys.readouterr().out))  # CSV on standard output
    assert out["outlet"].iloc[0] == "afp" and "Deutsche Welle" in set(out["name"])
    # questions come from the questions table (question units): AP's one sentence without a
    # question mark, line 228, holds two ("and I wonder if ...", "and is this a job ...")
    assert out.set_index("outlet").loc["ap", "questions"] == 2
    dest = tmp_path / "media.csv"
    assert main(["outlets", str(NATO), "--by", "medium", "-o", str(dest)]) == 0
    table = pd.read_csv(dest)
    assert sorted(table["medium"]) == ["newspaper", "radio", "television", "wire agency"]
    assert main(["outlets", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
