"""Agreement statistics against values worked by hand on small tables (the arithmetic is in
the comments), and the tool-against-hand scores on hand-made codings."""

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.design.agreement import (
    addressed_by_unit,
    agreement_summary,
    binary_scores,
    cohen_kappa,
    combine_scores,
    count_matches,
    confusion_table,
    krippendorff_alpha,
    reply_disagreements,
    score_replies,
    score_responsiveness_readings,
)
from presslib.design.cues import design_file

# The teaching example shipped with presslib (data/design/agreement_example.csv), invented to
# be worked by hand: ten items, two coders, codes R(eply), I(ntermediate), N(on-reply).
#   item  1 2 3 4 5 6 7 8 9 10
#   A     R R R I N N N I R N
#   B     R R I I N N R N R N
A = ["reply", "reply", "reply", "intermediate", "non_reply", "non_reply", "non_reply",
     "intermediate", "reply", "non_reply"]
B = ["reply", "reply", "intermediate", "intermediate", "non_reply", "non_reply", "reply",
     "non_reply", "reply", "non_reply"]


def test_the_shipped_example_is_the_one_worked_here():
    table = pd.read_csv(design_file("agreement_example.csv"))
    assert table["coder_a"].tolist() == A and table["coder_b"].tolist() == B


def test_cohen_kappa_worked_by_hand():
    # Agreement on items 1, 2, 4, 5, 6, 9, 10: p_o = 7/10 = 0.7.
    # A uses R 4 times, I 2, N 4; B uses R 4 (1, 2, 7, 9), I 2 (3, 4), N 4 (5, 6, 8, 10).
    # p_e = (4*4 + 2*2 + 4*4) / 10^2 = 36/100 = 0.36.
    # kappa = (0.7 - 0.36) / (1 - 0.36) = 0.34 / 0.64 = 0.53125.
    assert cohen_kappa(A, B) == pytest.approx(0.53125)


def test_krippendorff_alpha_worked_by_hand():
    # Two coders, no missing codes: each item adds 1/(2-1) = 1 for each of its two ordered pairs.
    # Coincidences: o_RR = 2*3 (items 1, 2, 9) = 6, o_II = 2 (item 4), o_NN = 2*3 (5, 6, 10) = 6,
    # o_RI = o_IR = 1 (item 3), o_RN = o_NR = 1 (item 7), o_IN = o_NI = 1 (item 8).
    # Margins: n_R = 6+1+1 = 8, n_I = 2+1+1 = 4, n_N = 6+1+1 = 8; n = 20.
    # Off-diagonal o: 6. Sum over c != k of n_c n_k = 2*(8*4 + 8*8 + 4*8) = 256.
    # alpha = 1 - (n - 1) * 6 / 256 = 1 - 19*6/256 = 1 - 114/256 = 142/256 = 0.5546875.
    assert krippendorff_alpha(list(zip(A, B))) == pytest.approx(0.5546875)


def test_krippendorff_alpha_with_three_coders_and_missing_codes_worked_by_hand():
    # unit 1: R R -       m = 2, weight 1:    o_RR += 2
    # unit 2: R I I       m = 3, weight 1/2:  ordered pairs RI, RI, IR, II, IR, II
    #                                         -> o_RI += 1, o_IR += 1, o_II += 1
    # unit 3: N N N       m = 3, weight 1/2:  six NN pairs -> o_NN += 3
    # unit 4: I - -       m = 1: not pairable, left out.
    # Margins: n_R = 2+1 = 3, n_I = 1+1 = 2, n_N = 3; n = 8.
    # Off-diagonal o: 2. Sum over c != k of n_c n_k = 2*(3*2 + 3*3 + 2*3) = 42.
    # alpha = 1 - 7*2/42 = 2/3.
    codes = pd.DataFrame({"a": ["R", "R", "N", "I"], "b": ["R", "I", "N", None],
                          "c": [None, "I", "N", float("nan")]})
    assert krippendorff_alpha(codes) == pytest.approx(2 / 3)


def test_krippendorff_alpha_interval_worked_by_hand():
    # Units (1, 1), (2, 3): coincidences o_11 = 2, o_23 = o_32 = 1; n_1 = 2, n_2 = 1, n_3 = 1; n = 4.
    # Observed: o_23 d(2,3) + o_32 d(3,2) = 1 + 1 = 2 (d = squared difference).
    # Expected: sum of n_c n_k d(c,k) = 2*(2*1*1 + 2*1*4 + 1*1*1) = 2*11 = 22.
    # alpha = 1 - (4 - 1) * 2 / 22 = 1 - 6/22 = 8/11.
    assert krippendorff_alpha([[1, 1], [2, 3]], level="interval") == pytest.approx(8 / 11)


def test_agreement_summary_of_the_example():
    s = agreement_summary(pd.DataFrame({"a": A, "b": B}))
    assert s["units"] == 10 and s["coders"] == 2
    assert s["agreement"] == pytest.approx(0.7)
    assert s["kappa"] == pytest.approx(0.53125) and s["alpha"] == pytest.approx(0.5546875)


