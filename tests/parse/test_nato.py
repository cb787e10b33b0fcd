"""The bundled NATO transcript: its turns table against the hand-checked gold table, and the
parse's invariants on it."""

import hashlib

import pandas as pd
import pytest

import presslib
from presslib.table import COLUMNS, rebuild_body

from ..conftest import GOLD, NATO, as_table_strings

GOLD_SHA256 = "4cb9b7abaeec0e40fcafd59dae5a532357c9a57ca073066adf4103ef59883e50"


def test_gold_copy_is_the_shared_one():
    # sha256 of ../shared/data/nato_2023-02-13_gold_turns.csv, the hand-checked table
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == GOLD_SHA256
    shared = NATO.parents[2].parent / "shared" / "data" / GOLD.name
    if shared.exists():
        assert GOLD.read_bytes() == shared.read_bytes()


def test_bundled_transcript_is_byte_for_byte_the_published_one():
    # sha256 of ../shared/data/nato_2023-02-13_pre-ministerial.txt, the file as published
    expected = "1826a2279b7087844b536a8aea6c9bfb8a1abe99a6044263285196273b1ce502"
    assert hashlib.sha256(NATO.read_bytes()).hexdigest() == expected


def test_turns_agree_with_gold_on_every_row_and_column(turns, gold):
    assert len(turns) == len(gold) == 42
    got = as_table_strings(turns, gold.columns)
    mismatches = [
        (c, i, got.at[i, c], gold.at[i, c])
        for c in gold.columns for i in range(len(gold)) if got.at[i, c] != gold.at[i, c]
    ]
    assert mismatches == []


def test_columns_and_dtypes_are_as_documented(turns):
    assert list(turns.columns) == list(COLUMNS)
    for name, dtype in COLUMNS.items():
        assert str(turns[name].dtype) == dtype, name


def test_meta_reads_the_header(nato):
    m = nato.meta
    assert m.title == "Pre-ministerial press conference"
    assert (m.principal, m.principal_title, m.organisation) == (
        "Jens Stoltenberg", "NATO Secretary General", "NATO")
    assert m.occasion == "ahead of the meetings of NATO Defence Ministers"
    assert (m.date, m.last_updated, m.delivery) == ("2023-02-13", "2023-02-14T08:09", "As delivered")
    assert m.sha256 == hashlib.sha256(NATO.read_bytes()).hexdigest()
    assert m.header_lines == [1, 3, 5, 6, 7, 9]


def test_lossless_every_nonblank_line_once_in_order(nato):
    lines = NATO.read_text(encoding="utf-8").split("\n")
    body = [l.strip() for i, l in enumerate(lines, 1) if l.strip() and i not in nato.meta.header_lines]
    assert [l.strip() for l in rebuild_body(nato.turns)] == body


def test_turn_spans_partition_the_body(nato):
    turns = nato.turns
    lines = NATO.read_text(encoding="utf-8").split("\n")
    covered = []
    for start, end in zip(turns["line_start"], turns["line_end"]):
        covered += [i for i in range(start, end + 1) if lines[i - 1].strip()]
    header = set(nato.meta.header_lines)
    assert covered == [i for i, l in enumerate(lines, 1) if l.strip() and i not in header]


def test_each_turn_text_is_the_source_between_its_lines(nato):
    lines = NATO.read_text(encoding="utf-8").split("\n")
    for row in nato.turns.itertuples():
        first = row.line_start + (1 if row.label else 0)
        source = [l for l in lines[first - 1 : row.line_end] if l.strip()]
        assert [l for l in row.text.split("\n") if l.strip()] == source
        assert "\n\n\n" not in row.text


def test_same_person_same_speaker_whatever_the_label(turns):
    moderator = turns[turns["role"] == "moderator"]
    assert set(moderator["speaker"]) == {"Oana Lungescu"}
    assert moderator["label"].nunique() == 3  # with colon, without colon, without comma


def test_outlets_resolve_for_every_journalist(turns):
    j = turns[turns["role"] == "journalist"]
    assert j["outlet"].notna().all()
    assert turns.loc[turns["role"] != "journalist", "outlet"].isna().all()
    assert j.loc[j["affiliation"] == "Deutsche Welle/NPR", "outlet"].unique().tolist() == ["dw|npr"]
    assert len({o for v in j["outlet"] for o in v.split("|")}) == 13


@pytest.mark.parametrize("variant", ["crlf", "bom", "crlf+bom", "cr"])
def test_line_endings_and_bom_give_the_same_table(tmp_path, turns, variant):
    raw = NATO.read_bytes()
    if "crlf" in variant:
        raw = raw.replace(b"\n", b"\r\n")
    if variant == "cr":
        raw = raw.replace(b"\n", b"\r")
    if "bom" in variant:
        raw = b"\xef\xbb\xbf" + raw
    path = tmp_path / NATO.name
    path.write_bytes(raw)
    other = presslib.load_transcript(path)
    pd.testing.assert_frame_equal(other.turns, turns)


def test_counts_come_from_the_text_module(turns):
    from presslib.text import sentence_spans, word_spans

    for text, w, s, q in zip(turns["text"], turns["n_words"], turns["n_sentences"], turns["n_questions"]):
        spans = sentence_spans(text)
        assert (w, s, q) == (len(word_spans(text)), len(spans), sum(x[2] for x in spans))


def test_hand_counted_question_turns(turns):
    # Read off the transcript: Delany asks three questions, the follow-up one, and
    # Stoltenberg's first answer ends by asking "The first question was?".
    assert turns.loc[2, "n_questions"] == 3
    assert turns.loc[4, "n_questions"] == 1
    assert turns.loc[3, "n_questions"] == 1
    assert turns.loc[6, ["n_words", "n_sentences"]].tolist() == [2, 2]  # "Ok. Reuters."


def test_load_corpus_keys_by_doc_id(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(NATO.read_bytes())
    b.write_bytes(NATO.read_bytes())
    turns, meta = presslib.load_corpus(str(tmp_path / "*.txt"))
    assert turns.groupby("doc_id").size().to_dict() == {"a": 42, "b": 42}
    assert meta["doc_id"].tolist() == ["a", "b"]
    assert meta["sha256"].nunique() == 1


def test_parallel_corpus_parse_equals_serial(tmp_path):
    raw = NATO.read_bytes()
    paths = []
    for i in range(5):  # different documents, so that order mistakes would show
        p = tmp_path / f"doc{i}.txt"
        p.write_bytes(raw.replace(b"Max Delany", f"Max Delany{i}".encode()) if i % 2 else raw[: len(raw) // (i + 1)] + b"\n\nNATO Spokesperson Oana Lungescu:\nThank you.\n")
        paths.append(p)
    serial, meta1 = presslib.load_corpus(paths, jobs=1)
    parallel, meta2 = presslib.load_corpus(paths, jobs=2)
    pd.testing.assert_frame_equal(serial, parallel)
    pd.testing.assert_frame_equal(meta1, meta2)
    assert serial["doc_id"].unique().tolist() == [f"doc{i}" for i in range(5)]
