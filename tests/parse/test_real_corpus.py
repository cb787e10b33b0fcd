"""The real-transcript corpus (tests/data/real/): every file a byte-for-byte copy of a published
document, parsed against expectations written by reading it (SPEC.md there says how).

Where presslib falls short of a file's expectations, the file is listed in KNOWN with the
reason; those tests are strict expected failures, so that a fix shows (and the entry goes).
``python tests/real_corpus.py`` prints the per-file figures.
"""

import hashlib
import re
import tomllib
import warnings

import pandas as pd
import pytest

import presslib
from presslib.io.read import read_source
from presslib.parse.quality import count_words
from presslib.table import KINDS, ROLES

from ..conftest import lossless
from ..real_corpus import REAL, expectations, furniture_lines, load, norm, score

TRANSCRIPTS = expectations()
OTHERS = expectations(transcripts=False)
GOLD = sorted(REAL.glob("*/*.turns.csv"))

# What presslib reads short of its expectations, and why.
KNOWN = {
    "1990-11-28_news-conference-hawke-perth.xml":
        "OCR-damaged labels ('PM*', 'P34:', 'Vr PM:') are not read: five of Hawke's 17 turns stay "
        "in the journalists' (the parse warns that journalist turns run on after their question)",
    "2011-05-18_roundtable-senate-aging-committee.txt":
        "a committee roundtable: the chair's welcome makes him a principal, the list headings of "
        "the cover page ('ROUNDTABLE PARTICIPANTS, Continued:') are read as labels, and who asks "
        "whom is not told apart (a warning says the roles may be the other way round)",
    "2025-11-28_institutions-want-tokens-whisperx.md":
        "a podcast of four hosts who ask and then tell long stories: the three hosts are read as "
        "principals (with a warning that no one asks)",
}
# Of the gold tables, which anonymous journalist's question is a follow-up is a reading:
# presslib's rule (parse.attribution.follows_up) agrees with the hand-checked kinds only in part.
GOLD_KINDS_DIFFER = {
    "2012-09-14_press-conference-bowen-sydney": "three of eleven JOURNALIST turns read otherwise",
    "2025-11-27_early-days-of-ethereum-ep007-deepgram": "a podcast host's questions and asides",
    "2022-10-07_press-gaggle-jean-pierre-en-route-hagerstown":
        "a reporter's 'Is it okay if we just start with questions?' opens the questions for "
        "presslib; the hand-checked table has the statement after it",
}


def _known(path):
    name = load(path)["file"]
    if name in KNOWN:
        return pytest.param(path, id=name, marks=pytest.mark.xfail(reason=KNOWN[name], strict=True))
    return pytest.param(path, id=name)


@pytest.fixture(scope="module")
def parsed():
    """Each corpus transcript parsed once: path -> (Source, Transcript)."""
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in TRANSCRIPTS:
            file = load(path)["path"]
            out[path] = (read_source(file), presslib.load_transcript(file))
    return out


def test_the_corpus_is_as_the_issue_asks():
    data = [load(p) for p in TRANSCRIPTS]
    assert len(data) >= 40
    assert len({d["publisher"] for d in data}) >= 8
    assert any(d["language"] != "en" for d in data)
    assert len(GOLD) >= 3


@pytest.mark.parametrize("path", TRANSCRIPTS + OTHERS, ids=lambda p: p.name.removesuffix(".expect.toml"))
def test_copied_byte_for_byte(path):
    data = load(path)
    raw = data["path"].read_bytes()
    blob = hashlib.sha1(b"blob %d\0" % len(raw) + raw).hexdigest()  # git's object id
    assert blob == data["blob"]
    assert len(data["commit"]) == 40 and data["licence"] and data["repository"].startswith("https://")


@pytest.mark.parametrize("path", [_known(p) for p in TRANSCRIPTS])
def test_file_against_its_expectations(path):
    s = score(load(path))
    assert not s.error
    assert s.problems_but_coverage == [], s.problems_but_coverage


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: load(p)["file"])
def test_lossless_and_every_word_accounted_for(path, parsed):
    source, t = parsed[path]
    m = t.meta
    left_out = lossless(source.text, t.turns, m)
    # what the turns leave out is the header, word for word
    assert count_words(left_out) == m.words_header
    assert m.words == m.words_turns + m.words_labels + m.words_header + m.words_asides
    assert m.words == count_words(source.text.split("\n"))
    # the turns' source lines are in order and within the file
    assert t.turns["line_start"].is_monotonic_increasing
    assert (t.turns["line_start"] <= t.turns["line_end"]).all()
    # the columns hold the contract's words only
    assert set(t.turns["role"]) <= set(ROLES)
    assert set(t.turns["kind"]) <= set(KINDS)


