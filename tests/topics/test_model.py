"""The data-driven view: paragraphs, word counts, NMF components and distinctive terms."""

import pandas as pd

from presslib.topics.model import (
    count_terms,
    distinctive_terms,
    nmf_terms,
    paragraphs_table,
    summarise_components,
)


def test_paragraphs_are_the_blank_line_blocks_of_each_turn():
    turns = pd.DataFrame({"doc_id": "d", "turn": [0, 1], "text": ["A b.\n\nC d e.\n\n", ""]})
    p = paragraphs_table(turns)
    assert p[["turn", "paragraph", "text", "n_words"]].values.tolist() == [
        [0, 0, "A b.", 2],
        [0, 1, "C d e.", 3],
    ]


def test_nato_paragraphs_hold_every_word(turns):
    p = paragraphs_table(turns)
    assert p["n_words"].sum() == turns["n_words"].sum()


def test_count_terms_leaves_out_stop_words_numbers_and_short_words_and_merges_inflections():
    # "the", "we" are stop words; "28" a number; "of" short and a stop word.
    assert count_terms(["We need the shells, 28 shells.", "A shell of ammunition."]) == {
        "shells": 3,
        "ammunition": 1,
        "need": 1,
    }


def test_nmf_is_deterministic_and_shows_the_lexicon_beside_its_terms(turns):
    p = paragraphs_table(turns)
    a = nmf_terms(p, n_components=6, n_terms=5)
    b = nmf_terms(p, n_components=6, n_terms=5)
    pd.testing.assert_frame_equal(a, b)
    assert list(a.columns) == [
        "component",
        "rank",
        "term",
        "stem",
        "weight",
        "lexicon",
        "in_phrases",
    ]
    assert (
        len(a) == 30
        and a.groupby("component")["rank"].apply(list).map(lambda r: r == [1, 2, 3, 4, 5]).all()
    )
    # Each top term's lexicon column names the topics of data/topics.toml that list it:
    # "industry" and "production" are ammunition/defence-industry terms there, "presence" none.
    lexicon_of = dict(zip(a["term"], a["lexicon"]))
    assert lexicon_of["industry"] == lexicon_of["production"] == "ammunition"
    assert lexicon_of["presence"] == ""
    summary = summarise_components(a)
    assert list(summary["component"]) == [1, 2, 3, 4, 5, 6]


def test_the_earthquake_paragraphs_form_a_component_of_their_own(turns):
    # Read off the transcript: the earthquake paragraphs (opening, exchange 6) share words
    # ("earthquake", "Türkiye", "shelters") that no other paragraph uses.
    terms = nmf_terms(paragraphs_table(turns))
    tops = terms.groupby("component")["term"].apply(set)
    assert any({"earthquake", "türkiye"} <= top for top in tops)


def test_distinctive_terms_by_hand():
    turns = pd.DataFrame(
        {
            "doc_id": "d",
            "exchange": pd.array([1, 1, 2, None], dtype="Int64"),
            "text": ["Tanks, tanks.", "Jets?", "Jets and cyber.", "Tanks cyber cyber."],
        }
    )
    out = distinctive_terms(turns, n_terms=1)
    # Exchange 1: "tanks" (twice, only there) beats "jets" (also in 2); exchange 2: "cyber".
    assert out[["exchange", "term", "count"]].values.tolist() == [[1, "tanks", 2], [2, "cyber", 1]]


def test_distinctive_terms_summarised_per_transcript_and_exchange_by_hand():
    from presslib.topics import summarise_distinctive_terms

    # Each word occurs in one group only, so it is that group's top term. Exchange 1 of
    # transcripts a and b stay two rows (pooled by exchange alone they would be one).
    turns = pd.DataFrame({"doc_id": ["a", "a", "b"], "exchange": pd.array([1, 2, 1], dtype="Int64"),
                          "text": ["Tanks, tanks.", "Jets.", "Ports and ports."]})
    summary = summarise_distinctive_terms(distinctive_terms(turns, n_terms=1))
    assert summary.values.tolist() == [["a", 1, "tanks"], ["a", 2, "jets"], ["b", 1, "ports"]]
    assert list(summarise_distinctive_terms(distinctive_terms(turns.iloc[:0])).columns) == ["doc_id", "exchange", "terms"]


def test_short_texts_give_fewer_components_or_an_empty_table():
    from presslib.topics import distinctive_terms, nmf_terms, summarise_components

    two = pd.DataFrame({"text": ["Ferries run late.", "The pier opens in May."]})
    assert nmf_terms(two).empty and summarise_components(nmf_terms(two)).empty  # no word in 2 paragraphs
    shared = pd.DataFrame({"text": ["Ferries and piers.", "Ferries and piers again.", "Piers, ferries, tides."]})
    terms = nmf_terms(shared, n_components=8, max_df=1.0)
    assert 1 <= terms["component"].max() <= 2  # at most as many components as words in 2+ paragraphs
    stops = pd.DataFrame({"doc_id": "d", "turn": [0], "exchange": [1], "text": ["the and of"]})
    assert distinctive_terms(stops).empty
