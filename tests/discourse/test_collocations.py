"""Collocations and formulae on hand-counted text."""

import math

import pandas as pd
import pytest

from presslib.discourse.collocations import find_collocations, find_formulae, sentences_of_words
from presslib.tokens import tokens_table


def _tokens(*texts):
    return tokens_table(pd.DataFrame({"doc_id": ["d"] * len(texts), "turn": range(len(texts)), "text": list(texts)}))


TEXTS = (
    "We ramp up production. Ramp up now.",
    "They ramp up and step up.",
    "We step up. Production matters.",
)


def test_bigrams_do_not_cross_sentences_or_turns():
    # "production ramp" would join sentence 1 to sentence 2 of turn 0; "up they" turn 0 to turn 1
    found = find_collocations(_tokens(*TEXTS), min_freq=1, top=None, stop_words=None)
    # By hand, the bigrams inside sentences: we ramp, ramp up, up production | ramp up, up now |
    # they ramp, ramp up, up and, and step, step up | we step, step up | production matters
    assert set(found["collocation"]) == {
        "we ramp", "ramp up", "up production", "up now", "they ramp", "up and", "and step",
        "step up", "we step", "production matters"}


def test_frequencies_and_pmi_by_hand():
    found = find_collocations(_tokens(*TEXTS), measure="pmi", min_freq=2, top=None, stop_words=None)
    freq = dict(zip(found["collocation"], found["freq"]))
    # counted by hand: ramp up x3, step up x2, we ramp x1, we step x1
    assert freq == {"ramp up": 3, "step up": 2}
    # PMI = log2(n(ramp up) * N / (n(ramp) n(up))): N = 7 + 6 + 5 = 18 words, ramp 3, step 2, up 5
    pmi = dict(zip(found["collocation"], found["score"]))
    assert pmi["ramp up"] == pytest.approx(math.log2(3 * 18 / (3 * 5)))  # log2(3.6) = 1.848
    assert pmi["step up"] == pytest.approx(math.log2(2 * 18 / (2 * 5)))


def test_stop_word_rules():
    tokens = _tokens("Of the people, of the people.", "Ramp up. Ramp up.")
    every = set(find_collocations(tokens, min_freq=2, stop_words=None)["collocation"])
    assert {"of the", "ramp up", "the people"} <= every
    default = set(find_collocations(tokens, min_freq=2)["collocation"])  # drops all-stop n-grams
    assert "of the" not in default and "ramp up" in default
    strict = set(find_collocations(tokens, min_freq=2, stop_words="any")["collocation"])
    assert "ramp up" not in strict  # "up" is a stop word


def test_trigrams_and_bad_options():
    found = find_collocations(_tokens("We ramp up production.", "They ramp up production."), n=3, min_freq=2)
    assert found[["collocation", "n", "freq"]].values.tolist() == [["ramp up production", 3, 2]]
    with pytest.raises(ValueError):
        find_collocations(_tokens("x"), n=4)
    with pytest.raises(ValueError):
        find_collocations(_tokens("x"), measure="t")


def test_formulae_keep_the_longest_repeated_phrase():
    tokens = _tokens(
        "NATO stands with Ukraine for as long as it takes.",
        "We will support Ukraine for as long as it takes.",
        "As long as it takes, they said.",
    )
    f = find_formulae(tokens, min_n=3).set_index("formula")
    # "ukraine for as long as it takes" occurs twice, in two turns; "as long as it takes" three
    # times (turns 0, 1, 2), so it stays too; "long as it" (3 times, inside the 3-times phrase) goes.
    assert f.loc["ukraine for as long as it takes", ["freq", "turns"]].tolist() == [2, 2]
    assert f.loc["as long as it takes", ["freq", "turns"]].tolist() == [3, 3]
    assert "long as it" not in f.index and "for as long as it" not in f.index


def test_formulae_need_repetition_across_turns_and_a_content_word():
    tokens = _tokens("Step up, step up.", "Of the. Of the.")
    assert find_formulae(tokens, min_n=2).empty  # one turn only; "of the" is all stop words
    assert find_formulae(tokens, min_n=2, min_turns=1)["formula"].tolist() == ["step up"]


def test_sentences_of_words():
    assert sentences_of_words(_tokens("We step up. Don’t stop!")) == [["we", "step", "up"], ["don't", "stop"]]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("measure", ["llr", "pmi"])
@pytest.mark.parametrize("stop_words", ["all", None])
def test_the_same_collocations_and_scores_as_nltk_s_finders(turns, n, measure, stop_words):
    # presslib counts and scores without importing NLTK; on the bundled transcript every
    # n-gram, its frequency, its score and the order must be those of NLTK's finders.
    from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    from presslib.tokens import stop_words as shared

    tokens = tokens_table(turns)
    ours = find_collocations(tokens, n=n, measure=measure, min_freq=2, top=None, stop_words=stop_words)
    finder_class, measures = ((BigramCollocationFinder, BigramAssocMeasures) if n == 2
                              else (TrigramCollocationFinder, TrigramAssocMeasures))
    finder = finder_class.from_documents(sentences_of_words(tokens))
    finder.apply_freq_filter(2)
    if stop_words == "all":
        stops = shared()
        finder.apply_ngram_filter(lambda *g: all(w in stops for w in g))
    scored = finder.score_ngrams(measures.likelihood_ratio if measure == "llr" else measures.pmi)
    assert len(ours) == len(scored) > 20
    assert list(ours["collocation"]) == [" ".join(g) for g, _ in scored]
    assert list(ours["freq"]) == [finder.ngram_fd[g] for g, _ in scored]
    assert list(ours["score"]) == pytest.approx([s for _, s in scored], rel=1e-12)
