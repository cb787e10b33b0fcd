"""Keyness: log-likelihood and Log Ratio against values worked out by hand, zero counts, warnings."""

import math
import re
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import presslib
from presslib.discourse.keywords import (
    SmallCountWarning,
    key_words,
    keyness,
    log_likelihood,
    log_ratio,
    p_value,
    top_key_word,
    top_key_word_in_context,
    top_key_words,
    word_frequencies,
)
from presslib.discourse.selection import select_tokens
from presslib.tokens import tokens_table


def test_log_likelihood_by_hand_2x2():
    # a = 10 of c = 1,000 words (target), b = 2 of d = 1,000 words (reference).
    # E1 = c (a + b) / (c + d) = 1000 * 12 / 2000 = 6;  E2 = 1000 * 12 / 2000 = 6.
    # LL = 2 (10 ln(10/6) + 2 ln(2/6)) = 2 (10 * 0.5108256 + 2 * -1.0986123)
    #    = 2 (5.108256 - 2.197225) = 2 * 2.911032 = 5.822063
    assert float(log_likelihood(10, 2, 1000, 1000)) == pytest.approx(5.822063, abs=1e-6)
    # Dunning's full G2 adds the "all other words" cells: 990 of 1000 and 998 of 1000, both
    # expected 1000 * 1988 / 2000 = 994:
    # + 2 (990 ln(990/994) + 998 ln(998/994)) = 2 (-3.991941 + 4.008038) = 0.032193
    # -> 5.822063 + 0.032193 = 5.854257
    assert float(log_likelihood(10, 2, 1000, 1000, cells=4)) == pytest.approx(5.854257, abs=1e-6)


def test_log_likelihood_with_unequal_sizes():
    # a = 12 of 4,000, b = 3 of 2,000: E1 = 4000 * 15 / 6000 = 10, E2 = 2000 * 15 / 6000 = 5
    # LL = 2 (12 ln(12/10) + 3 ln(3/5)) = 2 (12 * 0.1823216 + 3 * -0.5108256) = 2 * 0.6553819 = 1.310764
    assert float(log_likelihood(12, 3, 4000, 2000)) == pytest.approx(1.310764, abs=1e-6)
    # Log Ratio = log2((12/4000) / (3/2000)) = log2(0.003 / 0.0015) = log2(2) = 1
    assert float(log_ratio(12, 3, 4000, 2000)) == pytest.approx(1.0)


def test_zero_counts():
    # b = 0: a = 6 of 1,000 against 0 of 1,000. E1 = E2 = 3.
    # LL = 2 (6 ln(6/3) + 0) = 12 ln 2 = 8.317766 (0 ln 0 counts as 0)
    assert float(log_likelihood(6, 0, 1000, 1000)) == pytest.approx(12 * math.log(2))
    assert float(log_likelihood(6, 0, 1000, 1000)) == pytest.approx(8.317766, abs=1e-6)
    # Log Ratio with the zero replaced by 0.5: log2((6/1000) / (0.5/1000)) = log2(12) = 3.584963
    assert float(log_ratio(6, 0, 1000, 1000)) == pytest.approx(3.584963, abs=1e-6)
    # a = 0: 0 of 1,000 against 8 of 1,000. LL = 2 * 8 ln(8/4) = 16 ln 2 = 11.090355;
    # Log Ratio = log2(0.5 / 8) = log2(1/16) = -4
    assert float(log_likelihood(0, 8, 1000, 1000)) == pytest.approx(11.090355, abs=1e-6)
    assert float(log_ratio(0, 8, 1000, 1000)) == pytest.approx(-4.0)
    # Both zero: no evidence, no difference
    assert float(log_likelihood(0, 0, 1000, 1000)) == 0.0
    assert float(log_ratio(0, 0, 1000, 1000)) == 0.0


def test_p_values_at_the_critical_values():
    # chi-squared with 1 df: 3.841459 is the 5 % point, 6.634897 the 1 % point
    assert p_value(3.841459).item() == pytest.approx(0.05, abs=1e-6)
    assert p_value(6.634897).item() == pytest.approx(0.01, abs=1e-6)


def test_keyness_table_by_hand():
    target = pd.Series({"we": 10, "you": 2, "also": 6})
    reference = pd.Series({"we": 2, "you": 10})
    tab = keyness(target, reference, target_size=1000, reference_size=1000, min_freq=1).set_index("word")
    assert tab.loc["we", "ll"] == pytest.approx(5.822063, abs=1e-6)
    assert tab.loc["you", "ll"] == pytest.approx(5.822063, abs=1e-6)
    assert tab.loc["also", "ll"] == pytest.approx(8.317766, abs=1e-6)  # 6 against 0
    assert tab.loc["also", "freq_reference"] == 0
    assert tab.loc["we", "log_ratio"] == pytest.approx(math.log2(5))
    assert tab.loc["you", "log_ratio"] == pytest.approx(-math.log2(5))
    assert tab.loc["we", "direction"] == "target" and tab.loc["you", "direction"] == "reference"
    assert tab.loc["we", "per_1000_target"] == pytest.approx(10.0)
    assert tab.loc["also", "sig"] == "**"  # 8.32 >= 6.63, < 10.83
    # E = 6 for we and you (reliable), 3 for also (not, and LL < 15.13)
    assert tab.loc["we", "min_expected"] == pytest.approx(6.0)
    assert bool(tab.loc["we", "reliable"]) and not bool(tab.loc["also", "reliable"])
    # Strongest evidence first; ties broken by word
    assert list(tab.index) == ["also", "we", "you"]


