"""Topic hits on the NATO transcript (from reading it), and the topic tables on hand-made hits."""

import numpy as np
import pandas as pd
import pytest

from presslib import paths
from presslib.cli import main
from presslib.topics.tables import exchange_labels, topic_findings
from presslib.topics import (
    add_topic_groups,
    compare_asked_answered,
    count_topics_by,
    read_lexicon,
    topic_hits,
    topic_matrix,
)

NATO = paths.DEFAULT_TRANSCRIPT


@pytest.fixture(scope="module")
def hits(turns):
    return topic_hits(turns)


def asked(turns, hits, exchange, kinds=("question",)):
    """Topics tagged in the question turns of one exchange."""
    rows = turns[turns["exchange"].eq(exchange).fillna(False) & turns["kind"].isin(kinds)]
    return set(hits.loc[hits["turn"].isin(rows["turn"]), "topic"])


# --------------------------------------------------------------------------- the NATO transcript
# Each case below is what a reader finds in the question: AFP asks about munitions and the
# balloons, DW/NPR about balloons and ammunition contracts, FT about ammunition production,
# NTV about the earthquake in Türkiye, VG about fighter aircraft and the cyberattack on NATO
# websites, Belsat about Lukashenko's Belarus, ANSA about Berlusconi and Italy's government,
# FAZ and ZDF about sending fighter planes/jets.


@pytest.mark.parametrize(
    "topic, exchanges",
    [
        ("ammunition", {1, 3, 9}),
        # Ukrinform (line 186): "a Russian missile's approaching to the NATO airspace"
        ("airspace_surveillance", {1, 3, 4}),
        ("earthquake", {6}),
        ("cyber", {11}),
        ("belarus", {10}),
        # ZDF (line 241): "the German chancellor has said that this is a no go"
        ("domestic_politics", {8, 12}),
        ("fighter_aircraft", {5, 8, 11}),
    ],
)
def test_nato_questions_are_tagged_with_what_they_ask_about(turns, hits, topic, exchanges):
    # Exactly these exchanges' questions (follow-ups included) raise the topic, and no others.
    tagged = {ex for ex in range(1, 13) if topic in asked(turns, hits, ex, ("question", "follow_up"))}
    assert tagged == exchanges


def test_only_the_ntv_question_is_about_the_earthquake(turns, hits):
    # ANSA's "caused an earthquake in Italy" is a figure of speech, not the disaster.
    questions = turns[turns["kind"].isin(["question", "follow_up"])]
    assert questions["exchange"].nunique() == 12
    tagged = {
        ex
        for ex in questions["exchange"].unique()
        if "earthquake" in asked(turns, hits, ex, ("question", "follow_up"))
    }
    assert tagged == {6}


def test_hand_counted_hits_in_the_belsat_question(turns, hits):
    # "Belarusian nation", "Lukashenko's regime", "the Lukashenko regime", "Belarusian society".
    turn = turns.loc[
        turns["exchange"].eq(10).fillna(False) & turns["kind"].eq("question"), "turn"
    ].item()
    assert hits.loc[hits["turn"].eq(turn) & hits["topic"].eq("belarus"), "hits"].item() == 4


def test_hits_join_back_to_the_turns(turns, hits):
    assert list(hits.columns) == ["doc_id", "turn", "topic", "hits"]
    assert (hits["hits"] >= 1).all()
    assert not hits.duplicated(["doc_id", "turn", "topic"]).any()
    assert len(hits.merge(turns, on=["doc_id", "turn"])) == len(hits)
    assert set(hits["topic"]) <= set(read_lexicon().ids)


def test_the_vg_answer_covers_cyber_but_not_the_fighter_aircraft_it_was_asked(turns, hits):
    # Reading the answer: it is all about the attacks on NATO websites; the aircraft half of
    # the question goes unanswered.
    row = compare_asked_answered(turns, hits).set_index("exchange").loc[11]
    assert "cyber" in row["shared"].split("|") and "fighter_aircraft" in row["dropped"].split("|")


def test_the_continued_answer_counts_for_the_zdf_exchange(turns, hits):
    # After the untaken "Financial Times." call, the principal answers ZDF's fighter-jet question.
    row = compare_asked_answered(turns, hits).set_index("exchange").loc[8]
    assert "fighter_aircraft" in row["shared"].split("|")


def test_exchange_labels_name_the_asker_s_outlet_as_printed(turns):
    labels = exchange_labels(turns)
    assert labels[0] == "0 opening" and labels[1] == "1 AFP" and labels[3] == "3 Deutsche Welle/NPR"
    assert len(labels) == 13


# --------------------------------------------------------------------------- tables, by hand

TURNS = pd.DataFrame(
    {
        "doc_id": "d",
        "turn": [0, 1, 2, 3, 4, 5, 6],
        "role": [
            "principal",
            "moderator",
            "journalist",
            "principal",
            "journalist",
            "principal",
            "moderator",
        ],
        "kind": ["statement", "call", "question", "answer", "follow_up", "answer", "closing"],
        "exchange": pd.array([0, 1, 1, 1, 1, 1, None], dtype="Int64"),
        "outlet": [None, None, "afp", None, "afp", None, None],
        "n_words": [500, 5, 50, 200, 20, 100, 10],
    }
)
HITS = pd.DataFrame(
    {
        "doc_id": "d",
        "turn": [0, 0, 2, 3, 3, 4, 5, 6],
        "topic": ["cyber", "tanks", "cyber", "cyber", "china", "belarus", "china", "tanks"],
        "hits": [5, 1, 2, 4, 1, 1, 2, 1],
    }
)


