"""Design indicators on hand-made questions: each cue fires where it should and not where it
should not, names its cue and its line; and every cue of the data file is sourced and
linear-time."""

import re
import time

import pandas as pd
import pytest

from presslib.design.cues import read_cues
from presslib.design.indicators import INDICATORS, design_indicators, summarise_design
from presslib.design.units import question_units


def _turns(*texts, kinds=None, continuation=None):
    n = len(texts)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(n), "kind": kinds or ["question"] * n, "exchange": [1] * n,
        "label": ["X:"] * n, "line_start": [10 * (i + 1) for i in range(n)], "text": list(texts),
        "speaker": ["Ann Lee"] * n, "role": ["journalist"] * n, "affiliation": ["AFP"] * n,
        "outlet": ["afp"] * n, "continuation": continuation or [False] * n,
    })


def _fired(text, indicator):
    """``(cue, text)`` of ``indicator`` on a one-turn conference asking ``text``."""
    ind = design_indicators(_turns(text))
    return [(c, t) for c, t in ind.loc[ind["indicator"] == indicator, ["cue", "text"]].values]


@pytest.mark.parametrize("indicator, text, cue, words", [
    ("indirect", "I wonder whether the talks will resume.", "ind_wonder", "I wonder"),
    ("indirect", "I was wondering if the talks will resume.", "ind_wonder", "I was wondering"),
    ("indirect", "Can you tell us when the talks resume?", "ind_can_you", "Can you tell"),
    ("indirect", "Could you give us a status on that?", "ind_can_you", "Could you give"),
    ("indirect", "May I ask whether the talks resume?", "ind_ask", "May I ask"),
    ("tilt", "Do I understand you correctly that you agree?", "tilt_understanding", "Do I understand you correctly"),
    ("tilt", "So you're saying the talks are over?", "tilt_understanding", "So you're saying"),
    ("tilt", "Would you agree that the plan failed?", "tilt_understanding", "Would you agree"),
    ("negative", "Isn't it time to leave?", "neg_initial", "Isn't"),
    ("negative", "And don’t you think it is late?", "neg_initial", "don’t"),
    ("negative", "Secretary General, isn't that a risk?", "neg_initial", "isn't"),
    ("negative", "Do you not think it is late?", "neg_initial", "Do you not"),
    ("negative", "That was a mistake, wasn't it?", "neg_tag", ", wasn't it?"),
    ("accountability", "Why did you wait so long?", "acc_why_you", "Why did you"),
    ("accountability", "How can you be so confident?", "acc_how_can_you", "How can you"),
    ("accountability", "How do you justify the delay?", "acc_how_can_you", "How do you justify"),
])
def test_question_cue_fires(indicator, text, cue, words):
    assert _fired(text, indicator) == [(cue, words)]


@pytest.mark.parametrize("indicator, text", [
    ("indirect", "Will you speak in favour of it or warn against it?"),
    ("indirect", "When will the talks resume?"),
    ("indirect", "Did you tell them?"),
    ("tilt", "Do you understand the risk?"),
    ("tilt", "Do you agree?"),
    ("negative", "Do I understand you correctly that you do not rule it out?"),
    ("negative", "Is it true that nobody came?"),
    ("negative", "Why is nothing done?"),
    ("accountability", "Why did Russia attack?"),
    ("accountability", "How can you tell us more about it?"),
    ("accountability", "How do you see the summit?"),
])
def test_question_cue_does_not_fire(indicator, text):
    assert _fired(text, indicator) == []


def test_why_the_principal_s_organisation_is_held_to_account():
    t = _turns("Why did NATO wait so long?")
    t.loc[len(t)] = {**t.iloc[0].to_dict(), "turn": 1, "kind": "answer", "role": "principal",
                     "speaker": "Jens Stoltenberg", "affiliation": "NATO", "text": "We did not."}
    ind = design_indicators(t)
    assert ind.loc[ind["indicator"] == "accountability", "text"].tolist() == ["Why did NATO"]


