"""Marker context rules and the marker list's precision: hand-made sentences, and the bundled
transcript's judgements."""

import pandas as pd
import pytest

import presslib
from presslib.discourse.markers import find_markers, read_markers, summarise_markers
from presslib.discourse.precision import JUDGED_GROUPS, MARKER_KEYS, judge_marker_matches, keyed_marker_matches, marker_precision
from presslib.errors import PresslibError
from presslib.paths import DEFAULT_TRANSCRIPT as NATO
from presslib.precision import judgement_file, read_judgements, summarise_precision
from presslib.tokens import tokens_table

MARKERS = pd.DataFrame({
    "group": ["stance", "stance", "stance", "stance", "person"],
    "category": ["hedge", "exclude", "hedge", "exclude", "we"],
    "marker": ["possible", "as soon as possible", "kind of", "what kind of", "we"],
})


def _turns(*texts):
    return pd.DataFrame({"doc_id": "d", "turn": range(len(texts)), "label": "", "line_start": 1,
                         "text": list(texts), "role": "principal", "kind": "answer", "speaker": "S",
                         "exchange": 0, "n_words": 10})


def test_an_exclude_row_takes_its_words_in_its_group_only():
    turns = _turns("We will do it as soon as possible. It is possible, some kind of deal. What kind of deal?")
    found = find_markers(tokens_table(turns), markers=MARKERS)
    # "as soon as possible" and "What kind of" count nowhere; the second "possible" and "some
    # kind of" are hedges; "We" is counted in its own group.
    assert found[["category", "match"]].values.tolist() == [
        ["we", "We"], ["hedge", "possible"], ["hedge", "kind of"]]
    rates = summarise_markers(found, turns, by="role", markers=MARKERS)
    assert "exclude" not in set(rates["category"])
    assert rates.set_index("category").loc["hedge", "hits"] == 2


