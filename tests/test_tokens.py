"""The text layer on small hand-counted texts, and its agreement with the turns table's counts."""

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.text import count_text
from presslib.tokens import content_stems, stem, stem_share, stop_words, tokenize, tokens_table


def table(*texts):
    turns = pd.DataFrame({"doc_id": "d", "turn": range(len(texts)), "text": list(texts)})
    return tokens_table(turns)


def tokens(text):
    return [tok for _, _, tok, _, _ in tokenize(text)]


def sentences(text):
    """Tokens grouped by sentence number, as the tokens table numbers them."""
    out = {}
    for _, _, tok, _, s in tokenize(text):
        out.setdefault(s, []).append(tok)
    return list(out.values())


# --------------------------------------------------------------------------- tokens


def test_contractions_are_one_word_each_straight_or_curly():
    text = "I don't think we’re there. It's late!"
    assert tokens(text) == ["I", "don't", "think", "we’re", "there", ".", "It's", "late", "!"]
    t = table(text)
    assert t["is_word"].sum() == 7
    assert stem("we’re") == stem("we're")  # curly apostrophes stem as straight ones


def test_numbers_are_words_and_units_stem():
    # "28 months": a number is a word of its own; "months" stems to "month".
    t = table("The waiting time has increased from 12 to 28 months.")
    words = t[t["is_word"]]
    assert list(words["token"]) == [
        "The",
        "waiting",
        "time",
        "has",
        "increased",
        "from",
        "12",
        "to",
        "28",
        "months",
    ]
    assert dict(zip(words["token"], words["stem"]))["months"] == "month"
    assert dict(zip(words["token"], words["stem"]))["28"] == "28"


def test_turkiye_keeps_its_letters_and_its_possessive_shares_the_stem():
    t = table("Türkiye’s needs are long. Türkiye requested help.")
    assert list(t["token"][:2]) == ["Türkiye’s", "needs"]
    assert t.loc[t["token"].eq("Türkiye"), "lower"].item() == "türkiye"
    # Snowball: "türkiye" loses its final e (R1 = "e", not after a short syllable); 's goes.
    assert set(t.loc[t["token"].str.startswith("Türkiye"), "stem"]) == {"türkiy"}


def test_editorial_brackets_are_punctuation_around_countable_words():
    assert tokens("[inaudible] just behind.") == ["[", "inaudible", "]", "just", "behind", "."]
    t = table("at Cold [Lake], where")
    assert list(t.loc[t["is_word"], "token"]) == ["at", "Cold", "Lake", "where"]
    assert list(t.loc[~t["is_word"], "token"]) == ["[", "]", ","]


def test_hyphenated_words_and_curly_single_quotes():
    assert tokens("this extraordinary ‘out-of-cycle’ review") == [
        "this",
        "extraordinary",
        "‘",
        "out-of-cycle",
        "’",
        "review",
    ]
    assert tokens("two-and-a-half years") == ["two-and-a-half", "years"]


def test_stop_words_are_the_shared_list_in_both_apostrophe_forms():
    t = table("I don't think we’re there")
    assert dict(zip(t["token"], t["is_stop"])) == {
        "I": True,
        "don't": True,
        "think": False,
        "we’re": True,
        "there": True,
    }
    assert {"we're", "we’re", "the"} <= stop_words()


# --------------------------------------------------------------------------- sentences


def test_question_ending_in_two_dots_and_a_question_mark():
    text = "Do you believe that this is the start of the major Russian offensive that..? Yes."
    s = sentences(text)
    assert len(s) == 2
    assert s[0][-4:] == ["that", ".", ".", "?"] and s[1] == ["Yes", "."]
    assert list(count_text([text])) == [[15], [2], [1]]  # 14 words, then "Yes"


def test_abbreviations_do_not_end_sentences():
    assert sentences("Mr. Foy asked. Why..? Fine") == [
        ["Mr", ".", "Foy", "asked", "."],
        ["Why", ".", ".", "?"],
        ["Fine"],
    ]
    assert len(sentences("Mr. Stoltenberg, just a quick follow up.")) == 1


def test_closing_curly_quotes_belong_to_the_sentence_they_close():
    s = sentences("“Speed will save lives.” He said it twice.")
    assert s == [
        ["“", "Speed", "will", "save", "lives", ".", "”"],
        ["He", "said", "it", "twice", "."],
    ]


def test_a_blank_line_ends_a_sentence_and_stray_dots_are_not_sentences():
    t = table("No full stop here\n\nNext one", "... Well.")
    assert t.groupby("turn")["sentence"].max().tolist() == [1, 0]
    assert list(t.loc[t["turn"].eq(1), "sentence"]) == [0, 0, 0, 0, 0]