def test_degenerate_tables_give_nan_not_errors():
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))
    assert math.isnan(cohen_kappa([], []))
    assert math.isnan(krippendorff_alpha([["a", None], [None, "b"]]))
    assert math.isnan(krippendorff_alpha([["a", "a"], ["a", "a"]]))
    assert agreement_summary(pd.DataFrame({"a": [None], "b": ["x"]}))["units"] == 0


def test_binary_scores_worked_by_hand():
    # hand 1 1 1 0 0 0 0 1, tool 1 0 1 1 0 0 0 0:
    # tp = 2 (items 1, 3), fn = 2 (2, 8), fp = 1 (4), tn = 3 (5, 6, 7).
    # precision 2/3, recall 2/4, f1 = 2 (2/3)(1/2) / (2/3 + 1/2) = 4/7, accuracy 5/8.
    # kappa: p_o = 5/8; hand says 1 four times in 8, tool three times:
    # p_e = (4*3 + 4*5) / 64 = 1/2; kappa = (5/8 - 1/2) / (1/2) = 1/4.
    s = binary_scores([1, 1, 1, 0, 0, 0, 0, 1], [1, 0, 1, 1, 0, 0, 0, 0])
    assert s[["n", "tp", "fp", "fn", "tn"]].tolist() == [8, 2, 1, 2, 3]
    assert s["precision"] == pytest.approx(2 / 3) and s["recall"] == pytest.approx(0.5)
    assert s["f1"] == pytest.approx(4 / 7) and s["accuracy"] == pytest.approx(5 / 8)
    assert s["kappa"] == pytest.approx(0.25)


def test_binary_scores_leave_missing_pairs_out_and_say_nan_for_empty_ratios():
    s = binary_scores([1, None, 0], [0, 1, 0])
    assert s["n"] == 2 and math.isnan(s["precision"]) and s["recall"] == 0


def test_confusion_table_rows_are_the_hand_codes():
    t = confusion_table(A, B, labels=["reply", "intermediate", "non_reply"])
    assert t.loc["reply"].tolist() == [3, 1, 0, 4]
    assert t.loc["non_reply"].tolist() == [1, 0, 3, 4]
    assert t.loc["total"].tolist() == [4, 2, 4, 10]


def test_confusion_table_names_its_rows_and_columns():
    t = confusion_table(A, B, names=("coder_a", "coder_b"))
    assert t.index.name == "coder_a" and t.columns.name == "coder_b"


def test_combine_scores_adds_one_row_per_measure_with_its_positives():
    tilt = binary_scores([1] * 8 + [0] * 12, [1] * 4 + [0] * 4 + [1] + [0] * 11)  # tp 4, fn 4, fp 1
    indicators = pd.DataFrame([{"indicator": "tilt", "dimension": "assertiveness", "hand": 8, "tool": 5,
                                **tilt.to_dict()}])
    # the worked example above: tp 2, fp 1, fn 2, tn 3, so the hand says yes 4 times, the tool 3
    overlap = binary_scores([1, 1, 1, 0, 0, 0, 0, 1], [1, 0, 1, 1, 0, 0, 0, 0])
    out = combine_scores(indicators, overlap_measure=overlap)
    assert out["indicator"].tolist() == ["tilt", "overlap measure"]
    assert out.loc[1, ["dimension", "hand", "tool"]].tolist() == ["replies", 4, 3]
    # a measure scored on nothing adds no row
    empty = binary_scores([], [])
    assert len(combine_scores(out, nothing=empty)) == 2


def test_count_matches_by_position():
    # A and B agree on items 1, 2, 4, 5, 6, 9, 10 (worked above): 7
    assert count_matches(A, B) == 7
    assert count_matches([None, None], B) == 0 and count_matches([], B) == 0
    assert count_matches(["reply", "reply"], B) == 2  # B cut to its first two


def _worked_replies():
    """Four units and a re-ask: the hand says reply, reply, non_reply, intermediate (and reply
    for the re-ask); the tool reply, non_reply, non_reply, reply (and non_reply)."""
    units = pd.DataFrame({"doc_id": "d", "unit": [1, 2, 3, 4, 5], "line": [10, 10, 20, 30, 40],
                          "source": ["question"] * 4 + ["re_ask"]})
    coding = pd.DataFrame({"doc_id": "d", "line": [10, 10, 20, 30, 40], "q": [1, 2, 1, 1, 1],
                           "reply": ["reply", "reply", "non_reply", "intermediate", "reply"]})
    suggested = pd.DataFrame({"doc_id": "d", "unit": [1, 2, 3, 4, 5],
                              "auto_reply": ["reply", "non_reply", "non_reply", "reply", "non_reply"]})
    return suggested, coding, units


