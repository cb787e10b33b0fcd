"""Each notebook's findings: plain sentences whose numbers come from the tables."""

import pandas as pd

from presslib.answers import exchanges_table
from presslib.discourse import sentence_sentiment
from presslib.paths import DEFAULT_TRANSCRIPT as NATO
from presslib.report.findings import (
    answer_length_findings,
    outlet_findings,
    overview_findings,
    sentiment_findings,
    topic_findings,
)
from presslib.text import WORD_RE


def _source_words(first: int, last: int) -> int:
    """Words (by the word rule) on source lines first..last, read from the file itself."""
    lines = NATO.read_text(encoding="utf-8").split("\n")[first - 1 : last]
    return sum(len(WORD_RE.findall(line)) for line in lines)


def test_answer_length_findings_carry_the_tables_numbers(turns):
    text = " ".join(answer_length_findings(turns, exchanges_table(turns)))
    assert "12 answers" in text or "12 exchanges" in text  # twelve exchanges in the transcript
    assert f"{_source_words(11, 129):,} words" in text  # the opening statement, lines 11-129
    # the hand-checked units table (tests/data/design) holds 26 questions asked for the first
    # time, more than one in 9 of the 12 exchanges (all but exchanges 2, 9 and 10)
    assert "Journalists asked 26 questions, counted as question units" in text
    assert "9 of 12 exchanges (75%) held more than one" in text


def test_outlet_findings_state_the_nato_facts(turns):
    text = " ".join(outlet_findings(turns))
    assert "12 journalists from 13 outlets asked in 12 exchanges" in text
    assert "named the asking outlet in 9 of 12 exchanges" in text
    assert "no outlet in 3" in text and "1 call was not taken up" in text
    assert "The first 3 exchanges with a known outlet went to Agence France-Presse, Reuters and Deutsche Welle/NPR" in text


def test_topic_findings_are_drawn_from_the_tables():
    turns = pd.DataFrame({
        "doc_id": "d",
        "turn": [0, 1, 2, 3, 4, 5, 6],
        "role": ["principal", "moderator", "journalist", "principal", "journalist", "principal",
                 "moderator"],
        "kind": ["statement", "call", "question", "answer", "follow_up", "answer", "closing"],
        "exchange": pd.array([0, 1, 1, 1, 1, 1, None], dtype="Int64"),
        "outlet": [None, None, "afp", None, "afp", None, None],
        "n_words": [500, 5, 50, 200, 20, 100, 10],
    })
    hits = pd.DataFrame({
        "doc_id": "d",
        "turn": [0, 0, 2, 3, 3, 4, 5, 6],
        "topic": ["cyber", "tanks", "cyber", "cyber", "china", "belarus", "china", "tanks"],
        "hits": [5, 1, 2, 4, 1, 1, 2, 1],
    })
    found = topic_findings(turns, hits, labels={"cyber": "Cyber attacks"})
    assert found[0].startswith("The lexicon found 17 topic mentions in 885 words")
    assert "Cyber attacks (11 mentions)" in found[0]
    assert any("In 0 of 1 exchanges" in s and "50%" in s for s in found)


def test_sentiment_findings_quote_the_most_negative_sentence():
    turns = pd.DataFrame({
        "doc_id": ["d", "d", "d"], "turn": [0, 1, 2], "role": ["principal", "journalist", "moderator"],
        "text": ["This is a great success. The war is terrible.\n\nThe meeting is on Tuesday.",
                 "Is it not good?", ""],
    })
    # "terrible" makes "The war is terrible." the one negative sentence of the three texts
    lines = sentiment_findings(sentence_sentiment(turns), turns)
    negative = [line for line in lines if "Most negative" in line]
    assert len(negative) == 1 and "The war is terrible." in negative[0]


def test_overview_findings_say_what_a_transcript_lacks():
    # one journalist, no moderator, no opening statement, two principals, one exchange
    turns = pd.DataFrame({
        "doc_id": "d", "turn": [0, 1, 2],
        "speaker": ["Ann Reporter", "Mayor A", "Deputy B"],
        "role": ["journalist", "principal", "principal"],
        "kind": ["question", "answer", "answer"],
        "exchange": pd.array([1, 1, 1], dtype="Int64"),
        "n_words": [10, 30, 60],
    })
    text = " ".join(overview_findings(turns))
    assert "The 2 principals (Mayor A, Deputy B) spoke 90 of 100 words (90%)." in text
    assert "There was no opening statement" in text and "No one was read as a moderator" in text
    assert "1 journalist (as labelled) spoke 10 words (10%) in 1 turn." in text
    assert "There was 1 question-and-answer exchange." in text
    assert "2 answer turns averaged 45 words" in text


def test_plurals_and_no_exchange_findings():
    empty = pd.DataFrame({"exchange": pd.array([], dtype="Int64"), "answer_words": [], "outlet": []})
    turns = pd.DataFrame({"role": ["principal"], "kind": ["statement"], "n_words": [12]})
    found = answer_length_findings(turns, empty)
    assert found == ["The principal spoke 12 of 12 words (100%); the opening statement alone was 12 words.",
                     "There was no question-and-answer exchange to measure."]


