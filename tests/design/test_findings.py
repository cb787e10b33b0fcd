"""The notebook's sentences and helpers: computed from the tables, true on any transcript."""

import pandas as pd
import pytest

from presslib.design.findings import (
    agreement_findings,
    design_findings,
    design_rates,
    example_parts,
    hand_coding_for,
    journalist_key,
    read_agreement_example,
    summarise_units,
    top_indicator,
)
from presslib.design.indicators import INDICATORS, design_indicators, summarise_design
from presslib.design.units import question_units


def _units(rows):
    cols = ["doc_id", "unit", "exchange", "turn", "speaker", "source", "n_variants", "prefaced"]
    return pd.DataFrame(rows, columns=cols)


def test_summarise_units_counts_by_hand():
    u = _units([("d", 1, 1, 2, "Ann", "question", 0, True), ("d", 2, 1, 2, "Ann", "question", 1, False),
                ("d", 3, 1, 4, "Ann", "re_ask", 0, False), ("d", 4, 2, 6, "Bob", "question", 0, False),
                ("d", 5, 3, 8, "Q", "question", 0, True), ("d", 6, 3, 9, "Q", "follow_up", 0, False),
                ("d", 7, 2, 7, "Bob", "interjection", 0, False)])
    got = summarise_units(u).iloc[0].to_dict()
    assert got == {"doc_id": "d", "journalists": 2, "unnamed": 2, "questions": 5, "several": 1,
                   "with_variants": 1, "prefaced": 2, "follow_ups": 1, "re_asks": 1, "interjections": 1}
    assert journalist_key(u).tolist()[3:6] == ["d/Bob", "d/turn 8", "d/turn 9"]


@pytest.mark.parametrize("label", ["Q", "J", "JOURNALIST", "Pregunta", "Speaker 4", "Unidentified Participant", "Audience"])
def test_every_label_the_parser_reads_as_all_journalists_is_no_named_journalist(label):
    # (Keating's press conferences print "J:"; page 06 said "1 named journalist asked 16")
    u = _units([("d", 1, 1, 2, label, "question", 0, False), ("d", 2, 2, 4, label, "question", 0, False)])
    got = summarise_units(u).iloc[0]
    assert (got["journalists"], got["unnamed"]) == (0, 2)


def test_the_example_is_the_worked_exchange_the_one_with_most_questions_asked():
    # Exchange 1 asks two questions, exchange 2 three; exchange 1's re-ask and interjection
    # repeat or guess a question and do not count: the example is exchange 2, the one
    # answers.worked_exchange gives notebook 03 (the first with two would be exchange 1)
    u = _units([("d", 1, 1, 2, "Ann", "question", 0, False), ("d", 2, 1, 2, "Ann", "question", 0, False),
                ("d", 3, 1, 4, "Ann", "re_ask", 0, False), ("d", 4, 1, 5, "Ann", "interjection", 0, False),
                ("d", 5, 2, 6, "Bob", "question", 0, False), ("d", 6, 2, 6, "Bob", "question", 0, False),
                ("d", 7, 2, 8, "Bob", "follow_up", 0, False)])
    parts = pd.DataFrame({"doc_id": "d", "exchange": [1, 1, 2, 2, 2], "turn": [2, 4, 6, 6, 8]})
    assert example_parts(parts, u)["turn"].tolist() == [6, 6, 8]


def test_the_example_exchange_stays_in_one_transcript_of_a_corpus():
    # "a" has one question in exchange 1; "b" has two in its exchange 1: the example is b's,
    # and its parts are b's only, though both transcripts number an exchange 1
    u = _units([("a", 1, 1, 2, "Ann", "question", 0, False), ("b", 1, 1, 2, "Bob", "question", 0, False),
                ("b", 2, 1, 2, "Bob", "question", 0, False)])
    parts = pd.DataFrame({"doc_id": ["a", "b", "b", "b"], "exchange": [1, 1, 1, 2], "text": ["x", "y", "z", "w"]})
    assert example_parts(parts, u)["text"].tolist() == ["y", "z"]
    assert example_parts(parts, _units([])).empty


def test_no_example_without_questions():
    parts = pd.DataFrame({"doc_id": ["d"], "exchange": [1], "text": ["Thank you."]})
    assert example_parts(parts, _units([("d", 1, 1, 4, "Ann", "re_ask", 0, False)])).empty