def test_stems_on_hand_checked_words():
    # Snowball English, by its rules: plural -s, -ing, -ies -> i, -ions kept as -ion stem.
    assert [stem(w) for w in ["munitions", "balloons", "ramping", "allies", "stockpiles"]] == [
        "munit",
        "balloon",
        "ramp",
        "alli",
        "stockpil",
    ]


# --------------------------------------------------------------------------- agreement


def test_turns_table_counts_come_from_the_tokens_table(turns):
    t = tokens_table(turns)
    words = t[t["is_word"]].groupby("turn").size().reindex(turns["turn"], fill_value=0)
    assert words.tolist() == turns["n_words"].tolist()
    sents = (
        t[t["is_word"]].groupby("turn")["sentence"].nunique().reindex(turns["turn"], fill_value=0)
    )
    assert sents.tolist() == turns["n_sentences"].tolist()
    # Sentences are numbered 0 .. n_sentences - 1 in every turn.
    top = t.groupby("turn")["sentence"].max().reindex(turns["turn"], fill_value=-1)
    assert (top + 1).tolist() == turns["n_sentences"].tolist()


PIECES = st.sampled_from(list("ab Z1.?!…'’-\n[]\"”)") + ["Mr", "U.S", "\n\n", "Türkiye"])
TEXT = st.lists(PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=3).map(lambda parts: "".join(parts)))
def test_tokens_table_agrees_with_the_fast_counts_on_any_text(text):
    words, n_sentences, _ = (c[0] for c in count_text([text]))
    t = table(text)
    assert int(t["is_word"].sum()) == words
    assert t.loc[t["is_word"], "sentence"].nunique() == n_sentences


# --------------------------------------------------------------------------- stems


@pytest.mark.slow
def test_stems_are_nltk_s_snowball_stems_on_every_word_of_the_real_transcripts():
    # presslib stems with the snowballstemmer package (no NLTK import); on every distinct word
    # of the bundled transcript and of every readable test transcript, the stem must be the one
    # NLTK's SnowballStemmer("english") gives, the stemmer presslib used before.
    import warnings

    from nltk.stem.snowball import SnowballStemmer

    import presslib
    from presslib import paths

    here = Path(__file__).parent / "data"
    files = [paths.DEFAULT_TRANSCRIPT] + sorted(
        p for p in here.rglob("*")
        if p.suffix in {".txt", ".md", ".html", ".xml", ".pdf"} and p.name not in {"README.md", "SPEC.md"})
    words = set()
    read = 0
    for path in files:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                turns = presslib.load_transcript(path).turns
        except presslib.PresslibError:
            continue  # a file the real corpus keeps as a refusal example
        read += 1
        words |= {tok.lower() for text in turns["text"] for _, _, tok, is_word, _ in tokenize(text) if is_word}
    assert read >= 40 and len(words) > 10_000
    nltk_stem = SnowballStemmer("english").stem
    differ = [(w, stem(w), nltk_stem(w.replace("’", "'"))) for w in sorted(words)
              if stem(w) != nltk_stem(w.replace("’", "'"))]
    assert differ == []


def test_stems_of_words_where_snowball_3_differs():
    # Porter2 as NLTK implements it (and snowballstemmer 2.x); Snowball 3 gives 'evening',
    # 'internat', 'universiti', 'organiz' and 'add' here.
    assert [stem(w) for w in ("evening", "international", "university", "organization", "added")] == [
        "even", "intern", "univers", "organ", "ad"]


def test_content_stems_drop_stop_words_and_repeat_once():
    # "do", "you", "to", "the" are stop words; "tanks"/"tank" share a stem.
    assert content_stems("Do you send the tanks to Ukraine, the tank?") == ["send", "tank", "ukrain"]


def test_content_stems_and_the_topic_model_s_content_words_share_one_filter():
    from presslib.topics.model import content_words

    text = "Do we send 28 F-16 to the UK, or tanks? A tank."
    # content words: not "do", "we", "to", "the", "or", "a" (stop words); "28" and "F-16" hold
    # digits; "UK" has two characters: content stems keep all three, the topic model none
    assert content_stems(text) == ["send", "28", "f-16", "uk", "tank"]
    assert content_words(text) == [("send", "send"), ("tank", "tanks"), ("tank", "tank")]


def test_stem_share_states_its_empty_case():
    # 2 of the 3 stems asked are given, in the asked order
    assert stem_share(["tank", "send", "jet"], {"jet", "tank"}) == (2 / 3, ["tank", "jet"])
    share, shared = stem_share([], {"tank"})
    assert share != share and shared == []  # NaN: nothing to measure
    assert stem_share([], {"tank"}, empty=0.0) == (0.0, [])