def test_min_freq_leaves_rare_words_out():
    tab = keyness(pd.Series({"a": 3, "b": 1}), pd.Series({"a": 2, "b": 1}),
                  target_size=100, reference_size=100, min_freq=5)
    assert tab["word"].tolist() == ["a"]


def test_tiny_counts_warn_and_do_not_crash():
    with pytest.warns(SmallCountWarning, match="no word occurs"):
        tab = keyness(pd.Series({"a": 1}), pd.Series({"b": 1}), min_freq=5)
    assert tab.empty and "ll" in tab.columns
    with pytest.warns(SmallCountWarning, match="no words"):
        tab = keyness(pd.Series({"a": 3}), pd.Series(dtype="int64"))
    assert tab.empty
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        keyness(pd.Series({"a": 3}), pd.Series({"a": 4}), min_freq=1)  # small but fine: no warning


def test_impossible_counts_are_errors():
    with pytest.raises(presslib.PresslibError, match="negative"):
        keyness(pd.Series({"a": -1}), pd.Series({"a": 4}))
    with pytest.raises(presslib.PresslibError, match="more than"):
        keyness(pd.Series({"a": 50}), pd.Series({"a": 4}), target_size=10)


@given(a=st.integers(0, 200), b=st.integers(0, 200), extra_c=st.integers(1, 5000), extra_d=st.integers(1, 5000))
def test_swapping_the_parts_keeps_ll_and_flips_log_ratio(a, b, extra_c, extra_d):
    c, d = a + extra_c, b + extra_d
    ll = float(log_likelihood(a, b, c, d))
    assert ll >= -1e-9
    assert float(log_likelihood(b, a, d, c)) == pytest.approx(ll, rel=1e-9, abs=1e-9)
    assert float(log_ratio(b, a, d, c)) == pytest.approx(-float(log_ratio(a, b, c, d)), abs=1e-9)
    if a * d == b * c:  # the same relative frequency: no evidence
        assert ll == pytest.approx(0.0, abs=1e-9)


def test_word_frequencies_count_words_only():
    t = pd.DataFrame({"doc_id": ["d"], "turn": [0], "text": ["We will, we won’t; WE won't!"]})
    # by hand: we x3, will x1, won't x2 (curly and straight apostrophes are one word)
    assert word_frequencies(tokens_table(t)).to_dict() == {"we": 3, "won't": 2, "will": 1}


def test_key_words_on_nato_parts(turns):
    tokens = tokens_table(turns)
    answers = select_tokens(tokens, turns, role="principal", kind="answer")
    questions = select_tokens(tokens, turns, role="journalist", kind=["question", "follow_up"])
    table = key_words(answers, questions)
    c, d = int(turns.loc[turns["kind"].eq("answer"), "n_words"].sum()), int(
        turns.loc[turns["kind"].isin(["question", "follow_up"]), "n_words"].sum())
    row = table.set_index("word").loc["you"]
    # "you" counted straight from the texts with a regex, not from the tokens table
    you = re.compile(r"(?<![\w'’.-])you(?![\w'’]|[.-]\w)", re.I)
    in_answers = sum(len(you.findall(t)) for t in turns.loc[turns["kind"].eq("answer"), "text"])
    in_questions = sum(len(you.findall(t)) for t in turns.loc[turns["kind"].isin(["question", "follow_up"]), "text"])
    assert (row["freq_target"], row["freq_reference"]) == (in_answers, in_questions)
    assert row["ll"] == pytest.approx(float(log_likelihood(in_answers, in_questions, c, d)))
    # the journalists thank the Secretary General; he never says "thank" in an answer
    assert row["direction"] == "reference"
    thank = table.set_index("word").loc["thank"]
    assert thank["freq_target"] == 0 and thank["direction"] == "reference"
    top = top_key_words(table, n=10)
    assert len(top) == 10 and (top["direction"] == "target").all() and (top["ll"] >= 3.84).all()
    assert np.all(np.diff(top["ll"].to_numpy()) <= 0)
    content = key_words(answers, questions, drop_stop_words=True)
    assert "we" not in set(content["word"])


def _part_turns(*texts):
    n = len(texts)
    return pd.DataFrame({"doc_id": "d", "turn": range(n), "text": list(texts), "speaker": "P",
                         "role": "principal", "kind": "answer", "exchange": range(1, n + 1),
                         "label": "P:", "line_start": [1 + 3 * i for i in range(n)]})


def test_top_key_word_is_the_highest_ll_in_its_direction_or_none():
    t = pd.DataFrame({"word": ["we", "our", "you"], "ll": [12.0, 4.0, 3.0],
                      "direction": ["target", "target", "reference"]})
    assert top_key_word(t) == "we"
    assert top_key_word(t, direction="reference") is None  # 3.0 is below 3.84
    assert top_key_word(t, direction="reference", significant=2.5) == "you"
    assert top_key_word(t.iloc[:0]) is None


def test_top_key_word_in_context_reads_the_word_or_says_there_is_none():
    turns = _part_turns("We will step up.", "And we agree.")  # "we" on lines 2 and 5
    table = pd.DataFrame({"word": ["we"], "ll": [5.0], "direction": ["target"]})
    text = top_key_word_in_context(table, turns)
    assert text.splitlines()[0].startswith("l.2") and "[We]" in text
    assert text.splitlines()[1].startswith("l.5") and "[we]" in text
    assert top_key_word_in_context(table, turns, lines=1).count("\n") == 0
    none = top_key_word_in_context(table.assign(ll=1.0), turns, name="the answers")
    assert none == ("No word is significantly more frequent in the answers (LL >= 3.84): "
                    "nothing to read in context.")

