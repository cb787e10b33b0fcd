"""The coding workflow: a sheet written, filled in and read back; one-line errors naming the
file, the line and what was expected; the packaged NATO hand coding complete."""

import pandas as pd
import pytest

from presslib.design.coding import (
    CODE_COLUMNS,
    KEY,
    coding_sheet,
    match_coding,
    read_coding,
    read_hand_coding,
    write_coding_sheet,
)
from presslib.design.indicators import INDICATORS
from presslib.design.replies import read_reply_scheme
from presslib.design.units import question_units
from presslib.errors import PresslibError


@pytest.fixture(scope="module")
def units(turns):
    return question_units(turns)


def test_the_nato_hand_coding_codes_every_unit_once(units):
    coding = read_hand_coding()
    matched = match_coding(units, coding)
    assert len(matched) == len(units) == len(coding) and matched.attrs["unmatched"] == 0
    assert matched["unit"].tolist() == units["unit"].tolist()
    for name in (*INDICATORS, "reply"):
        assert matched[name].notna().all() and (matched[name].astype(str) != "").all(), name


def test_every_judgement_call_of_the_nato_coding_has_a_note():
    coding = read_hand_coding()
    calls = coding[(coding["reply"] != "reply") | (coding[list(INDICATORS)].drop(columns="multiple").sum(axis=1) > 0)]
    assert (calls["note"].str.len() > 20).all()


def test_the_nato_coding_quotes_the_unit_it_codes(units):
    # The coding's "question" column is the coder's reminder; it starts like the unit's.
    matched = match_coding(units, read_hand_coding())
    coding = read_hand_coding().set_index(list(KEY))
    for u in matched.itertuples():
        shown = coding.loc[(u.doc_id, u.line, u.q), "question"].rstrip(". ")
        assert u.question.startswith(shown.split(" ...")[0]), u.unit


def test_a_sheet_round_trips(turns, units, tmp_path):
    sheet = coding_sheet(turns, units=units)
    assert len(sheet) == len(units) and (sheet[list(CODE_COLUMNS)] == "").all().all()
    sheet.loc[0, ["prefaced", "reply", "reply_kind", "note"]] = ["1", "non_reply", "declines", "a, \"quoted\"\nnote"]
    path = write_coding_sheet(sheet, tmp_path / "sheet.csv")
    back = read_coding(path)
    assert back.loc[0, "prefaced"] == 1 and pd.isna(back.loc[1, "prefaced"])
    assert back.loc[0, "note"] == "a, \"quoted\"\nnote"
    assert len(match_coding(units, back)) == len(units)


def test_a_prefilled_sheet_starts_from_the_tool(turns, units):
    sheet = coding_sheet(turns, units=units, prefill=True)
    assert (sheet["reply"] == sheet["auto_reply"]).all()
    assert (sheet["tilt"] == sheet["auto_tilt"].astype(str)).all()


def _write(tmp_path, text):
    path = tmp_path / "coded.csv"
    path.write_text(text, encoding="utf-8")
    return path


HEAD = "doc_id,line,q,prefaced,reply,reply_kind,note\n"


@pytest.mark.parametrize("rows, line, message", [
    ("d,5,1,1,answered,,\n", 2, "reply 'answered' is not a code, expected one of reply, intermediate, non_reply"),
    ("d,5,1,yes,reply,,\n", 2, "prefaced 'yes', expected 1, 0 or an empty cell"),
    ("d,5,1,1,reply,,\nd,6,1,1,reply,ignores,\n", 3, "reply_kind 'ignores' is not a kind of reply, expected one of explicit"),
    ("d,5,1,1,,declines,\n", 2, "reply_kind 'declines' without a reply"),
    ("d,x,1,1,reply,,\n", 2, "line 'x' is not a number"),
    (",5,1,1,reply,,\n", 2, "doc_id is empty"),
    ("d,5,1,1,reply,,\nd,5,1,0,reply,,\n", 3, "coded twice (first on line 2)"),
    ("d,5,1,1,reply,,\"two\nlines\"\nd,5,2,1,nope,,\n", 4, "reply 'nope'"),
    ("d,5,1,1,reply\n", 2, "5 cells, expected 7"),
])
def test_bad_codes_name_the_file_the_line_and_what_was_expected(tmp_path, rows, line, message):
    path = _write(tmp_path, HEAD + rows)
    with pytest.raises(PresslibError) as err:
        read_coding(path)
    assert str(err.value).startswith(f"{path}:{line}: ") and message in str(err.value)
    assert "\n" not in str(err.value)


def test_required_codes_and_missing_keys(tmp_path):
    with pytest.raises(PresslibError, match=r":2: reply is empty, expected every unit to be coded"):
        read_coding(_write(tmp_path, HEAD + "d,5,1,1,,,\n"), require=("reply",))
    with pytest.raises(PresslibError, match=r":1: lacks key column\(s\) q"):
        read_coding(_write(tmp_path, "doc_id,line,reply\nd,5,reply\n"))
    with pytest.raises(PresslibError, match="coding sheet not found"):
        read_coding(tmp_path / "nothing.csv")


def test_the_reply_scheme_is_sourced():
    scheme = read_reply_scheme()
    assert set(scheme["code"]) == {"reply", "intermediate", "non_reply"}
    assert {"declines", "ignores", "attacks_question", "speculative", "partial", "implicit"} <= set(scheme["kind"])
    assert (scheme["source"].str.contains("Bull")).all()


def test_a_bad_scheme_is_refused(tmp_path):
    path = _write(tmp_path, "code,kind,label,definition,source\nanswer,full,x,y,z\n")
    with pytest.raises(PresslibError, match=r":2: code 'answer' is not one of"):
        read_reply_scheme(path)
