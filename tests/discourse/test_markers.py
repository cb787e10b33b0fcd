"""Stance markers: matching rules and rates per 1,000 words on hand-made sentences."""

import re

import pandas as pd
import pytest

import presslib
from presslib.discourse.markers import (
    find_markers,
    marker_examples,
    read_markers,
    summarise_markers,
    top_marker_category,
)
from presslib.paths import DEFAULT_TRANSCRIPT as NATO
from presslib.tokens import tokens_table

MARKERS = pd.DataFrame({
    "group": ["stance", "stance", "stance", "stance", "person", "person", "institution", "institution"],
    "category": ["hedge", "hedge", "booster", "booster", "we", "we", "institution", "institution"],
    "marker": ["perhaps", "i think", "clear", "it is clear", "we", "us", "NATO", "NATO Allies"],
})


def _turns(*rows):
    """Turns from (role, text) pairs, with n_words from the shared rules."""
    texts = [text for _, text in rows]
    from presslib.text import count_words

    return pd.DataFrame({"doc_id": "d", "turn": range(len(rows)), "role": [r for r, _ in rows],
                         "kind": ["answer" if r == "principal" else "question" for r, _ in rows],
                         "text": texts, "n_words": count_words(texts)})


def test_rates_per_thousand_on_hand_made_sentences():
    turns = _turns(
        ("principal", "It is clear that we will help us. Perhaps NATO Allies will act."),  # 8 + 5 = 13 words
        ("journalist", "I think it is clear? Perhaps, perhaps not."),  # 8 words
    )
    m = find_markers(tokens_table(turns), markers=MARKERS)
    rates = summarise_markers(m, turns, markers=MARKERS).set_index(["role", "category"])
    # principal: booster "It is clear" 1, we: "we", "us" 2, hedge "Perhaps" 1, institution "NATO Allies" 1
    assert rates.loc[("principal", "booster"), ["hits", "words"]].tolist() == [1, 13]
    assert rates.loc[("principal", "we"), "hits"] == 2
    assert rates.loc[("principal", "we"), "per_1000"] == pytest.approx(2 / 13 * 1000)
    assert rates.loc[("principal", "institution"), "hits"] == 1
    # journalist: hedges "I think", "Perhaps", "perhaps" = 3 of 8 words = 375 per 1,000
    assert rates.loc[("journalist", "hedge"), ["hits", "words"]].tolist() == [3, 8]
    assert rates.loc[("journalist", "hedge"), "per_1000"] == pytest.approx(375.0)
    # zero rows are kept
    assert rates.loc[("journalist", "institution"), "hits"] == 0
    assert rates.loc[("journalist", "institution"), "per_1000"] == 0.0


def test_top_marker_category_by_hand():
    turns = _turns(
        ("principal", "It is clear that we will help us. Perhaps NATO Allies will act."),
        ("journalist", "I think it is clear? Perhaps, perhaps not."),
    )
    rates = summarise_markers(find_markers(tokens_table(turns), markers=MARKERS), turns, markers=MARKERS)
    # journalist: hedge 3 of 8 words, booster ("it is clear") 1, nothing else; principal: we 2 of 13.
    assert top_marker_category(rates, role="journalist") == "hedge"
    assert top_marker_category(rates, role="principal") == "we"
    assert top_marker_category(rates, role="moderator") is None
    assert top_marker_category(rates, role="moderator", default="no moderator") == "no moderator"
    # A turn of no words has no rate (NaN): it ranks last; equal rates go to the first listed.
    silent = _turns(("journalist", ""))
    rates = summarise_markers(find_markers(tokens_table(silent), markers=MARKERS), silent, markers=MARKERS)
    assert rates["per_1000"].isna().all() and top_marker_category(rates, role="journalist") == "hedge"


def test_longest_match_wins_within_a_group_and_groups_overlap():
    turns = _turns(("principal", "It is clear. Clear."))
    m = find_markers(tokens_table(turns), markers=MARKERS)
    assert m["marker"].tolist() == ["it is clear", "clear"]  # not also "clear" inside "it is clear"
    both = pd.DataFrame({"group": ["stance", "person"], "category": ["hedge", "I"], "marker": ["I think", "I"]})
    m = find_markers(tokens_table(_turns(("principal", "I think so."))), markers=both)
    assert sorted(m["category"]) == ["I", "hedge"]


def test_case_rules():
    turns = _turns(("principal", "The US and us. NATO, nato and Nato."))
    m = find_markers(tokens_table(turns), markers=MARKERS)
    # "US" (all capitals) is not "us"; "NATO" written with capitals matches only "NATO"
    assert m["match"].tolist() == ["us", "NATO"]


def test_curly_apostrophes_and_phrases_across_lines():
    mk = pd.DataFrame({"group": ["person"], "category": ["we"], "marker": ["we're"]})
    m = find_markers(tokens_table(_turns(("principal", "We’re here; we're there."))), markers=mk)
    assert len(m) == 2
    m = find_markers(tokens_table(_turns(("principal", "I\nthink so."))), markers=MARKERS)
    assert m["marker"].tolist() == ["i think"]


def test_wide_table_and_by_two_columns():
    turns = _turns(("principal", "Perhaps."), ("journalist", "We perhaps."))
    m = find_markers(tokens_table(turns), markers=MARKERS)
    wide = summarise_markers(m, turns, markers=MARKERS, wide=True)
    assert wide.loc[("stance", "hedge"), "principal"] == 1000.0
    assert wide.loc[("stance", "hedge"), "journalist"] == 500.0
    two = summarise_markers(m, turns, by=["role", "kind"], markers=MARKERS)
    assert set(two.columns) >= {"role", "kind", "hits", "words", "per_1000"}


def test_the_shipped_list_reads_and_names_its_source():
    m = read_markers()
    assert {"hedge", "booster", "attitude", "I", "we", "you", "they", "institution",
            "obligation", "possibility", "prediction"} <= set(m["category"])
    head = presslib.paths.DATA_DIR.joinpath("markers.csv").read_text(encoding="utf-8")[:2000]
    assert "Hyland" in head and "Source" in head


def test_bad_marker_lists_name_file_and_line(tmp_path):
    bad = tmp_path / "m.csv"
    bad.write_text("# comment\ngroup,category,marker\nstance,hedge,perhaps\nstance,booster,Perhaps\n")
    with pytest.raises(presslib.PresslibError, match=r"m\.csv:4: marker 'Perhaps' listed twice"):
        read_markers(bad)
    bad.write_text("group,category\nstance,hedge\n")
    with pytest.raises(presslib.PresslibError, match="lacks columns"):
        read_markers(bad)


def test_nato_of_course_read_off_the_transcript(turns):
    # "of course" in the file, case-insensitive: every occurrence is in a turn's text, none in a label
    body = NATO.read_text(encoding="utf-8")
    expected = len(re.findall(r"\bof course\b", body, flags=re.I))
    m = find_markers(tokens_table(turns))
    assert (m["marker"] == "of course").sum() == expected
    examples = marker_examples(turns, m, marker="of course")
    raw = body.split("\n")
    assert all("of course" in raw[line - 1].lower() for line in examples["line"])
