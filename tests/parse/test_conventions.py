"""Transcript conventions: each sample against its hand-checked table, detection, forcing,
lossless rebuilding, asides, clear errors, user conventions, decoding and HTML input."""

import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import presslib
from presslib.parse.conventions import conventions, get_convention
from presslib.errors import DecodingWarning
from presslib.table import rebuild_body

from ..conftest import NATO, as_table_strings, lossless, normalised

DATA = Path(__file__).parents[1] / "data" / "conventions"
SAMPLES = {
    "whitehouse_2023-03-03_briefing": "caps",
    "timestamped_2020-03-13_press-conference": "timestamped",
    "frontmatter_2023-05-10_central-bank": "nato",
}


@pytest.mark.parametrize("stem", SAMPLES)
def test_sample_agrees_with_its_hand_checked_table(stem):
    expected = pd.read_csv(DATA / f"{stem}.turns.csv", dtype=str, keep_default_na=False)
    t = presslib.load_transcript(DATA / f"{stem}.txt")
    got = as_table_strings(t.turns, expected.columns)
    mismatches = [(c, i, got.at[i, c], expected.at[i, c]) for c in expected.columns
                  for i in range(len(expected)) if got.at[i, c] != expected.at[i, c]]
    assert len(t.turns) == len(expected)
    assert mismatches == []


@pytest.mark.parametrize("stem", SAMPLES)
def test_each_sample_is_detected_as_its_convention(stem):
    assert presslib.load_transcript(DATA / f"{stem}.txt").meta.convention == SAMPLES[stem]


def test_nato_transcript_is_detected_as_nato(nato):
    assert nato.meta.convention == "nato"


@pytest.mark.parametrize("stem", SAMPLES)
def test_lossless_with_asides_and_same_line_labels(stem):
    path = DATA / f"{stem}.txt"
    t = presslib.load_transcript(path)
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lossless(text, t.turns, t.meta) == [lines[i - 1].strip() for i in t.meta.header_lines]
    # the asides are exactly the source lines they name
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [lines[i - 1].strip() for i in t.meta.aside_lines] == t.meta.asides


