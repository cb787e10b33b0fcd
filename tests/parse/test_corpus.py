"""Corpora: many transcripts of several conventions, broken files, progress, ConvoKit export."""

import contextlib
import io
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pandas as pd
import pytest

import presslib
from presslib.parse import corpus
from presslib.cli import main
from presslib.parse.corpus import CorpusWarning, _Progress
from presslib.errors import DecodingWarning
from presslib.io.convokit import write_convokit

from ..conftest import NATO

DATA = Path(__file__).parents[1] / "data" / "conventions"


@pytest.fixture
def folder(tmp_path):
    """The bundled NATO transcript and the three convention samples, plus one broken file."""
    shutil.copy(NATO, tmp_path / "a_nato.txt")
    for f in sorted(DATA.glob("*.txt")):
        shutil.copy(f, tmp_path / f.name)
    (tmp_path / "m_broken.txt").write_bytes(b"Just an essay.\n\nNo speakers here.\n")
    return tmp_path


def test_collect_keeps_good_files_and_reports_the_broken_one(folder):
    with pytest.warns(CorpusWarning, match="1 of 5 transcript"):
        turns, meta = presslib.load_corpus(str(folder / "*.txt"), errors="collect")
    assert meta["doc_id"].tolist() == ["a_nato", "frontmatter_2023-05-10_central-bank", "m_broken",
                                       "timestamped_2020-03-13_press-conference",
                                       "whitehouse_2023-03-03_briefing"]
    broken = meta.set_index("doc_id").loc["m_broken", "error"]
    assert broken.startswith(str(folder / "m_broken.txt") + ":1: expected speaker labels")
    assert (meta["error"] == "").sum() == 4
    # 42 NATO turns (gold) and the samples' hand-checked tables
    sizes = {f.name.removesuffix(".turns.csv"): len(pd.read_csv(f)) for f in DATA.glob("*.turns.csv")}
    assert turns.groupby("doc_id", sort=False).size().to_dict() == {"a_nato": 42, **dict(sorted(sizes.items()))}
    assert set(meta["convention"]) == {"nato", "caps", "timestamped", ""}


def test_raise_stops_at_the_broken_file(folder):
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_corpus(str(folder / "*.txt"))
    assert info.value.path == str(folder / "m_broken.txt") and info.value.line == 1


def test_parallel_equals_serial_across_conventions(folder):
    (folder / "m_broken.txt").unlink()
    serial = presslib.load_corpus(str(folder / "*.txt"), jobs=1)
    parallel = presslib.load_corpus(str(folder / "*.txt"), jobs=2)
    pd.testing.assert_frame_equal(serial[0], parallel[0])
    pd.testing.assert_frame_equal(serial[1], parallel[1])


def test_warnings_from_worker_processes_reach_the_caller(folder):
    (folder / "m_broken.txt").write_bytes("Max Delany, AFP:\nCafé?\n\nJens Stoltenberg:\nYes.\n".encode("cp1252"))
    with pytest.warns(DecodingWarning, match="m_broken.txt"):
        presslib.load_corpus(str(folder / "*.txt"), jobs=2)


def test_cli_parses_a_folder_reports_failures_and_exits_non_zero(folder, capsys):
    out = folder / "corpus.parquet"
    assert main(["parse", str(folder / "*.txt"), "-o", str(out), "--meta", str(folder / "meta.csv")]) == 1
    err = capsys.readouterr().err
    assert "m_broken.txt:1: expected speaker labels" in err
    assert "1 of 5 transcripts failed" in err
    back = pd.read_parquet(out)
    assert back["doc_id"].nunique() == 4 and "m_broken" not in set(back["doc_id"])
    assert pd.read_csv(folder / "meta.csv", keep_default_na=False)["error"].ne("").sum() == 1
    (folder / "m_broken.txt").unlink()
    assert main(["parse", str(folder / "*.txt"), "-o", str(out)]) == 0