def test_score_replies_worked_by_hand():
    # four units: the hand says reply, reply, non_reply, intermediate; the tool reply,
    # non_reply, non_reply, reply; unit 5 is a re-ask and is left out.
    # Same code on units 1 and 3: 2 of 4.
    suggested, coding, units = _worked_replies()
    table, summary = score_replies(suggested, coding, units)
    assert summary[["n", "same", "agreement"]].tolist() == [4, 2, 0.5]
    assert table.loc["reply"].tolist() == [1, 0, 1, 2]
    assert table.loc["intermediate"].tolist() == [1, 0, 0, 1]
    assert table.loc["total"].tolist() == [2, 0, 2, 4]


def test_reply_disagreements_are_the_units_off_the_diagonal_worked_by_hand():
    # The units of test_score_replies_worked_by_hand: the hand and the tool differ on unit 2
    # (reply / non_reply) and unit 4 (intermediate / reply); unit 5 differs too but is a re-ask.
    suggested, coding, units = _worked_replies()
    differ = reply_disagreements(suggested, coding, units)
    assert differ[["unit", "reply", "auto_reply"]].values.tolist() == [
        [2, "reply", "non_reply"], [4, "intermediate", "reply"]]
    assert reply_disagreements(suggested, coding, units, exclude=())["unit"].tolist() == [2, 4, 5]
    _, summary = score_replies(suggested, coding, units)
    assert len(differ) == summary["n"] - summary["same"]


def test_overlap_scored_strictly_and_leniently_worked_by_hand():
    # Four units, each with one questions-table sentence: the measure says addressed, addressed,
    # not, not; the hand says reply, intermediate, intermediate, non_reply.
    # Strict (reply only): hand yes on unit 1; tp 1 (unit 1), fp 1 (unit 2), fn 0, tn 2.
    # Lenient (intermediate too): hand yes on 1, 2, 3; tp 2, fp 0, fn 1 (unit 3), tn 1.
    questions = ["Is it one", "Is it two", "Is it three", "Is it four"]
    units = pd.DataFrame({"doc_id": "d", "unit": [1, 2, 3, 4], "turn": [2, 4, 6, 8], "line": [10, 20, 30, 40],
                          "question": questions, "variants": "", "source": "question"})
    resp = pd.DataFrame({"doc_id": "d", "turn": [2, 4, 6, 8], "text": [q + "?" for q in questions],
                         "addressed": [True, True, False, False]})
    coding = pd.DataFrame({"doc_id": "d", "line": [10, 20, 30, 40], "q": 1,
                           "reply": ["reply", "intermediate", "intermediate", "non_reply"]})
    scores = score_responsiveness_readings(resp, coding, units)
    assert list(scores.columns) == ["strict", "lenient"]
    assert scores.loc[["tp", "fp", "fn", "tn"], "strict"].tolist() == [1, 1, 0, 2]
    assert scores.loc[["tp", "fp", "fn", "tn"], "lenient"].tolist() == [2, 0, 1, 1]
    assert scores.loc[["precision", "recall"], "strict"].tolist() == [0.5, 1.0]
    assert scores.loc[["precision", "recall"], "lenient"].tolist() == pytest.approx([1.0, 2 / 3])


def test_addressed_by_unit_matches_sentences_to_units():
    units = pd.DataFrame({"doc_id": "d", "unit": [1, 2, 3], "turn": [2, 2, 5],
                          "question": ["Has it changed you", "and is it a job", ""],
                          "variants": ["", "", ""]})
    resp = pd.DataFrame({"doc_id": "d", "turn": [2], "text": ["Has it changed you, and is it a job?"],
                         "addressed": [True]})
    got = addressed_by_unit(resp, units)
    assert got["rows"].tolist() == [1, 1, 0]
    assert got["addressed"].tolist()[:2] == [True, True] and got["addressed"].isna().tolist()[2]


_CODES = st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=2, max_size=30)


@settings(max_examples=200, deadline=None)
@given(_CODES)
def test_kappa_and_alpha_are_at_most_one_and_one_on_perfect_agreement(pairs):
    a, b = zip(*pairs)
    for value in (cohen_kappa(a, b), krippendorff_alpha(pairs)):
        assert math.isnan(value) or value <= 1 + 1e-12
    same = krippendorff_alpha([(x, x) for x in a])
    assert math.isnan(same) or same == pytest.approx(1.0)


@settings(max_examples=200, deadline=None)
@given(_CODES)
def test_alpha_does_not_depend_on_the_order_of_coders_or_units(pairs):
    swapped = [(y, x) for x, y in reversed(pairs)]
    x, y = krippendorff_alpha(pairs), krippendorff_alpha(swapped)
    assert (math.isnan(x) and math.isnan(y)) or x == pytest.approx(y)


@settings(max_examples=300, deadline=None)
@given(_CODES)
def test_kappa_is_scikit_learns_wherever_both_are_defined(pairs):
    """presslib states kappa itself (scikit-learn costs a notebook 1.2 s to import): an
    independent implementation must agree on every table of codes where kappa is defined."""
    from sklearn.metrics import cohen_kappa_score

    a, b = zip(*pairs)
    ours = cohen_kappa(a, b)
    if len(set(a) | set(b)) < 2:
        assert math.isnan(ours)
    else:
        assert ours == pytest.approx(cohen_kappa_score(a, b))