def test_findings_on_a_transcript_without_questions():
    u = _units([])
    assert design_findings(u, pd.DataFrame()) == [
        "No question units were found: no turn reads as a journalist's question."]


def test_design_findings_and_rates_of_a_small_conference():
    t = pd.DataFrame({"doc_id": "d", "turn": [0, 1, 2], "kind": ["question", "answer", "question"],
                      "exchange": [1, 1, 2], "label": ["X:"] * 3, "line_start": [1, 3, 5],
                      "speaker": ["Ann", "Sam", "Bob"], "role": ["journalist", "principal", "journalist"],
                      "text": ["Critics say it failed. Why did you wait? And is it over?", "No.", "When?"]})
    units = question_units(t)
    summary = summarise_design(design_indicators(t, units=units), units)
    rates = design_rates(units, summary, n_boot=200)
    assert rates["indicator"].tolist() == list(INDICATORS)
    assert rates.set_index("indicator").loc["multiple", ["count", "total"]].tolist() == [2, 3]
    text = " ".join(design_findings(units, rates))
    assert "The journalists asked 3 questions, counting each once." in text
    assert "2 named journalists asked 3 of them; 1 of the 2 asked more than one." in text
    assert "With 2 journalists to resample the intervals cannot be trusted" in text
    assert "(s)" not in text


def test_design_findings_say_one_in_the_singular_and_name_a_corpus():
    one = _units([("d", 1, 1, 0, "Ann", "question", 0, False)])
    rates = pd.DataFrame({"indicator": ["prefaced"], "count": [0], "total": [1], "rate": [0.0],
                          "low": [0.0], "high": [0.0], "small": [True], "clusters": [1]})
    text = " ".join(design_findings(one, rates))
    assert "asked 1 question, counting each once" in text and "1 named journalist asked 1 of them." in text
    assert "With 1 journalist to resample" in text
    two = _units([("d", 1, 1, 0, "Ann", "question", 0, False), ("e", 1, 1, 0, "Ann", "question", 0, False)])
    text = " ".join(design_findings(two, rates))
    assert "asked 2 questions in 2 transcripts" in text and "counted once per transcript" in text


def test_hand_coding_for_another_transcript_is_empty_and_says_so(turns):
    other = question_units(turns).assign(doc_id="another")
    coding = hand_coding_for(other, "nato_2023-02-13_coding.csv")
    assert len(coding) == 0 and coding.attrs["documents"] == ["nato_2023-02-13_pre-ministerial"]
    sentences = agreement_findings(other, coding, pd.DataFrame(), pd.Series({"n": 0}), pd.Series({"n": 0}))
    assert sentences[0].startswith("No hand coding covers this transcript")
    assert len(hand_coding_for(other, None)) == 0


def test_the_agreement_example_is_a_ten_item_two_coder_table():
    example = read_agreement_example()
    assert list(example.columns) == ["item", "coder_a", "coder_b"] and len(example) == 10


def test_agreement_findings_on_the_shipped_coding_count_and_warn(turns, tmp_path):
    from presslib.design.agreement import binary_scores, score_indicators

    units = question_units(turns)
    coding = hand_coding_for(units, "nato_2023-02-13_coding.csv")
    scores = score_indicators(summarise_design(design_indicators(turns, units=units), units), coding, units)
    none = pd.Series({"n": 0})
    said = agreement_findings(units, coding, scores, none, binary_scores([1, 1, 0], [1, 0, 0]))
    assert said[0].startswith(f"The hand coding (nato_2023-02-13_coding.csv) codes {len(units)} of {len(units)}")
    assert "finds 1 of the 2 questions the hand coding calls replied to (recall 50%)" in " ".join(said)
    assert "upper bound" in said[-1]
    # the same coding copied elsewhere is the user's: no claim about how its cues were written
    copy = tmp_path / "mine.csv"
    copy.write_bytes(open(coding.attrs["source"], "rb").read())
    mine = hand_coding_for(units, copy)
    assert "upper bound" not in " ".join(agreement_findings(units, mine, scores, none, none))


def test_top_indicator_takes_the_highest_rate_and_the_first_on_a_tie():
    rates = pd.DataFrame({"indicator": ["prefaced", "multiple", "tilt"], "rate": [0.25, 0.5, 0.5]})
    assert top_indicator(rates) == "multiple"
    assert top_indicator(rates.assign(rate=float("nan"))) == "prefaced"  # no question: nothing ranks