@pytest.mark.parametrize("stem", SAMPLES)
def test_turn_text_is_the_source_between_its_lines(stem):
    path = DATA / f"{stem}.txt"
    t = presslib.load_transcript(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    asides = set(t.meta.aside_lines)
    for row in t.turns.itertuples():
        inline = row.turn in t.meta.inline_turns
        source = [lines[i - 1] for i in range(row.line_start + (not inline), row.line_end + 1)
                  if lines[i - 1].strip() and i not in asides]
        if inline:
            source[0] = source[0].strip()[len(row.label):]
        assert [l.strip() for l in row.text.split("\n") if l.strip()] == [l.strip() for l in source]


def test_whitehouse_times_footer_and_stage_directions():
    t = presslib.load_transcript(DATA / "whitehouse_2023-03-03_briefing.txt")
    m = t.meta
    assert (m.start_time, m.end_time) == ("1:32 P.M. EST", "2:05 P.M. EST")
    assert m.aside_lines == [10, 61]  # the time line and the END footer
    assert m.header_lines == [1, 2, 3, 4, 6, 8]
    assert (m.principal, m.principal_title, m.organisation, m.date) == (
        "Karine Jean-Pierre", "Press Secretary", "The White House", "2023-03-03")
    # a stage direction inside a turn stays in its text; the text starts after the label
    assert t.turns.loc[0, "text"].endswith("(Laughter.)")
    assert t.turns.loc[0, "text"].startswith("Good afternoon, everyone.")
    # hard-wrapped lines stay lines; the acronym alone on a line is text, not a label
    assert "It does not include\nATACMS.\nThat decision" in t.turns.loc[1, "text"]


def test_whitehouse_press_secretary_both_chairs_and_answers():
    turns = presslib.load_transcript(DATA / "whitehouse_2023-03-03_briefing.txt").turns
    jp = turns[turns["speaker"] == "Karine Jean-Pierre"]
    assert set(jp["role"]) == {"principal"}
    # "Go ahead, Zeke." / "Reuters, Jeff Mason." / "We'll go to ... from PBS." are calls
    assert jp.loc[jp["kind"] == "call", "turn"].tolist() == [2, 7, 10]
    # her answer that ends "Go ahead, Peter." stays an answer, and Peter opens the next exchange
    assert turns.loc[12, "kind"] == "answer" and turns.loc[13, ["kind", "exchange"]].tolist() == ["question", 4]


def test_timestamped_chunks_are_one_turn():
    t = presslib.load_transcript(DATA / "timestamped_2020-03-13_press-conference.txt")
    assert t.meta.asides == ["Ana Lima: (01:12)"] and t.meta.aside_lines == [9]
    first = t.turns.loc[0, "text"]
    assert first.startswith("Good morning.") and first.endswith("give\nthe numbers.")
    assert "[crosstalk 00:01:58]" in t.turns.loc[1, "text"]  # an editorial bracket is text


@pytest.mark.parametrize("variant", ["crlf", "bom", "crlf+bom"])
@pytest.mark.parametrize("stem", SAMPLES)
def test_line_endings_and_bom_give_the_same_table(tmp_path, stem, variant):
    src = DATA / f"{stem}.txt"
    raw = src.read_bytes()
    if "crlf" in variant:
        raw = raw.replace(b"\n", b"\r\n")
    if "bom" in variant:
        raw = b"\xef\xbb\xbf" + raw
    (tmp_path / src.name).write_bytes(raw)
    a, b = presslib.load_transcript(src), presslib.load_transcript(tmp_path / src.name)
    pd.testing.assert_frame_equal(a.turns, b.turns)
    assert {k: v for k, v in a.meta.to_dict().items() if k not in ("source", "sha256")} == {
        k: v for k, v in b.meta.to_dict().items() if k not in ("source", "sha256")}


def test_forcing_a_convention():
    wh = DATA / "whitehouse_2023-03-03_briefing.txt"
    assert presslib.load_transcript(wh, convention="caps").meta.convention == "caps"
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_transcript(wh, convention="timestamped")
    assert "tried timestamped" in str(info.value) and info.value.line == 1
    with pytest.raises(presslib.PresslibError, match="unknown convention 'nope'"):
        presslib.load_transcript(wh, convention="nope")


@pytest.mark.parametrize("content", [
    b"This is an essay.\n\nIt has paragraphs: but no speakers.\n",
    b"turn,speaker,text\n0,Max,Hello\n1,Ann,Hi\n",
])
def test_no_convention_fits_names_every_one_tried(tmp_path, content):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(presslib.PresslibError) as info:
        presslib.load_transcript(path)
    message = str(info.value)
    assert message.startswith(f"{path}:1: expected speaker labels")
    for name, conv in conventions().items():
        assert f"{name} (such as {conv.example!r})" in message
    assert "\n" not in message


def test_binary_is_rejected_before_any_convention(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(presslib.PresslibError, match="binary data"):
        presslib.load_transcript(path)


MARKDOWN = """\
# Town hall

**Anna Berg:** Good evening and welcome.

**Speaker 2:** Will the library stay open?

**Anna Berg:** It will. Next question.
"""
MARKDOWN_TOML = r"""
name = "markdown"
description = "bold labels with the text on the same line"
example = "**Anna Berg:** Hello."
label = '^(?P<label>\*\*(?P<name>[^*:]+):\*\*)[ \t]*'
text = "same-line"
anonymous_journalist = '^Speaker \d+$'
"""


def test_a_user_convention_from_a_folder_or_the_environment(tmp_path, monkeypatch):
    folder = tmp_path / "conv"
    folder.mkdir()
    (folder / "markdown.toml").write_text(MARKDOWN_TOML, encoding="utf-8")
    t = presslib.parse_text(MARKDOWN, conventions=folder)
    assert t.meta.convention == "markdown"
    assert t.turns["speaker"].tolist() == ["Anna Berg", "Speaker 2", "Anna Berg"]
    assert t.turns["role"].tolist() == ["principal", "journalist", "principal"]
    assert t.turns["text"].tolist() == ["Good evening and welcome.", "Will the library stay open?",
                                        "It will. Next question."]
    assert t.meta.header_lines == [1]
    monkeypatch.setenv("PRESSLIB_CONVENTIONS", str(folder))
    assert presslib.parse_text(MARKDOWN).meta.convention == "markdown"
    assert presslib.parse_text(MARKDOWN, convention=folder / "markdown.toml").meta.convention == "markdown"


def test_a_bad_convention_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\ndescription = "d"\nexample = "e"\nlabel = "^(unclosed"\n')
    with pytest.raises(presslib.PresslibError, match="bad regular expression"):
        get_convention(bad)
    bad.write_text('name = "x"\ndescription = "d"\nexample = "e"\nlabel = "^X:"\ncolour = 1\n')
    with pytest.raises(presslib.PresslibError, match=r"unknown keys \['colour'\]"):
        get_convention(bad)


def test_windows_1252_is_read_with_a_warning_naming_the_file(tmp_path):
    path = tmp_path / "cp.txt"
    path.write_bytes("Max Delany, AFP:\nCafé – “quoted”?\n\nJens Stoltenberg:\nYes.\n".encode("cp1252"))
    with pytest.warns(DecodingWarning, match=re.escape(str(path))):
        t = presslib.load_transcript(path)
    assert t.turns.loc[0, "text"] == "Café – “quoted”?"


def test_utf8_reads_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        presslib.load_transcript(NATO)


def _to_html(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in paras)
    return f"<!DOCTYPE html>\n<html><head><title>t</title><style>p{{}}</style></head><body>{body}</body></html>"


@pytest.mark.parametrize("stem", SAMPLES)
def test_html_page_parses_like_the_text(tmp_path, stem):
    src = DATA / f"{stem}.txt"
    page = tmp_path / f"{stem}.html"
    page.write_text(_to_html(src.read_text(encoding="utf-8")), encoding="utf-8")
    a, b = presslib.load_transcript(src), presslib.load_transcript(page)
    cols = ["speaker", "label", "role", "kind", "exchange", "n_words", "n_questions"]
    pd.testing.assert_frame_equal(a.turns[cols], b.turns[cols])
    assert b.meta.convention == a.meta.convention


def test_cli_lists_conventions(capsys, tmp_path):
    from presslib.cli import main

    (tmp_path / "markdown.toml").write_text(MARKDOWN_TOML, encoding="utf-8")
    assert main(["conventions", "--conventions", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    names = [line.split()[0] for line in out.splitlines() if not line.startswith(" ")]
    assert names == ["nato", "caps", "caps-stop", "timestamped", "name-dash", "name-colon", "markdown"]


def test_acronym_starting_a_wrapped_line_is_prose_in_whitehouse_style():
    t = presslib.parse_text(
        "MS. SMITH:  Good afternoon.  We spoke with allies in\n"
        "NATO: they agreed.  And with\nATACMS.\n\nQ    Thanks.  Why now?\n\n"
        "MS. SMITH:  Because.\n\nMODERATOR:  Last question.\n\nQ    Thank you.\n", convention="caps")
    assert t.turns["label"].tolist() == ["MS. SMITH:", "Q", "MS. SMITH:", "MODERATOR:", "Q"]
    assert t.turns.loc[0, "text"] == ("Good afternoon.  We spoke with allies in\nNATO: they agreed.  "
                                      "And with\nATACMS.")


def test_an_answer_that_ends_by_giving_the_floor_stays_an_answer():
    # Found by trying the README as a new user: the answer was counted as a call.
    src = ("MS. SMITH:  Good afternoon.  Go ahead, Jeff.\n\nQ    Jeff Mason, Reuters.  Will it pass?\n\n"
           "MS. SMITH:  We will see what Congress sends.\n\nGo ahead, Kelly.\n\n"
           "Q    Thank you.  Kelly O'Donnell, NBC.  What about the vote?\n\nMS. SMITH:  Soon.\n")
    t = presslib.parse_text(src, doc_id="wh")
    assert t.turns["kind"].tolist() == ["call", "question", "answer", "question", "answer"]
    # By hand: "We will see what Congress sends." (6) + "Go ahead, Kelly." (3)
    assert t.turns.loc[2, "n_words"] == 9
    # A name with an apostrophe is recovered from the question, with its outlet
    assert (t.turns.loc[3, "speaker"], t.turns.loc[3, "outlet"]) == ("Kelly O'Donnell", "nbc")


def test_a_block_header_longer_than_the_head_is_read_whole(tmp_path):
    # 300 header lines (the head reads 250 at most) above the first label: every one of them is
    # a header line, none is dropped, and the parse warns that the header outweighs the turns.
    path = tmp_path / "long_header.txt"
    header = [f"Header line number {i}" for i in range(300)]
    body = [f"MS. SMITH:  Hello, this is answer number {i} of many.\n\n     Q    Why {i}?\n" for i in range(150)]
    text = "\n".join(header + [""] + body) + "\n"
    path.write_text(text, encoding="utf-8")
    t = presslib.load_transcript(path)
    assert t.meta.convention == "caps"
    assert t.meta.header_lines == list(range(1, 301))
    assert lossless(text, t.turns, t.meta) == header
    assert any("the header (1,200 words)" in w or "header" in w for w in t.meta.warnings)


def test_a_header_that_dwarfs_its_turns_is_refused(tmp_path):
    # A document whose labels account for a sliver of it is no transcript of turns: one line
    # (and no silent table with the rest in its header).
    path = tmp_path / "long_header.txt"
    header = [f"Header line number {i}" for i in range(300)]
    body = ["MS. SMITH:  Hello.", "", "     Q    Why?", "", "MS. SMITH:  Because."]
    path.write_text("\n".join(header + [""] + body) + "\n", encoding="utf-8")
    with pytest.raises(presslib.PresslibError, match=r"long_header.txt:302: .*labels \(caps\) for only 1% of the text"):
        presslib.load_transcript(path)


def test_a_front_matter_longer_than_the_head_is_read_whole(tmp_path):
    # the head is read from the first 4,000 characters; a front matter runs on past them
    path = tmp_path / "long_front.txt"
    front = ["---", "title: A long one", "date: 2023-05-10", "summary: " + "word " * 1000, "---", ""]
    body = ["Ana Lima, Reuters:", "Why?", "", "Chair Jo Bloggs:", "Because."]
    path.write_text("\n".join(front + body) + "\n", encoding="utf-8")
    t = presslib.load_transcript(path)
    assert (t.meta.title, t.meta.date) == ("A long one", "2023-05-10")
    assert t.meta.header_lines == [1, 2, 3, 4, 5]
    assert t.turns["label"].tolist() == ["Ana Lima, Reuters:", "Chair Jo Bloggs:"]
