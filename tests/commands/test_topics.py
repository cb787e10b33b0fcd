"""The topics command: counts by group, another lexicon, a bad lexicon in one line."""

import pandas as pd
import pytest

from presslib import paths
from presslib.cli import main
from presslib.topics import (
    topic_hits,
)

NATO = paths.DEFAULT_TRANSCRIPT


@pytest.fixture(scope="module")
def hits(turns):
    return topic_hits(turns)


def test_command_writes_the_table_by_exchange(tmp_path, turns, hits):
    out = tmp_path / "topics.csv"
    assert main(["topics", str(NATO), "--by", "exchange", "-o", str(out)]) == 0
    table = pd.read_csv(out)
    assert list(table.columns) == [
        "doc_id",
        "exchange",
        "topic",
        "hits",
        "turns",
        "words",
        "per_1000",
    ]
    assert (
        table["hits"].sum()
        == hits.merge(turns[turns["exchange"].notna()], on=["doc_id", "turn"])["hits"].sum()
    )


def test_command_prints_csv_and_reads_another_lexicon(tmp_path, capsys):
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[topic]]\nid = "quake"\nlabel = "Quake"\nterms = ["earthquake"]\n', encoding="utf-8"
    )
    assert main(["topics", str(NATO), "--by", "kind", "--lexicon", str(lexicon)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "doc_id,kind,topic,hits,turns,words,per_1000"
    assert {line.split(",")[1] for line in lines[1:]} == {"statement", "question", "answer"}


def test_command_reports_a_bad_lexicon_in_one_line(tmp_path, capsys):
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text('[[topic]]\nid = "x"\n', encoding="utf-8")
    assert main(["topics", str(NATO), "--lexicon", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("presslib: ") and "bad.toml:1: topic 1 ('x')" in err and err.count("\n") == 1
    )
