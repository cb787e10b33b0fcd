"""Every chart holds on an empty table (it says so in the figure) and names the transcripts of
a corpus: what the Axes hold, not pixels."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib import answers, design, discourse, floor, plots, topics
from presslib.tokens import tokens_table


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def tables(turns):
    hits = topics.topic_hits(turns)
    ex = answers.add_outlet_names(answers.exchanges_table(turns))
    tokens = tokens_table(turns)
    markers = discourse.summarise_markers(discourse.find_markers(tokens), turns, by="role")
    units = design.question_units(turns)
    summary = design.summarise_design(design.design_indicators(turns, units=units), units)
    coding = design.hand_coding_for(units, "nato_2023-02-13_coding.csv")
    return {
        "turns": turns,
        "by_side": topics.count_topics_by(turns, hits, by="side"),
        "matrix": topics.topic_matrix(topics.count_topics_by(turns, hits, by="exchange"), index="exchange"),
        "per_outlet": floor.summarise_outlets(turns),
        "by_medium": floor.summarise_outlets(turns, by="medium"),
        "floor": floor.summarise_floor(turns),
        "outlet_topics": floor.count_outlet_topics(turns, hits),
        "exchanges": ex,
        "paragraphs": answers.paragraph_overlap(turns),
        "markers": markers,
        "keyness": discourse.key_words(tokens[tokens["turn"] > 20], tokens[tokens["turn"] <= 20]),
        "sentiment": discourse.turn_sentiment(turns),
        "design_rates": design.design_rates(units, summary, n_boot=50, seed=1),
        "indicator_scores": design.score_indicators(summary, coding, units),
    }


CHARTS = {
    "words_by_role": lambda t: plots.plot_words_by_role(t["turns"]),
    "words_by_speaker": lambda t: plots.plot_words_by_speaker(t["turns"]),
    "turn_sequence": lambda t: plots.plot_turn_sequence(t["turns"]),
    "topics_by_side": lambda t: plots.plot_topics_by_side(t["by_side"]),
    "topic_heatmap": lambda t: plots.plot_topic_heatmap(t["matrix"]),
    "questions_by_outlet": lambda t: plots.plot_questions_by_outlet(t["per_outlet"]),
    "outlet_groups": lambda t: plots.plot_outlet_groups(t["by_medium"], by="medium"),
    "floor_order": lambda t: plots.plot_floor_order(t["floor"]),
    "outlet_topics": lambda t: plots.plot_outlet_topics(t["outlet_topics"]),
    "answer_words": lambda t: plots.plot_answer_words(t["exchanges"]),
    "question_vs_answer": lambda t: plots.plot_question_vs_answer(t["exchanges"]),
    "answer_length_distribution": lambda t: plots.plot_answer_length_distribution(t["turns"], t["exchanges"]),
    "cumulative_words": lambda t: plots.plot_cumulative_words(t["turns"]),
    "question_paragraph_overlap": lambda t: plots.plot_question_paragraph_overlap(
        t["paragraphs"], exchange=answers.worked_exchange(answers.questions_table(t["turns"]))),
    "marker_rates": lambda t: plots.plot_marker_rates(t["markers"]),
    "keyness": lambda t: plots.plot_keyness(t["keyness"]),
    "sentiment": lambda t: plots.plot_sentiment(t["sentiment"]),
    "design_rates": lambda t: plots.plot_design_rates(t["design_rates"]),
    "indicator_agreement": lambda t: plots.plot_indicator_agreement(t["indicator_scores"]),
    "dispersion": lambda t: plots.plot_dispersion(t["turns"], ["allies", "ukraine"]),
}


def test_every_chart_is_covered():
    names = {n.removeprefix("plot_") for n in plots.__all__ if n.startswith("plot_")}
    assert names - {"wordcloud", "wordclouds"} == set(CHARTS)  # the word clouds' own tests cover "no words"


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_chart_of_an_empty_table_says_so(tables, name):
    empty = {k: v.iloc[:0] for k, v in tables.items()}
    ax = CHARTS[name](empty)
    said = " ".join(t.get_text() for t in ax.texts)
    assert said.startswith("no "), said
    assert not ax.patches and not ax.images and not ax.get_xticks().size
    assert ax.get_title()


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_a_chart_of_the_bundled_transcript_draws_something(tables, name):
    ax = CHARTS[name](tables)
    assert ax.patches or ax.images or ax.collections or ax.lines
    assert not any(t.get_text().startswith("no ") for t in ax.texts)


def test_a_heatmap_without_any_hit_says_so():
    ax = plots.plot_topic_heatmap(pd.DataFrame([[0, 0]], index=["cyber"], columns=[1, 2]))
    assert ax.texts[0].get_text() == "no topic of the lexicon is mentioned here"


def test_heatmap_colours_by_rate_and_writes_counts():
    counts = pd.DataFrame([[3, 0], [1, 7]], index=["cyber", "tanks"], columns=[1, 2])
    rates = pd.DataFrame([[30.0, 0.0], [10.0, 7.0]], index=["cyber", "tanks"], columns=[1, 2])
    ax = plots.plot_topic_heatmap(counts, rates=rates, labels={"cyber": "Cyber attacks"})
    assert sorted(t.get_text() for t in ax.texts) == ["1", "3", "7"]
    shown = ax.images[0].get_array()
    assert shown[0, 0] == 30.0 and shown[1, 1] == 7.0 and shown.mask[0, 1]
    assert "per 1,000 words" in ax.figure.axes[-1].get_ylabel()
    assert ax.get_yticklabels()[0].get_text() == "Cyber attacks"


def _corpus(turns):
    a = turns.assign(doc_id="a")
    b = turns.assign(doc_id="b")
    return pd.concat([a, b], ignore_index=True)


def test_exchange_charts_of_a_corpus_name_the_transcript(turns):
    corpus = _corpus(turns)
    ex = answers.add_outlet_names(answers.exchanges_table(corpus))
    labels = [t.get_text() for t in plots.plot_answer_words(ex).get_yticklabels()]
    assert labels[0].startswith("a: 1 · ") and any(label.startswith("b: 1 · ") for label in labels)
    points = [t.get_text() for t in plots.plot_question_vs_answer(ex).texts if "·" in t.get_text()]
    assert points[0].startswith("a: 1 · ")
    floor_labels = [t.get_text() for t in plots.plot_floor_order(floor.summarise_floor(corpus)).get_yticklabels()]
    assert floor_labels[0].startswith("a: 1 · ")


def test_timelines_of_a_corpus_mark_where_each_transcript_starts(turns):
    corpus = _corpus(turns)
    for ax in (plots.plot_turn_sequence(corpus), plots.plot_cumulative_words(corpus),
               plots.plot_sentiment(discourse.turn_sentiment(corpus))):
        names = [t.get_text() for t in ax.texts]
        assert "a" in names and "b" in names, ax.get_title()


def test_side_bars_refuse_rates_of_several_transcripts_added_up(turns):
    corpus = _corpus(turns)
    hits = topics.topic_hits(corpus)
    with pytest.raises(ValueError, match="by_document=False"):
        plots.plot_topics_by_side(topics.count_topics_by(corpus, hits, by="side"))