def test_count_by_kind_gives_counts_and_rates_per_1000_words():
    out = count_topics_by(TURNS, HITS, by="kind").set_index(["kind", "topic"])
    out = out[["hits", "turns", "words", "per_1000"]]
    # answers: turns 3 and 5, 300 words; cyber 4 hits in one turn, china 1 + 2 in two turns.
    assert out.loc[("answer", "cyber")].tolist() == [4, 1, 300, 13.33]
    assert out.loc[("answer", "china")].tolist() == [3, 2, 300, 10.0]
    assert out.loc[("statement", "cyber")].tolist() == [5, 1, 500, 10.0]
    assert ("call", "cyber") not in out.index  # only topics with a hit get a row


def test_count_by_side_puts_follow_ups_with_questions_and_by_section_splits_the_opening():
    side = count_topics_by(TURNS, HITS, by="side").set_index(["side", "topic"])
    assert (
        side.loc[("question", "cyber"), "hits"] == 2
        and side.loc[("question", "belarus"), "hits"] == 1
    )
    assert side.loc[("question", "cyber"), "words"] == 70
    section = count_topics_by(TURNS, HITS, by="section").set_index(["section", "topic"])
    assert section.loc[("opening", "cyber"), "hits"] == 5
    assert section.loc[("q&a", "cyber"), ["hits", "turns", "words"]].tolist() == [6, 2, 375]
    assert section.loc[("closing", "tanks"), "hits"] == 1


def test_count_by_exchange_leaves_out_turns_without_one_and_by_role_sums_roles():
    ex = count_topics_by(TURNS, HITS, by="exchange")
    assert set(ex["exchange"]) == {0, 1} and "tanks" in set(ex.loc[ex["exchange"].eq(0), "topic"])
    role = count_topics_by(TURNS, HITS, by="role").set_index(["role", "topic"])
    assert role.loc[("principal", "cyber"), ["hits", "words"]].tolist() == [9, 800]
    turn = count_topics_by(TURNS, HITS, by="turn")
    assert turn[["turn", "topic", "hits"]].values.tolist()[:2] == [[0, "cyber", 5], [0, "tanks", 1]]


def test_topic_matrix_fills_zeros_and_follows_the_given_order():
    m = topic_matrix(
        count_topics_by(TURNS, HITS, by="exchange"),
        index="exchange",
        topics=["tanks", "cyber", "belarus", "china", "unused"],
    )
    assert list(m.index) == ["tanks", "cyber", "belarus", "china", "unused"]
    assert m.to_numpy().tolist() == [[1, 0], [5, 6], [0, 1], [0, 3], [0, 0]]


def test_asked_and_answered_per_exchange():
    out = compare_asked_answered(TURNS, HITS)
    assert len(out) == 1
    row = out.iloc[0]
    assert (row["asked"], row["answered"], row["shared"]) == (
        "cyber|belarus",
        "cyber|china",
        "cyber",
    )
    assert (row["dropped"], row["added"], row["outlet"]) == ("belarus", "china", "afp")
    assert (row["coverage"], row["focus"]) == (0.5, 0.5)


def test_an_exchange_without_question_topics_has_no_coverage():
    out = compare_asked_answered(TURNS, HITS[HITS["turn"].ne(2) & HITS["turn"].ne(4)])
    assert np.isnan(out["coverage"].item()) and out["focus"].item() == 0.0


def test_tables_check_columns_and_leave_inputs_alone():
    before = TURNS.copy(), HITS.copy()
    count_topics_by(TURNS, HITS, by="side")
    compare_asked_answered(TURNS, HITS)
    add_topic_groups(TURNS)
    pd.testing.assert_frame_equal(TURNS, before[0])
    pd.testing.assert_frame_equal(HITS, before[1])
    with pytest.raises(KeyError, match="n_words"):
        count_topics_by(TURNS.drop(columns="n_words"), HITS, by="kind")
    with pytest.raises(KeyError, match="hits"):
        count_topics_by(TURNS, HITS.drop(columns="hits"), by="kind")


def test_findings_are_sentences_drawn_from_the_tables():
    found = topic_findings(TURNS, HITS, labels={"cyber": "Cyber attacks"})
    assert found[0].startswith("The lexicon found 17 topic mentions in 885 words")
    assert "Cyber attacks (11 mentions)" in found[0]
    assert any("In 0 of 1 exchanges" in s and "50%" in s for s in found)


# --------------------------------------------------------------------------- command line


def test_command_writes_the_table_by_exchange(tmp_path, turns, hits):
    out = tmp_path / "topics.csv"
    assert main(["topics", str(NATO), "--by", "exchange", "-o", str(out)]) == 0
    table = pd.read_csv(out)
    assert list(table.columns) == [
        "doc_id",
        "exchange",
        "topic",
        "hits",
        "turns",
        "words",
        "per_1000",
    ]
    assert (
        table["hits"].sum()
        == hits.merge(turns[turns["exchange"].notna()], on=["doc_id", "turn"])["hits"].sum()
    )


def test_command_prints_csv_and_reads_another_lexicon(tmp_path, capsys):
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(
        '[[topic]]\nid = "quake"\nlabel = "Quake"\nterms = ["earthquake"]\n', encoding="utf-8"
    )
    assert main(["topics", str(NATO), "--by", "kind", "--lexicon", str(lexicon)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "doc_id,kind,topic,hits,turns,words,per_1000"
    assert {line.split(",")[1] for line in lines[1:]} == {"statement", "question", "answer"}


def test_command_reports_a_bad_lexicon_in_one_line(tmp_path, capsys):
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text('[[topic]]\nid = "x"\n', encoding="utf-8")
    assert main(["topics", str(NATO), "--lexicon", str(lexicon)]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("presslib: ") and "bad.toml:1: topic 1 ('x')" in err and err.count("\n") == 1
    )
