"""Topic tables on hand-made turns and hits: counts, rates, matrices, asked against answered."""

import numpy as np
import pandas as pd
import pytest

from presslib.topics import (
    add_topic_groups,
    compare_asked_answered,
    count_topics_by,
    topic_matrix,
)
from presslib.topics.tables import exchange_labels, top_topic, topics_in_questions


def test_exchange_labels_name_the_asker_s_outlet_as_printed(turns):
    labels = exchange_labels(turns)
    assert labels[0] == "0 opening" and labels[1] == "1 AFP" and labels[3] == "3 Deutsche Welle/NPR"
    assert len(labels) == 13


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


def test_a_corpus_pooled_and_kept_apart():
    # two transcripts, each one question of 10 words with 1 hit and one answer of 40 words with 2
    t = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "turn": [0, 1, 0, 1],
                      "kind": ["question", "answer", "question", "answer"], "exchange": 1,
                      "n_words": [10, 40, 10, 40], "affiliation": ["AFP", "", "AP", ""]})
    h = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "turn": [0, 1, 0, 1], "topic": "cyber",
                      "hits": [1, 2, 1, 2]})
    pooled = count_topics_by(t, h, by="side", by_document=False)
    # by hand: questions 2 hits in 20 words = 100 per 1,000; answers 4 in 80 = 50; 2 turns each
    assert pooled[["side", "hits", "turns", "words", "per_1000"]].values.tolist() == [
        ["answer", 4, 2, 80, 50.0], ["question", 2, 2, 20, 100.0]]
    apart = topic_matrix(count_topics_by(t, h, by="exchange"), index="exchange")
    assert list(apart.columns) == [("a", 1), ("b", 1)] and apart.loc["cyber"].tolist() == [3, 3]
    assert exchange_labels(t) == {("a", 1): "a: 1 AFP", ("b", 1): "b: 1 AP"}


# --------------------------------------------------------------------------- topics in questions


def _asking(*texts, roles):
    n = len(texts)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(1, n + 1), "kind": ["question"] * n, "role": list(roles),
        "exchange": 1, "label": ["Ann Lee, AFP:"] * n, "line_start": [10 * i for i in range(1, n + 1)],
        "speaker": "Ann Lee", "text": list(texts), "n_words": [len(t.split()) for t in texts],
        "n_sentences": 1, "n_questions": 1,
    })


def test_topics_in_questions_counts_only_the_journalists_turns_question_proper_cuts():
    # Read: the journalist says "tanks" in context and asks about tanks: 2 in the turn, 1 in
    # the question proper; a moderator reading out "Tanks?" is not a journalist asking, so
    # their mention counts in neither column (before: in both, 3 and 2)
    from presslib import design
    from presslib.topics import parse_lexicon, topic_hits

    lexicon = parse_lexicon('[[topic]]\nid = "tanks"\nlabel = "Tanks"\nterms = ["tanks"]')
    turns = _asking("The tanks are late. When will the tanks come?", "Tanks?", roles=["journalist", "moderator"])
    proper = design.question_proper(turns)
    got = topics_in_questions(turns, topic_hits(turns, lexicon=lexicon), proper, topic_hits(proper, lexicon=lexicon))
    assert got.values.tolist() == [["tanks", 2, 1, 1]]


def test_no_phrase_runs_from_one_question_into_the_next_so_nothing_is_asked_twice():
    # Read: "...about the air" asks; a paragraph of context; "Defence systems, will they
    # come?" asks again. Nobody says "air defence": the phrase may not match in the questions
    # proper either (it did when they were joined by one newline: set aside was then -1)
    from presslib import design
    from presslib.topics import parse_lexicon, topic_hits

    lexicon = parse_lexicon('[[topic]]\nid = "air_defence"\nlabel = "Air defence"\nphrases = ["air defence"]\n'
                            '[[topic]]\nid = "systems"\nlabel = "Systems"\nterms = ["systems"]')
    turns = _asking("Could you tell us about the air\n\nThe budgets rose last year.\n\n"
                    "Defence systems, will they come?", roles=["journalist"])
    proper = design.question_proper(turns)
    got = topics_in_questions(turns, topic_hits(turns, lexicon=lexicon), proper, topic_hits(proper, lexicon=lexicon))
    assert got.values.tolist() == [["systems", 1, 1, 0]]


def test_set_aside_is_never_negative_even_when_the_hits_tables_disagree():
    # hits made by hand: the questions proper mention "cyber" twice, the whole turn once
    turns = _asking("x", roles=["journalist"])
    once = pd.DataFrame({"doc_id": "d", "turn": [1], "topic": ["cyber"], "hits": [1]})
    twice = once.assign(hits=2)
    assert topics_in_questions(turns, once, turns, twice).values.tolist() == [["cyber", 1, 2, 0]]


def test_top_topic_by_rate_then_lexicon_order_and_none_when_no_topic():
    # counted by hand: questions mention b at 4.0 and a at 4.0 per 1,000 words, c at 1.0;
    # a comes first in the lexicon, so a wins the tie; answers mention nothing (zero hits)
    t = pd.DataFrame({"side": ["question"] * 3 + ["answer"], "topic": ["b", "a", "c", "a"],
                      "hits": [2, 2, 1, 0], "per_1000": [4.0, 4.0, 1.0, 0.0]})
    assert top_topic(t, side="question", order=["a", "b", "c"]) == "a"
    assert top_topic(t, side="question") == "b"  # no order given: the table's
    assert top_topic(t, side="answer", default="none") == "none"
