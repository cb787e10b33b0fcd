"""The topic lexicon: reading and checking the file, and matching terms, phrases and inflections."""

from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib import PresslibError, paths
from presslib.topics import topic_hits, topic_matches
from presslib.topics.lexicon import lexicon_table, parse_lexicon, read_lexicon

SMALL = """
# a hand-made lexicon
[[topic]]
id = "ammunition"
label = "Ammunition"
terms = ["ammunition", "munitions", "shell"]
phrases = ["defence industry", "large-calibre ammunition"]

[[topic]]
id = "aircraft"
label = "Fighter aircraft"
terms = ["fighter", "planes"]
phrases = ["fighter jets", "fighter aircraft"]

[[topic]]
id = "quake"
label = "Earthquake"
terms = ["earthquake"]
exclude = ["political earthquake"]
"""

@pytest.fixture(scope="module")
def small():
    return parse_lexicon(SMALL, source="small.toml")


def hits(text, lexicon):
    turns = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": [text]})
    return dict(zip(*topic_hits(turns, lexicon=lexicon)[["topic", "hits"]].T.values))


# --------------------------------------------------------------------------- matching


def test_single_terms_match_their_inflections(small):
    # "munitions" and "Munition", "shells" and "shell", "Planes": case and inflection ignored.
    assert hits("Munition and munitions. Shells, a shell. Planes.", small) == {
        "ammunition": 4,
        "aircraft": 1,
    }


def test_a_phrase_counts_once_and_its_words_not_again(small):
    # "fighter jets" is one hit, not a hit for "fighter" plus one for the phrase.
    assert hits("They want fighter jets.", small) == {"aircraft": 1}
    # Two phrases and one lone term: 3 hits.
    assert hits("Fighter jets, fighter aircraft, and a fighter.", small) == {"aircraft": 3}
    # "large-calibre ammunition" is one phrase (hyphens are spaces), not the term "ammunition" too.
    assert hits("Large-calibre ammunition is scarce.", small) == {"ammunition": 1}
    assert hits("Large calibre ammunition is scarce.", small) == {"ammunition": 1}


def test_phrases_match_inflected_and_do_not_cross_punctuation(small):
    assert hits("Our defence industries grow.", small) == {"ammunition": 1}
    assert hits("For defence, industry matters.", small) == {}
    assert hits("The fighter. Jets came later.", small) == {
        "aircraft": 1
    }  # the term, not the phrase


def test_an_excluded_phrase_counts_for_no_topic(small):
    assert hits("It caused a political earthquake in Rome.", small) == {}
    assert hits("After the earthquake, and the political earthquake.", small) == {"quake": 1}


def test_matches_show_the_text_as_printed(small):
    turns = pd.DataFrame({"doc_id": ["d"], "turn": [4], "text": ["Send Fighter-Jets now"]})
    m = topic_matches(turns, lexicon=small)
    assert m[["turn", "topic", "entry", "matched"]].values.tolist() == [
        [4, "aircraft", "fighter jet", "Fighter-Jets"]
    ]
    assert (m["start"].item(), m["end"].item()) == (5, 17)


def test_topic_hits_has_exactly_the_agreed_columns(small):
    turns = pd.DataFrame(
        {
            "doc_id": ["d", "d", "e"],
            "turn": [0, 1, 0],
            "text": ["Planes and shells.", "Nothing here.", "Shells."],
        }
    )
    out = topic_hits(turns, lexicon=small)
    assert list(out.columns) == ["doc_id", "turn", "topic", "hits"]
    assert out.values.tolist() == [
        ["d", 0, "ammunition", 1],
        ["d", 0, "aircraft", 1],
        ["e", 0, "ammunition", 1],
    ]
    assert str(out["hits"].dtype) == "int64"
    empty = topic_hits(turns.iloc[[1]], lexicon=small)
    assert list(empty.columns) == ["doc_id", "turn", "topic", "hits"] and empty.empty


def test_an_entry_listed_by_two_topics_counts_for_both():
    lex = parse_lexicon(
        '[[topic]]\nid = "a"\nlabel = "A"\nterms = ["space"]\n'
        '[[topic]]\nid = "b"\nlabel = "B"\nterms = ["spaces"]\n'
    )
    assert hits("Outer space.", lex) == {"a": 1, "b": 1}


def test_the_input_is_not_changed(small):
    turns = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["Shells."]})
    before = turns.copy()
    topic_hits(turns, lexicon=small)
    pd.testing.assert_frame_equal(turns, before)


WORDS = st.sampled_from(
    ["fighter", "jets", "planes", "shells", "defence", "industry", "the", ",", "."]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=25))
