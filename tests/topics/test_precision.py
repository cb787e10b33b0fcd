"""The topic lexicon's precision: keys on a hand-made turn, and the bundled transcript's judgements."""

import pandas as pd

import presslib
from presslib.paths import DEFAULT_TRANSCRIPT as NATO
from presslib.precision import judgement_file, read_judgements
from presslib.topics import parse_lexicon
from presslib.topics.precision import TOPIC_KEYS, judge_topic_matches, keyed_topic_matches, lexicon_precision

LEX = parse_lexicon('[[topic]]\nid = "tanks"\nlabel = "Tanks"\nterms = ["tanks"]\nexclude = ["anti-tank"]\n'
                    '[[topic]]\nid = "space"\nlabel = "Space"\nterms = ["space"]\nexclude = ["the space for"]\n')


def _turns():
    # A labelled turn: the label's line is line_start (10), the text starts on line 11.
    return pd.DataFrame({"doc_id": ["d"], "turn": [0], "label": ["NAME"], "line_start": [10],
                         "text": ["Tanks and more tanks, anti-tank mines.\nNo tanks in space; the space for all."]})


def test_keys_name_the_source_line_and_count_repeats_by_hand():
    keyed = keyed_topic_matches(_turns(), lexicon=LEX)
    # line 11: tanks, tanks (anti-tank excluded); line 12: tanks, space ("the space for" excluded).
    assert keyed[["line", "topic", "nth", "matched"]].values.tolist() == [
        [11, "tanks", 1, "Tanks"], [11, "tanks", 2, "tanks"], [12, "tanks", 1, "tanks"], [12, "space", 1, "space"]]


def test_precision_from_a_judgement_file_worked_by_hand(tmp_path):
    path = tmp_path / "j.csv"
    path.write_text("doc_id,line,topic,entry,nth,correct,note\n"
                    "d,11,tanks,tank,1,yes,\nd,11,tanks,tank,2,yes,\nd,12,tanks,tank,1,no,negated\n"
                    "d,12,space,space,1,yes,\n", encoding="utf-8")
    table = lexicon_precision(_turns(), lexicon=LEX, judgements=path)
    # tanks: 2 of 3; space: 1 of 1; all: 3 of 4.
    assert table[["topic", "matches", "correct"]].values.tolist() == [
        ["tanks", 3, 2], ["space", 1, 1], ["all", 4, 3]]


def test_every_match_on_the_bundled_transcript_is_judged_and_every_judgement_is_a_match():
    turns, _ = presslib.load_turns(NATO)
    judged = judge_topic_matches(turns)  # raises when the lexicon brings a match no one judged
    rows = read_judgements(judgement_file("nato_topic_matches.csv"), TOPIC_KEYS)
    assert len(rows) == len(judged)
    stored = rows.set_index(list(TOPIC_KEYS))["matched"]
    assert stored.loc[[tuple(str(v) for v in k) for k in judged[list(TOPIC_KEYS)].to_numpy()]].tolist() \
        == judged["matched"].tolist()


def test_the_misfires_read_on_the_bundled_transcript_are_gone_or_judged_wrong():
    turns, _ = presslib.load_turns(NATO)
    judged = judge_topic_matches(turns)
    def contexts(topic, matched):
        return judged.loc[judged["topic"].eq(topic) & judged["matched"].eq(matched), "context"]

    # Rules: "the space for" (room to act), "Allies and partners", "anti-tank", "delivery times".
    assert not contexts("airspace_surveillance", "space").str.contains("the space for").any()
    assert not contexts("partners", "partners").str.contains("Allies and partners").any()
    assert contexts("heavy_weapons", "tank").empty and contexts("ukraine_support", "Delivery").empty
    wrong = judged.loc[~judged["correct"], ["line", "topic", "matched"]].values.tolist()
    assert wrong == [[101, "ammunition", "industry"], [164, "ukraine_support", "weapons"],
                     [179, "fighter_aircraft", "planes"]]