def test_an_exclude_of_one_word_is_refused(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("group,category,marker\nstance,hedge,possible\nstance,exclude,possible\n", encoding="utf-8")
    with pytest.raises(PresslibError, match="single word"):
        read_markers(path)


def test_marker_precision_from_a_judgement_file_worked_by_hand(tmp_path):
    turns = _turns("It is possible.\nPossible, possible!")
    keyed = keyed_marker_matches(turns, tokens_table(turns), markers=MARKERS)
    assert keyed[["line", "marker", "nth"]].values.tolist() == [[1, "possible", 1], [2, "possible", 1],
                                                                [2, "possible", 2]]
    path = tmp_path / "j.csv"
    path.write_text("doc_id,line,category,marker,nth,correct\nd,1,hedge,possible,1,yes\n"
                    "d,2,hedge,possible,1,no\nd,2,hedge,possible,2,no\n", encoding="utf-8")
    table = marker_precision(turns, tokens_table(turns), markers=MARKERS, judgements=path)
    assert table[["category", "matches", "correct"]].values.tolist() == [["hedge", 3, 1], ["all", 3, 1]]
    assert table["precision"].tolist() == pytest.approx([1 / 3, 1 / 3])


def test_summarise_precision_as_notebook_04_shows_it_worked_by_hand(tmp_path):
    turns = _turns("It is possible.\nPossible, possible!")
    path = tmp_path / "j.csv"
    path.write_text("doc_id,line,category,marker,nth,correct\nd,1,hedge,possible,1,yes\n"
                    "d,2,hedge,possible,1,no\nd,2,hedge,possible,2,no\n", encoding="utf-8")
    summary = summarise_precision(judge_marker_matches, turns, tokens_table(turns), markers=MARKERS,
                                  judgements=path, by="category", what="Stance markers",
                                  show=["line", "category", "match"])
    # 1 of 3 right: the two on line 2 are wrong.
    assert summary.sentences == ["Stance markers: 1 of 3 matches right, 33%.", "hedge: 1 of 3 right, 33%."]
    assert summary.tables[1].values.tolist() == [[2, "hedge", "Possible"], [2, "hedge", "possible"]]


@pytest.fixture(scope="module")
def bundled():
    turns, _ = presslib.load_turns(NATO)
    return turns, tokens_table(turns)


def test_every_judged_group_match_on_the_bundled_transcript_is_judged_and_every_judgement_is_a_match(bundled):
    judged = judge_marker_matches(*bundled, groups=tuple(JUDGED_GROUPS))  # raises on a match no one judged
    rows = read_judgements(judgement_file("nato_marker_matches.csv"), MARKER_KEYS)
    assert len(rows) == len(judged)
    assert set(judged["category"]) == {"hedge", "booster", "attitude", "obligation", "possibility",
                                       "prediction", "institution"}


def test_the_misfires_read_on_the_bundled_transcript_are_gone_or_judged_wrong(bundled):
    judged = judge_marker_matches(*bundled)
    # "as soon as possible" (three times in the transcript: lines 208 and 222) and "as quickly as
    # possible" (line 222) are no hedges now; nor is "agree" (to decide) an attitude marker.
    hedges = judged[judged["category"].eq("hedge")]
    assert not hedges["context"].str.contains(r"as (?:soon|quickly) as \[possible\]").any()
    assert "agree" not in set(judged["marker"])
    wrong = judged.loc[~judged["correct"], ["line", "category", "match"]].values.tolist()
    assert wrong == [[244, "hedge", "possible"], [251, "booster", "exactly"]]


def test_the_modal_and_institution_misfires_read_on_the_bundled_transcript_are_gone_or_judged_wrong(bundled):
    judged = judge_marker_matches(*bundled, groups=("modality", "institution"))
    # Taken by context rules: the noun "the need to" (line 140), "what I have to say" (235), the
    # requests "what can you say" (170) and "Can you give" (295), "non NATO Allies" (265).
    gone = {(140, "need to"), (235, "have to"), (170, "can"), (295, "can")}
    assert gone.isdisjoint(zip(judged["line"], judged["marker"]))
    assert judged[judged["line"].eq(265) & judged["marker"].eq("NATO Allies")]["nth"].tolist() == [1]
    # Left and judged wrong: "need(s) to" with an object ("what it needs to win") and the
    # concessive "whatever the opinion may be".
    wrong = judged.loc[~judged["correct"], ["line", "category", "match"]].values.tolist()
    assert wrong == [[31, "obligation", "needs to"], [135, "obligation", "needs to"],
                     [208, "possibility", "may"], [210, "obligation", "need to"],
                     [272, "obligation", "need to"]]


def _shipped(text, group):
    """(category, match) of the shipped list's markers of ``group`` in ``text``."""
    found = find_markers(tokens_table(_turns(text)), markers=read_markers())
    return found.loc[found["group"].eq(group), ["category", "match"]].values.tolist()


def test_the_need_to_is_a_noun_and_we_need_to_a_modal():
    assert _shipped("The need to act is clear, so we need to act.", "modality") == [
        ["obligation", "need to"]]


def test_what_i_have_to_say_is_a_formula_and_we_have_to_an_obligation():
    assert _shipped("That is what I have to say. We have to go.", "modality") == [
        ["obligation", "have to"]]


def test_can_you_give_or_say_is_a_request_and_other_cans_are_possibilities():
    text = "Can you give a date? What can you say about it? How can you be sure? You can say no."
    assert _shipped(text, "modality") == [["possibility", "can"], ["possibility", "can"]]


def test_non_nato_allies_are_no_institution_and_nato_allies_are():
    assert _shipped("NATO Allies and non NATO Allies met.", "institution") == [
        ["institution", "NATO Allies"]]


def test_thank_you_is_thanks_and_other_yous_are_the_addressee():
    assert _shipped("Thank you. Do you agree? Thank you very much, and you?", "person") == [
        ["you", "you"], ["you", "you"]]