def test_cli_forces_a_convention(capsys):
    wh = str(DATA / "whitehouse_2023-03-03_briefing.txt")
    assert main(["parse", wh, "--convention", "caps"]) == 0
    assert main(["parse", wh, "--convention", "nato"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tried nato" in err


def test_progress_bar_counts_files():
    stream = io.StringIO()
    bar = _Progress(4, stream=stream)
    bar.update(2)
    bar.update(2)
    bar.close()
    text = stream.getvalue()
    assert "2/4 files  50%" in text and "4/4 files 100%" in text and text.endswith("\n")


def test_progress_goes_to_stderr_only_when_asked(folder, capsys):
    (folder / "m_broken.txt").unlink()
    presslib.load_corpus(str(folder / "*.txt"))  # not a terminal: no bar
    assert capsys.readouterr().err == ""
    presslib.load_corpus(str(folder / "*.txt"), progress=True)
    assert "4/4 files" in capsys.readouterr().err


def _exported(folder, tmp_path):
    (folder / "m_broken.txt").unlink()
    turns, meta = presslib.load_corpus(str(folder / "*.txt"))
    return turns, meta, write_convokit(turns, tmp_path / "convokit", meta=meta)


def test_convokit_layout_links_answers_to_questions(folder, tmp_path):
    turns, meta, out = _exported(folder, tmp_path)
    assert sorted(p.name for p in out.iterdir()) == [
        "conversations.json", "corpus.json", "index.json", "speakers.json", "utterances.jsonl"]
    utts = [json.loads(line) for line in (out / "utterances.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(utts) == len(turns)
    by_id = {u["id"]: u for u in utts}
    # NATO, exchange 1 (gold rows 1-5): call, Delany's question, answer, follow-up, answer
    assert [by_id[f"a_nato/{i}"]["reply_to"] for i in range(1, 6)] == [
        None, "a_nato/1", "a_nato/2", "a_nato/3", "a_nato/4"]
    assert {by_id[f"a_nato/{i}"]["conversation_id"] for i in range(1, 6)} == {"a_nato/1"}
    # every answer replies to a question or follow-up of its own exchange
    for u in utts:
        if u["meta"]["kind"] == "answer" and u["reply_to"]:
            asked = by_id[u["reply_to"]]
            assert asked["meta"]["kind"] in ("question", "follow_up", "answer")
            assert asked["conversation_id"] == u["conversation_id"]
    conversations = json.loads((out / "conversations.json").read_text(encoding="utf-8"))
    nato_exchanges = turns.loc[turns["doc_id"] == "a_nato", "exchange"]
    # exchanges 0..12 plus the closing
    assert sum(1 for c in conversations.values() if c["meta"]["doc_id"] == "a_nato") == nato_exchanges.nunique() + 1


def test_convokit_loads_the_export(folder, tmp_path):
    convokit = pytest.importorskip("convokit")
    turns, meta, out = _exported(folder, tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = convokit.Corpus(filename=str(out))
    assert len(list(corpus.iter_utterances())) == len(turns)
    assert len(list(corpus.iter_conversations())) == turns.groupby(
        ["doc_id", turns["exchange"].astype("float").fillna(-1)]).ngroups
    delany = corpus.get_utterance("a_nato/2")
    assert delany.speaker.id == "Max Delany" and delany.reply_to == "a_nato/1"
    assert corpus.get_utterance("a_nato/3").reply_to == "a_nato/2"
    assert delany.meta["outlet"] == "afp"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_missing_conventions_folder_fails_alike_in_one_process_or_several(tmp_path, jobs):
    # jobs must not change the result: each file's error is collected, then the summary raises
    for name in ("a.txt", "b.txt"):
        shutil.copy(presslib.paths.DEFAULT_TRANSCRIPT, tmp_path / name)
    with pytest.raises(presslib.PresslibError, match=r"none of the 2 transcript\(s\) could be parsed.*no such conventions folder"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)
            presslib.load_corpus(str(tmp_path / "*.txt"), jobs=jobs, errors="collect",
                                 conventions=tmp_path / "missing")


@pytest.mark.parametrize("n_files, size, expected", [
    (32, 125_000, 2),  # 32 files, 4,000,000 bytes: one process per core
    (32, 124_999, 1),  # a few bytes short of 4 MB
    (31, 200_000, 1),  # 6.2 MB in fewer than 32 files
])
def test_default_jobs_needs_32_files_and_4_mb(tmp_path, monkeypatch, n_files, size, expected):
    files = []
    for k in range(n_files):
        f = tmp_path / f"t{k:02d}.txt"
        with open(f, "wb") as handle:
            handle.truncate(size)  # (a sparse file: its size is all default_jobs reads)
        files.append(f)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert corpus.default_jobs(files) == expected


def test_parse_help_states_the_default_jobs_rule():
    text = io.StringIO()
    with pytest.raises(SystemExit), contextlib.redirect_stdout(text):
        main(["parse", "--help"])
    assert "one per core for corpora of 32 files and 4 MB or more, else one" in " ".join(text.getvalue().split())
