"""Precision from a judgement file: values worked by hand on small tables."""

import pandas as pd
import pytest

from presslib.errors import PresslibError
from presslib.precision import (
    describe_precision,
    join_judgements,
    judgement_file,
    precision_table,
    read_judgements,
    summarise_precision,
)

KEYS = ("line", "entry")


def test_precision_per_group_and_overall_worked_by_hand():
    # a: 3 matches, 2 right (2/3); b: 2 matches, none right (0/2); c: 1 match, right (1/1).
    # Overall 3 of 6 = 0.5. Rows: most matches first, then the pooled row "all".
    judged = pd.DataFrame({"topic": ["a", "b", "a", "c", "a", "b"],
                           "correct": [True, False, True, True, False, False]})
    table = precision_table(judged, "topic")
    assert table["topic"].tolist() == ["a", "b", "c", "all"]
    assert table["matches"].tolist() == [3, 2, 1, 6]
    assert table["correct"].tolist() == [2, 0, 1, 3]
    assert table["precision"].tolist() == pytest.approx([2 / 3, 0.0, 1.0, 0.5])
    assert describe_precision(table, "topic", "the lexicon") == [
        "the lexicon: 3 of 6 matches right, 50%.", "a: 2 of 3 right, 67%.", "b: 0 of 2 right, 0%."]


def test_no_matches_gives_an_empty_pooled_row():
    table = precision_table(pd.DataFrame({"topic": [], "correct": pd.Series([], dtype=bool)}), "topic")
    assert table["topic"].tolist() == ["all"] and table["matches"].tolist() == [0]
    assert describe_precision(table, "topic", "x") == ["x: no matches."]


def test_join_refuses_a_match_not_judged_and_ignores_stale_judgements():
    matches = pd.DataFrame({"line": [3, 4], "entry": ["space", "tank"]})
    judged = pd.DataFrame({"line": [3, 9], "entry": ["space", "tank"], "correct": [False, True]})
    with pytest.raises(PresslibError, match=r"1 match not judged: line=4, entry=tank"):
        join_judgements(matches, judged, KEYS)
    judged = pd.DataFrame({"line": [3, 4, 9], "entry": ["space", "tank", "tank"], "correct": [False, True, True]})
    out = join_judgements(matches, judged, KEYS)
    assert out[["line", "entry", "correct"]].values.tolist() == [[3, "space", False], [4, "tank", True]]


def test_read_judgements_checks_the_file(tmp_path):
    good = tmp_path / "j.csv"
    good.write_text("# a comment\nline,entry,correct,note\n3,space,no,the space for\n4,tank,YES,\n", encoding="utf-8")
    table = read_judgements(good, KEYS)
    assert table["correct"].tolist() == [False, True] and table["note"].tolist() == ["the space for", ""]
    bad = tmp_path / "bad.csv"
    bad.write_text("line,entry,correct\n3,space,maybe\n", encoding="utf-8")
    with pytest.raises(PresslibError, match="yes or no"):
        read_judgements(bad, KEYS)
    twice = tmp_path / "twice.csv"
    twice.write_text("line,entry,correct\n3,space,no\n3,space,yes\n", encoding="utf-8")
    with pytest.raises(PresslibError, match="judged twice"):
        read_judgements(twice, KEYS)
    with pytest.raises(PresslibError, match="lacks columns"):
        read_judgements(good, ("line", "topic"))


def test_the_bundled_judgement_files_ship_with_presslib():
    for name in ("nato_topic_matches.csv", "nato_marker_matches.csv"):
        assert judgement_file(name).is_file()


MATCHES = pd.DataFrame({"line": [11, 11, 12, 12], "entry": ["tank", "tanks", "tank", "space"],
                        "topic": ["tanks", "tanks", "tanks", "space"]})


def test_summarise_precision_as_a_notebook_shows_it_worked_by_hand():
    judged = MATCHES[list(KEYS)].assign(correct=[True, True, False, True], note=["", "", "negated", ""])
    summary = summarise_precision(join_judgements, MATCHES, judged, KEYS,
                                  by="topic", what="Topic lexicon", show=["line", "topic", "note"])
    # 3 of 4 right overall; tanks 2 of 3 (the only topic with a wrong match); the wrong one on line 12.
    assert summary.sentences == ["Topic lexicon: 3 of 4 matches right, 75%.", "tanks: 2 of 3 right, 67%."]
    table, wrong = summary.tables
    assert table[["topic", "matches", "correct"]].values.tolist() == [["tanks", 3, 2], ["space", 1, 1], ["all", 4, 3]]
    assert wrong.values.tolist() == [[12, "tanks", "negated"]]


def test_summarise_precision_of_a_match_not_judged_says_so_and_shows_no_table():
    judged = MATCHES[list(KEYS)].iloc[:3].assign(correct=[True, True, False])  # line 12's "space" is not judged
    summary = summarise_precision(join_judgements, MATCHES, judged, KEYS, by="topic", what="Topic lexicon", show=["line"])
    assert summary.tables == ()
    assert summary.sentences == ["1 match not judged: line=12, entry=space; read them and add a row each"]


def test_summarise_precision_passes_on_errors_other_than_bad_input_and_checks_the_columns():
    def broken():
        raise KeyError("a bug, not a user's word list")

    with pytest.raises(KeyError):
        summarise_precision(broken, by="topic", what="x", show=[])

    def bad_file():  # a judgement file with a column missing is the user's to mend, not a sentence
        raise PresslibError("judgement file lacks columns ['correct']")

    with pytest.raises(PresslibError, match="lacks columns"):
        summarise_precision(bad_file, by="topic", what="x", show=[])
    judged = pd.DataFrame({"topic": ["a"], "correct": [True]})
    with pytest.raises(PresslibError, match="context"):
        summarise_precision(lambda: judged, by="topic", what="x", show=["context"])
    assert summarise_precision(lambda: judged, by="topic", what="x", show=[]).sentences == ["x: 1 of 1 matches right, 100%."]