def test_outlet_findings_without_any_known_outlet_say_so():
    # Two unnamed questioners (Q), no moderator, no outlet anywhere: worked by hand, three
    # question turns in two exchanges, one follow-up (the second Q turn of exchange 1).
    import presslib

    text = ("PRESIDENT SMITH:  Good afternoon.  We met today.\n\n"
            "Q    Thank you.  Will you meet again?\n\n"
            "PRESIDENT SMITH:  Yes.\n\n"
            "Q    When?\n\n"
            "PRESIDENT SMITH:  In May.\n\n"
            "PRESIDENT SMITH:  Next question.\n\n"
            "Q    Is the deal done?\n\n"
            "PRESIDENT SMITH:  Not yet.\n")
    found = outlet_findings(presslib.parse_text(text).turns)
    joined = " ".join(found)
    assert "whose labels named no outlet" in found[0]
    assert "No asking outlet is in the outlet registry" in joined
    assert "unknown" not in joined and "country" not in joined.split("registry")[0]


def test_topic_findings_say_when_the_default_lexicon_reads_another_transcript(turns):
    import presslib
    from presslib.topics import parse_lexicon, read_lexicon, topic_hits

    lexicon = read_lexicon()
    note = "The topic lexicon is the default one"
    # the bundled transcript: the lexicon was written for it, no note
    assert not any(note in s for s in topic_findings(turns, topic_hits(turns, lexicon=lexicon), lexicon=lexicon))
    other = presslib.parse_text("PRESIDENT SMITH:  We support Ukraine.\n\nQ    Why?\n\nPRESIDENT SMITH:  Because.\n",
                                doc_id="other").turns
    found = topic_findings(other, topic_hits(other, lexicon=lexicon), lexicon=lexicon)
    # ... on another transcript, the note and no finding: "Ukraine" matched once, by hand
    assert len(found) == 1 and note in found[0] and "(1 match here)" in found[0]
    assert "most" not in found[0]
    # a lexicon of the user's own: no note
    own = parse_lexicon('[[topic]]\nid = "ukraine"\nlabel = "Ukraine"\nterms = ["Ukraine"]\n')
    found = topic_findings(other, topic_hits(other, lexicon=own), lexicon=own)
    assert not any(note in s for s in found) and "found 1 topic mention in" in found[0]


def test_overview_says_answer_turn_where_03_says_answer(turns):
    # 00 measures single answer turns; 03's "longest answer" is an exchange's answer turns together
    said = overview_findings(turns)[-1]
    answer_turns = turns[turns["kind"] == "answer"]
    longest = answer_turns.loc[answer_turns["n_words"].idxmax()]
    assert f"the longest answer turn (exchange {int(longest['exchange'])}) ran to {int(longest['n_words']):,}" in said
    by_exchange = answer_turns.groupby("exchange")["n_words"].sum()
    assert by_exchange.max() > longest["n_words"]  # on the bundled transcript the two differ
    assert "03-answer-lengths" in said


def test_topic_findings_count_the_questions_proper_apart():
    # Worked by hand: the journalist's turn mentions tanks in what the principal said (reported
    # speech) and ammunition in the question itself; the default lexicon files "tanks" under
    # heavy weapons and "ammunition" under ammunition.
    import presslib
    from presslib import design
    from presslib.topics import read_lexicon, topic_hits, topics_in_questions

    text = ("MS. SMITH:  Good afternoon.  We will take questions.\n\n"
            "Q    Thank you.  You said that the tanks are arriving.  Will the ammunition arrive in time?\n\n"
            "MS. SMITH:  Yes, it will.\n")
    turns = presslib.parse_text(text).turns
    proper = design.question_proper(turns)
    assert proper.loc[1, "text"] == "Will the ammunition arrive in time?" and proper.loc[1, "n_words"] == 6
    lexicon = read_lexicon()
    table = topics_in_questions(turns, topic_hits(turns, lexicon=lexicon), proper, topic_hits(proper, lexicon=lexicon))
    assert table.values.tolist() == [["ammunition", 1, 1, 0], ["heavy_weapons", 1, 0, 1]]
    found = " ".join(topic_findings(turns, topic_hits(turns, lexicon=lexicon), labels=lexicon.labels, in_questions=table))
    # in the whole turns the two topics tie; in the question proper ammunition alone
    assert ("the most asked about were “Ammunition and defence industry” and “Tanks and heavy weapons” "
            "(1 mention each in question turns)") in found
    assert ("the most asked about was “Ammunition and defence industry” (1 mention, of 1 in the whole question "
            "turns); 1 of the 2 mentions in question turns was not in the questions proper") in found


def test_the_exchanges_with_a_known_outlet_are_counted_as_they_are(turns):
    # keep exchange 1 (AFP) and exchange 2 (Reuters) only, then exchange 1 only
    for kept, sentence in [((1, 2), "The 2 exchanges with a known outlet went to Agence France-Presse and Reuters."),
                           ((1,), "The only exchange with a known outlet went to Agence France-Presse.")]:
        some = turns[turns["exchange"].isin((0, *kept))]
        assert sentence in outlet_findings(some)
