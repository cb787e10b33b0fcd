"""The exploratory responsiveness measure on question/answer pairs whose overlap is counted by hand."""

import math

import pandas as pd
import pytest

from presslib.answers.responsiveness import (
    THRESHOLD,
    paragraph_overlap,
    responsiveness_table,
    stem_overlap,
)

from ..conftest import exchange_turns


@pytest.mark.parametrize("question, answer, share, shared", [
    # 3 content stems asked (send, tank, ukrain); the answer holds "tanks" only: 1 of 3.
    ("Do you send tanks to Ukraine?", "Tanks are coming.", 1 / 3, ["tank"]),
    # All three come back, in other forms ("sending", "Ukrainian" does not: its stem differs).
    ("Do you send tanks to Ukraine?", "We are sending tanks to Ukraine.", 1.0, ["send", "tank", "ukrain"]),
    ("Do you send tanks to Ukraine?", "Ukrainian crews train.", 0.0, []),
    # 5 stems (will, alli, agre, spend, target: "will" is not on the shared stop list); 2 found.
    ("Will Allies agree a spending target?", "Allies agree.", 2 / 5, ["alli", "agre"]),
])
def test_stem_overlap_counted_by_hand(question, answer, share, shared):
    got, got_shared = stem_overlap(question, answer)
    assert got == pytest.approx(share)
    assert got_shared == shared


def test_a_question_without_content_words_has_no_overlap():
    share, shared = stem_overlap("Do you?", "Yes, I do.")
    assert math.isnan(share) and shared == []


def test_best_paragraph_and_threshold():
    # Asked: send, tank, ukrain. Paragraph 1 holds none, paragraph 2 all three.
    t = exchange_turns("Do you send tanks to Ukraine?", "The weather is fine.\nWe send tanks to Ukraine.")
    r = responsiveness_table(t).iloc[0]
    assert (r["best_turn"], r["best_paragraph"]) == (2, 1)
    assert r["best_overlap"] == 1.0 and r["addressed"] and r["verdict"] == "addressed"
    assert r["answer_overlap"] == 1.0
    p = paragraph_overlap(t)
    assert p["overlap"].tolist() == [0.0, 1.0]


def test_a_hard_wrapped_answer_is_measured_paragraph_by_paragraph_not_line_by_line():
    # The White House and PDF transcripts wrap lines at about 72 columns: a line that ends
    # mid-sentence belongs to the paragraph of the next. Two paragraphs here, not five lines;
    # the second holds all three stems asked (send, tank, ukrain), spread over three lines.
    answer = ("The weather is fine.\nWe are going to send\nmore tanks, and soon, to\nUkraine, as agreed.\n\n"
              "Thank you.")
    p = paragraph_overlap(exchange_turns("Do you send tanks to Ukraine?", answer))
    assert p["overlap"].tolist() == [0.0, 1.0, 0.0]
    assert p["paragraph_text"].tolist()[1] == "We are going to send\nmore tanks, and soon, to\nUkraine, as agreed."


def test_threshold_boundary_is_inclusive():
    # Four content stems (send, tank, jet, ukrain); one of them back is exactly a quarter.
    t = exchange_turns("Do you send tanks and jets to Ukraine?", "Jets, yes.")
    assert responsiveness_table(t).iloc[0]["best_overlap"] == 0.25
    assert THRESHOLD == 0.25
    assert responsiveness_table(t).iloc[0]["addressed"]
    assert not responsiveness_table(t, threshold=0.3).iloc[0]["addressed"]


def test_the_question_proper_is_measured_and_its_context_only_when_asked():
    t = exchange_turns("Industry has signed contracts. What can you say about that?",
                       "The industry signed contracts.")
    proper = responsiveness_table(t).iloc[0]
    with_context = responsiveness_table(t, context=True).iloc[0]
    # The question proper: say -> 0 of 1; with its context: industri, sign, contract, say -> 3 of 4.
    assert proper["best_overlap"] == 0.0 and proper["n_stems"] == 1
    assert with_context["best_overlap"] == 0.75


def test_thanks_self_identification_and_reported_speech_are_not_measured():
    # Read: thanks, a name, reported speech ("you said ..."), then the question. Only the
    # question's stems count: tank, arriv (2), and the answer holds both.
    t = exchange_turns("Thank you. Ann Lee, AFP. You said the jets would come. Are the tanks arriving?",
                       "The tanks are arriving.")
    for context in (False, True):
        r = responsiveness_table(t, context=context).iloc[0]
        assert (r["n_stems"], r["best_overlap"], r["best_shared"]) == (2, 1.0, "tank|arriv")


def test_a_reformulation_is_measured_with_its_question_in_one_row():
    # "What do you think of the plan? Do you think it is realistic?": one question unit, so one
    # row; its stems: think, plan, realist (3), of which the answer holds "plan" and "realist".
    t = exchange_turns("What do you think of the plan? Do you think it is realistic?",
                       "The plan is realistic.")
    r = responsiveness_table(t)
    assert len(r) == 1 and r.iloc[0]["best_shared"] == "plan|realist"
    assert r.iloc[0]["best_overlap"] == pytest.approx(2 / 3)


def test_a_question_with_no_answer_turn_after_it():
    t = exchange_turns("Do you send tanks?")
    r = responsiveness_table(t).iloc[0]
    assert r["verdict"] == "no answer" and not r["addressed"]


def test_only_answers_after_the_question_in_its_exchange_count():
    t = exchange_turns("Do you send tanks?", "Tanks, yes.")
    t = pd.concat([t, exchange_turns("Do you send jets?", "Tanks again.", exchange=2)], ignore_index=True)
    t["turn"] = range(len(t))
    r = responsiveness_table(t).set_index("exchange")
    assert r.at[1, "best_overlap"] == 0.5  # send, tank: tank
    assert r.at[2, "best_overlap"] == 0.0  # send, jet: nothing from exchange 1 leaks in


def test_nato_exchange_1_worked_example(turns):
    # Exchange 1: the principal takes up the munitions (question 2) and balloons (question 3)
    # questions in turn 3, then asks "The first question was?"; the offensive (question 1) is
    # answered only after the follow-up, in other words ("start" for "beginning").
    r = responsiveness_table(turns)
    first = r[r["turn"] == 2].set_index("index")
    assert "ammunit" in first.at[1, "best_shared"] and first.at[1, "best_turn"] == 3
    assert "surveil" in first.at[2, "best_shared"] and first.at[2, "best_turn"] == 3
    assert "offens" not in first.at[0, "answer_shared"]
    assert "The first question was?" in turns.set_index("turn").at[3, "text"]
