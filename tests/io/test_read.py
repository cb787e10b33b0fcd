"""Hostile files at the door: not regular files, other encodings, one bad byte, characters no
file holds, labels with no text (issue #15)."""

import os
import re
import threading

import pytest

import presslib
from presslib.cli import main
from presslib.errors import DecodingWarning
from presslib.paths import DEFAULT_TRANSCRIPT as NATO


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize("command", ["info", "parse", "check"])
def test_a_named_pipe_is_refused_without_blocking(tmp_path, capsys, command):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # were it opened, open() would block until a writer came: this one comes only after 30 s
    rescue = threading.Timer(30, lambda: open(fifo, "w").close())
    rescue.start()
    try:
        status = main([command, str(fifo)])
    finally:
        rescue.cancel()
    err = capsys.readouterr()
    text = err.err if command != "check" else err.out
    assert f"{fifo}" in text and "not a regular file" in text
    assert status == (1 if command == "check" else 2)
    if command != "check":
        assert err.err.count("\n") == 1


def test_a_named_pipe_in_a_glob_fails_alone(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(NATO.read_bytes())
    os.mkfifo(tmp_path / "b.txt")
    assert main(["parse", str(tmp_path / "*.txt"), "-o", str(tmp_path / "out.csv")]) == 1
    assert "b.txt: is not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_reads_as_utf8(tmp_path, codec, turns):
    text = NATO.read_text(encoding="utf-8")
    raw = text.encode(codec)
    if codec != "utf-16":
        raw = ("\ufeff" + text).encode(codec)
    path = tmp_path / "nato16.txt"
    path.write_bytes(raw)
    t = presslib.load_transcript(path)
    assert t.turns["text"].tolist() == turns["text"].tolist()
    assert t.turns["line_start"].tolist() == turns["line_start"].tolist()


def test_one_bad_byte_falls_back_on_its_line_only(tmp_path, turns):
    lines = NATO.read_bytes().split(b"\n")
    target = 30  # a line of Stoltenberg's opening statement; 'Güldener' is UTF-8 further on
    lines[target - 1] = lines[target - 1] + b" \xff"
    path = tmp_path / "nato-ff.txt"
    path.write_bytes(b"\n".join(lines))
    with pytest.warns(DecodingWarning) as seen:
        t = presslib.load_transcript(path)
    (warning,) = seen
    assert str(warning.message) == f"{path}:{target}: byte 0xff is not UTF-8; read 1 line(s) as Windows-1252 (lines {target})"
    # every turn but the one holding line 30 is as before, and Güldener is one person
    changed = [k for k, (a, b) in enumerate(zip(t.turns["text"], turns["text"])) if a != b]
    (k,) = changed
    assert t.turns.loc[k, "line_start"] <= target <= t.turns.loc[k, "line_end"]
    assert t.turns.loc[k, "text"].endswith(" ÿ") or " ÿ\n" in t.turns.loc[k, "text"]
    assert t.turns["speaker"].tolist() == turns["speaker"].tolist()
    assert sum("Güldener" in s for s in set(t.turns["speaker"])) == 1


@pytest.mark.parametrize("at", [0, 50, -1])
def test_a_lone_surrogate_is_refused_with_one_line(at):
    text = NATO.read_text(encoding="utf-8")
    at = at if at >= 0 else len(text)
    bad = text[:at] + "\udc80" + text[at:]
    with pytest.raises(presslib.PresslibError) as info:
        presslib.parse_text(bad, source="memo.txt")
    message = str(info.value)
    assert "\n" not in message and "lone surrogate" in message
    assert info.value.line == bad.count("\n", 0, at) + 1
    assert message.startswith(f"memo.txt:{info.value.line}: ")


@pytest.mark.parametrize("text", [
    "Max Delany, AFP:\n\nJens Stoltenberg:\n\nMax Delany, AFP:\n\nJens Stoltenberg:\n",
    "Q\nQ\nQ\n",
    "MS. PSAKI:\nQ\nMS. PSAKI:\nQ\nMS. PSAKI:\nQ\n",
])
def test_labels_without_any_text_are_refused(text):
    with pytest.raises(presslib.PresslibError, match=r"^<text>:1: \d speaker label\(s\) and no text after any of them"):
        presslib.parse_text(text)


def test_labels_without_text_among_turns_are_warned():
    turns = []
    for k in range(10):
        turns += ["MS. PSAKI:  Next question." if k % 3 else "MS. PSAKI:", "", f"Q  Question {k}?", ""]
    t = presslib.parse_text("Press Briefing\n\n" + "\n".join(turns))
    empty = (t.turns["text"] == "").sum()
    assert empty == 4
    assert any(re.search(r"4 labels have no text after them", w) for w in t.meta.warnings)