FURNITURE = [p for p in TRANSCRIPTS if "page_furniture" in load(p)]


def test_some_files_list_their_page_furniture():
    assert len(FURNITURE) >= 5


@pytest.mark.parametrize("path", FURNITURE, ids=lambda p: load(p)["file"])
def test_page_furniture_is_set_aside_never_in_a_turn(path, parsed):
    # the running page headers the expectations list by reading the file are header or asides,
    # and every aside is one of them (or the closing END)
    source, t = parsed[path]
    lines = source.text.split("\n")
    data = load(path)
    furniture = furniture_lines(data, lines)
    for pattern in data["page_furniture"]:  # a running header recurs: each pattern, page after page
        assert sum(1 for line in lines if re.match(pattern, line)) >= 2, pattern
    assert furniture <= set(t.meta.header_lines) | set(t.meta.aside_lines)
    others = {lines[i - 1].strip() for i in set(t.meta.aside_lines) - furniture}
    assert others <= {"END"}


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.name.removesuffix(".turns.csv"))
def test_gold_table_row_by_row(gold):
    """Line spans, labels and roles agree on every row; kinds and exchanges too where the
    journalists are named (for anonymous ones, see GOLD_KINDS_DIFFER)."""
    stem = gold.name.removesuffix(".turns.csv")
    source = next(p for p in gold.parent.glob(stem + ".*") if p.suffix not in (".csv", ".toml"))
    want = pd.read_csv(gold, dtype=str, keep_default_na=False)
    t = presslib.load_transcript(source).turns
    assert len(t) == len(want)
    assert t["turn"].astype(str).tolist() == want["turn"].tolist()
    assert t["line_start"].astype(str).tolist() == want["line_start"].tolist()
    assert t["line_end"].astype(str).tolist() == want["line_end"].tolist()
    assert [norm(x) for x in t["label"]] == [norm(x) for x in want["label"]]
    assert t["role"].tolist() == want["role"].tolist()


@pytest.mark.parametrize("gold", [
    pytest.param(g, marks=pytest.mark.xfail(reason=GOLD_KINDS_DIFFER[g.name.removesuffix(".turns.csv")],
                                            strict=True))
    if g.name.removesuffix(".turns.csv") in GOLD_KINDS_DIFFER else g for g in GOLD],
    ids=lambda p: p.name.removesuffix(".turns.csv"))
def test_gold_kinds_and_exchanges(gold):
    stem = gold.name.removesuffix(".turns.csv")
    source = next(p for p in gold.parent.glob(stem + ".*") if p.suffix not in (".csv", ".toml"))
    want = pd.read_csv(gold, dtype=str, keep_default_na=False)
    t = presslib.load_transcript(source).turns
    assert t["kind"].tolist() == want["kind"].tolist()
    assert t["exchange"].astype(object).map(lambda v: "" if pd.isna(v) else str(v)).tolist() == want["exchange"].tolist()


def test_speakers_found_across_the_corpus():
    # the issue's target: 95% of the expected speakers found, with turn counts within 10%
    scores = [score(load(p)) for p in TRANSCRIPTS]
    assert sum(s.found for s in scores) >= 0.95 * sum(s.speakers for s in scores)


@pytest.mark.parametrize("path", TRANSCRIPTS, ids=lambda p: p.name)
def test_a_file_read_badly_carries_a_warning(path):
    s = score(load(path))
    assert not s.badly_read or s.warnings


def test_a_document_no_reading_explains_is_refused():
    # a speech as prepared for delivery: prose without a speaker label
    (path,) = [p for p in OTHERS if tomllib.loads(p.read_text(encoding="utf-8"))["expected"] == "refused"]
    file = load(path)["path"]
    with pytest.raises(presslib.PresslibError) as err:
        presslib.load_transcript(file)
    message = str(err.value)
    assert message.startswith(f"{file}:") and "\n" not in message
    assert "expected speaker labels" in message


def test_a_document_read_with_low_coverage_warns():
    # a press release of quotations under bold names: read, but it says how little
    (path,) = [p for p in OTHERS if tomllib.loads(p.read_text(encoding="utf-8"))["expected"] == "warned"]
    t = presslib.load_transcript(load(path)["path"])
    assert t.meta.coverage < 0.9
    assert any("of the words are in turns" in w for w in t.meta.warnings)