def test_hits_never_exceed_words_and_every_match_is_a_lexicon_entry(small, words):
    text = " ".join(words)
    turns = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": [text]})
    m = topic_matches(turns, lexicon=small)
    assert len(m) <= sum(w not in ",." for w in words)
    assert set(m["entry"]) <= {" ".join(f) for f in small.index()}
    spans = sorted(zip(m["start"], m["end"]))
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))  # no overlaps


# --------------------------------------------------------------------------- the file


def test_the_bundled_lexicon_reads_and_names_the_issue_s_topics():
    lex = read_lexicon()
    assert lex.source == str(paths.data_file("topics.toml"))
    for topic in [
        "ukraine_support",
        "russia_war",
        "ammunition",
        "fighter_aircraft",
        "air_defence",
        "heavy_weapons",
        "airspace_surveillance",
        "undersea_infrastructure",
        "cyber",
        "earthquake",
        "defence_spending",
        "deterrence_posture",
        "belarus",
        "partners",
        "ukraine_future",
        "domestic_politics",
    ]:
        assert topic in lex.ids
    table = lexicon_table(lex)
    assert list(table.columns) == ["topic", "label", "kind", "entry", "form"]
    assert set(table["kind"]) == {"term", "phrase", "exclude"}


def test_the_reader_s_expectations_hold_on_the_bundled_lexicon():
    # The issue's examples: munitions/ammunition together; fighter jets/aircraft/planes together.
    lex = read_lexicon()
    assert hits("munitions", lex) == hits("ammunition", lex) == {"ammunition": 1}
    for text in ["fighter jets", "fighter aircraft", "planes"]:
        assert hits(text, lex) == {"fighter_aircraft": 1}, text


def test_add_returns_a_new_lexicon(small):
    bigger = small.add("china", "China", terms=["China", "Chinese"])
    assert bigger.ids == [*small.ids, "china"] and "china" not in small.ids
    assert hits("Chinese balloons", bigger) == {"china": 1}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nterms = ["fighter jets"]\n',
            "topic 1 ('x'): term 'fighter jets' has 2 words; put it under 'phrases'",
        ),
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nphrases = ["jets"]\n',
            "phrase 'jets' is a single word; put it under 'terms'",
        ),
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nterms = ["SAMP/T"]\n',
            "term 'SAMP/T' has punctuation that splits it",
        ),
        ('[[topic]]\nid = "x"\nlabel = "X"\nterms = "jets"\n', "'terms' must be a list of strings"),
        ('[[topic]]\nid = "x"\nterms = ["jets"]\n', "'label' must be a non-empty string"),
        (
            '[[topic]]\nid = "Air Defence"\nlabel = "X"\nterms = ["jets"]\n',
            "'id' must be lower case",
        ),
        ('[[topic]]\nid = "x"\nlabel = "X"\n', "has no 'terms' and no 'phrases'"),
        ('[[topic]]\nid = "x"\nlabel = "X"\nterm = ["jets"]\n', "unknown key(s) ['term']"),
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nterms = ["a"]\n\n[[topic]]\nid = "x"\nlabel = "Y"\nterms = ["b"]\n',
            "topic 2 ('x'): id 'x' is used twice",
        ),
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nphrases = ["big quake"]\nexclude = ["big quakes"]\n',
            "is both counted and excluded",
        ),
        (
            '[[topic]]\nid = "x"\nlabel = "X"\nterms = ["quake"]\nexclude = ["quakes"]\n',
            "exclude 'quakes' is a single word",
        ),
        ('title = "mine"\n', "unexpected top-level key(s) ['title']"),
        ("", "no [[topic]] tables"),
    ],
)
def test_a_malformed_lexicon_names_the_entry(text, expected):
    with pytest.raises(PresslibError) as err:
        parse_lexicon(text, source="mine.toml")
    assert expected in str(err.value) and str(err.value).startswith("mine.toml")


def test_errors_name_the_line_of_the_faulty_topic(tmp_path):
    path = tmp_path / "topics.toml"
    path.write_text(
        '# mine\n[[topic]]\nid = "a"\nlabel = "A"\nterms = ["a"]\n\n'
        '[[topic]]\nid = "b"\nlabel = "B"\nterms = ["b c"]\n',
        encoding="utf-8",
    )
    with pytest.raises(PresslibError) as err:
        read_lexicon(path)
    assert str(err.value).startswith(f"{path}:7: topic 2 ('b'): term 'b c'")


def test_bad_toml_gives_the_file_and_line(tmp_path):
    path = tmp_path / "topics.toml"
    path.write_text('[[topic]]\nid = "a"\nlabel = "A\nterms = ["a"]\n', encoding="utf-8")
    with pytest.raises(PresslibError) as err:
        read_lexicon(path)
    assert str(err.value).startswith(f"{path}:3: not valid TOML")


def test_a_missing_lexicon_file_is_a_clear_error(tmp_path):
    with pytest.raises(PresslibError, match="no such file"):
        read_lexicon(tmp_path / "nope.toml")