@pytest.mark.parametrize("text, cue, words", [
    ("Critics say the plan failed. Will it go on?", "opp_critics", "Critics"),
    ("The policy has failed twice. Will it go on?", "opp_failure", "failed"),
    ("It doesn't sound like this is solvable. How do we solve it?", "opp_doubt", "doesn't sound like"),
    ("Industry says it has not actually resulted in orders. What do you say?", "opp_doubt", "has not actually resulted"),
    ("You said it would end, but it goes on. Why?", "opp_own_words_but", "You said it would end, but"),
])
def test_preface_opposition_fires(text, cue, words):
    assert _fired(text, "opposition") == [(cue, words)]


@pytest.mark.parametrize("text", [
    "The talks resumed today. Will they go on?",
    "You said the talks would resume. Will they go on?",  # a reminder, no contrast
    "Will the policy fail?",  # in the question, not in a preface
    "The plan is good. And critics? Do they matter?",  # after the question: not its preface
])
def test_preface_opposition_does_not_fire(text):
    assert _fired(text, "opposition") == []


def test_tilt_when_the_preface_states_what_a_yes_no_question_asks():
    fired = _fired("This missile was a test of our air defence. Do you see it as a test of air defence?", "tilt")
    assert fired == [("preface_states_question", "test air defenc")]
    assert _fired("The missile fell in a field. Do you see it as a test of air defence?", "tilt") == []
    # a wh-question is not tilted by its preface's words
    assert _fired("This missile was a test of our air defence. What does the test of air defence show?", "tilt") == []


def test_initiative_indicators_and_lines():
    texts = ["Thank you. The war goes on.\n\nIs it ending? And who pays?",
             "We will see. The first question was?",
             "Is it ending?",
             "No.",
             "And is it costly?",
             "Yes."]
    kinds = ["question", "answer", "follow_up", "answer", "follow_up", "answer"]
    t = _turns(*texts, kinds=kinds)
    ind = design_indicators(t)
    got = {(u, i): (c, line) for u, i, c, line in ind[["unit", "indicator", "cue", "line"]].values}
    assert got[(1, "prefaced")] == ("preface", 11)
    assert got[(1, "multiple")] == ("turn_has_2_units", 13) and (2, "prefaced") not in got
    assert (3, "follow_up") not in got  # a re-ask the principal asked for
    assert got[(4, "follow_up")] == ("follow_up", 51)  # the label is on line 50
    assert (3, "multiple") not in got and (4, "multiple") not in got


def test_an_announcement_alone_is_no_preface():
    assert _fired("I wanted to ask about the ammunition. How do we solve it?", "prefaced") == []


def test_summary_has_a_row_per_unit_and_a_column_per_indicator():
    t = _turns("Critics say it failed. Isn't it time to go? Why?")
    units = question_units(t)
    summary = summarise_design(design_indicators(t, units=units), units)
    assert list(summary.columns) == ["doc_id", "unit", *INDICATORS]
    assert summary[["prefaced", "negative", "opposition", "multiple"]].values.tolist() == [
        [True, True, True, True], [False, False, False, True]]


def test_every_cue_is_sourced_and_exemplified():
    cues = read_cues()
    assert cues["id"].is_unique
    assert (cues["source"].str.len() > 10).all() and (cues["example"].str.len() > 3).all()


@pytest.mark.parametrize("piece", ["a ", "A, ", "you said ", "and is it ", "why did you ", "’", "\n", ": ", "the "])
def test_every_cue_runs_in_linear_time(piece):
    # As tests/test_linear_regex.py does for the parser: a pattern that takes long on 2,000
    # characters is run on 8,000; linear work takes about 4 times as long, quadratic 16.
    for pattern in read_cues()["pattern"]:
        rx = re.compile(pattern.replace("{principal}", "NATO"), re.I)
        times = []
        for size in (2_000, 8_000):
            text = (piece * (size // len(piece) + 1))[:size] + "#"
            start = time.perf_counter()
            for _ in rx.finditer(text):
                pass
            times.append(time.perf_counter() - start)
        assert times[0] < 0.001 or times[1] < 8 * times[0], pattern
