"""Bootstrap intervals, dispersion (range, DP) and the keyness correction: values worked by
hand, properties, and the charts' Axes."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.design.dispersion import dispersion_table, frequent_terms
from presslib.plots import plot_dispersion, plot_indicator_agreement
from presslib.design.uncertainty import (
    adjust_p_values,
    bootstrap_rate,
    correct_keyness,
    summarise_keyness_tests,
)
from presslib.discourse import key_words, select_tokens
from presslib.tokens import tokens_table


def _three_turns():
    # 2, 3 and 5 words; "tank" once in the first and once in the third.
    return pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "exchange": [1, 1, 2],
                         "role": ["journalist", "principal", "principal"],
                         "text": ["tank one", "a b c", "tank x y z w"]})


def test_dp_worked_by_hand():
    # s = (2, 3, 5) / 10 = (0.2, 0.3, 0.5); v = (1, 0, 1) / 2 = (0.5, 0, 0.5).
    # DP = 0.5 * (|0.5 - 0.2| + |0 - 0.3| + |0.5 - 0.5|) = 0.5 * 0.6 = 0.3.
    # DP_norm = 0.3 / (1 - min s) = 0.3 / 0.8 = 0.375. Range: 2 of 3 turns.
    row = dispersion_table(_three_turns(), ["tank"]).iloc[0]
    assert (row["freq"], row["range"], row["parts"]) == (2, 2, 3)
    assert row["dp"] == pytest.approx(0.3) and row["dp_norm"] == pytest.approx(0.375)
    assert row["range_share"] == pytest.approx(2 / 3)


def test_dp_over_exchanges_worked_by_hand():
    # Exchange 1 holds 5 words and one "tank", exchange 2 holds 5 words and one "tank":
    # s = v = (0.5, 0.5), DP = 0.
    row = dispersion_table(_three_turns(), ["tank"], part="exchange").iloc[0]
    assert row["parts"] == 2 and row["dp"] == pytest.approx(0.0)


def test_a_term_never_met_has_no_dp():
    row = dispersion_table(_three_turns(), ["jet"]).iloc[0]
    assert row["freq"] == 0 and row["range"] == 0 and math.isnan(row["dp"])


def test_frequent_terms_leave_out_stop_words_and_short_words():
    t = pd.DataFrame({"doc_id": "d", "turn": [0], "text": ["the the the tank tank tank jet fuel fuel"]})
    assert frequent_terms(t, n=2) == ["tank", "fuel"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["tank", "fuel", "jet"]), min_size=1, max_size=8), min_size=1, max_size=8))
def test_dp_lies_between_0_and_1(texts):
    t = pd.DataFrame({"doc_id": "d", "turn": range(len(texts)), "text": [" ".join(w) for w in texts]})
    table = dispersion_table(t, ["tank", "fuel"])
    dp = table["dp"].dropna()
    assert ((dp >= -1e-12) & (dp <= 1 + 1e-12)).all()
    assert (table["range"] <= table["parts"]).all()


def test_bootstrap_worked_by_hand():
    # Two turns of one role: counts 1 and 3, one word each. Rate = (1 + 3) / 2 = 2.
    # A draw takes two turns with replacement: both the first (rate 1, chance 1/4), one of
    # each (2, chance 1/2), both the second (3, chance 1/4); with 2,000 draws the 2.5 and
    # 97.5 percentiles are 1 and 3. The one-turn role has the same rate in every draw.
    t = pd.DataFrame({"role": ["a", "a", "b"], "n": [1, 3, 2], "words": [1, 1, 4]})
    out = bootstrap_rate(t, count="n", total="words", by="role")
    a, b = out.iloc[0], out.iloc[1]
    assert (a["count"], a["total"], a["rate"], a["low"], a["high"], a["clusters"]) == (4, 2, 2.0, 1.0, 3.0, 2)
    assert (b["rate"], b["low"], b["high"]) == (0.5, 0.5, 0.5)
    assert a["small"] and b["small"]


def test_bootstrap_resamples_whole_clusters():
    # Speaker x: turns (1 of 1) and (1 of 1); speaker y: (0 of 2). Over speakers there are two
    # clusters, x (2 of 2) and y (0 of 2): draws give 1, 0.5 or 0.
    t = pd.DataFrame({"speaker": ["x", "x", "y"], "n": [1, 1, 0], "words": [1, 1, 2]})
    out = bootstrap_rate(t, count="n", total="words", cluster="speaker")
    assert out.loc[0, "clusters"] == 2 and (out.loc[0, "low"], out.loc[0, "high"]) == (0.0, 1.0)


def test_bootstrap_is_the_same_on_every_run_and_moves_with_the_seed():
    rng = np.random.default_rng(1)
    t = pd.DataFrame({"role": rng.choice(["a", "b"], 60), "n": rng.integers(0, 5, 60), "words": rng.integers(20, 200, 60)})
    one = bootstrap_rate(t, count="n", total="words", by="role", per=1000, seed=3)
    two = bootstrap_rate(t, count="n", total="words", by="role", per=1000, seed=3)
    pd.testing.assert_frame_equal(one, two)
    other = bootstrap_rate(t, count="n", total="words", by="role", per=1000, seed=4)
    assert not one[["low", "high"]].equals(other[["low", "high"]])
    assert (one["low"] <= one["rate"]).all() and (one["rate"] <= one["high"]).all()
    assert not one["small"].any()


def test_holm_and_bonferroni_worked_by_hand():
    # m = 5; p = .001 .01 .02 .04 .3
    # Bonferroni: .005 .05 .1 .2 1 -> one below .05.
    # Holm: 5(.001) = .005, 4(.01) = .04, 3(.02) = .06, 2(.04) = .08, 1(.3) = .3 -> two below .05.
    p = [0.3, 0.001, 0.04, 0.01, 0.02]
    assert adjust_p_values(p, method="bonferroni") == pytest.approx([1, 0.005, 0.2, 0.05, 0.1])
    assert adjust_p_values(p, method="holm") == pytest.approx([0.3, 0.005, 0.08, 0.04, 0.06])
    table = pd.DataFrame({"word": list("abcde"), "p_value": p, "log_ratio": [0.1, 2, 1, 1.5, 1.2]})
    s = summarise_keyness_tests(table)
    assert s.to_dict() == {"tests": 5, "raw": 4, "expected_by_chance": 0.25, "bonferroni": 1, "holm": 2}
    out = correct_keyness(table)
    assert out["key_adjusted"].tolist() == [False, True, False, True, False]
    assert "log_ratio" in out and "p_adjusted" not in table


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=1, max_size=50))
def test_holm_lies_between_the_raw_p_and_bonferroni(p):
    holm, bonf = adjust_p_values(p, method="holm"), adjust_p_values(p, method="bonferroni")
    assert (np.asarray(p) <= holm + 1e-12).all() and (holm <= bonf + 1e-12).all() and (holm <= 1).all()
    order = np.argsort(p, kind="stable")
    assert (np.diff(holm[order]) >= -1e-12).all()


def test_correct_keyness_takes_the_keyness_table(turns):
    tokens = tokens_table(turns)
    table = key_words(select_tokens(tokens, turns, role="principal"),
                      select_tokens(tokens, turns, role="journalist"), min_freq=5)
    out = correct_keyness(table, method="bonferroni")
    assert len(out) == len(table) and out.attrs["tests"] == len(table)
    assert (out["p_adjusted"] >= out["p_value"]).all()
    s = summarise_keyness_tests(table)
    assert s["holm"] >= s["bonferroni"] and s["raw"] >= s["holm"]


def test_dispersion_plot_holds_a_row_and_a_tick_per_occurrence():
    t = _three_turns()
    ax = plot_dispersion(t, ["tank", "jet"])
    lines = [line for line in ax.get_lines()]
    assert [len(line.get_xdata()) for line in lines] == [2, 0]
    assert list(lines[0].get_xdata()) == [0, 5]  # word 0 of turn 0, word 0 of turn 2 (after 2 + 3)
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    assert labels == ["tank (n=2, too few to judge)", "jet (n=0, too few to judge)"]
    assert ax.get_title() and "word position" in ax.get_xlabel()


def test_agreement_plot_holds_two_bars_per_measure():
    scores = pd.DataFrame({"indicator": ["tilt", "negative"], "precision": [0.8, float("nan")],
                           "recall": [0.5, float("nan")], "tp": [4, 0], "hand": [8, 0], "tool": [5, 0]})
    ax = plot_indicator_agreement(scores)
    assert len(ax.patches) == 4
    assert [p.get_width() for p in ax.patches] == [0.8, 0.0, 0.5, 0.0]
    notes = [text.get_text() for text in ax.texts]
    assert "4 of the tool's 5 right; 4 of the hand's 8 found" in notes
    assert any("neither says yes" in note for note in notes)
