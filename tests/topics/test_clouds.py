"""Word clouds' counts: the procedure left out, two spellings counted as one."""

import re

import pandas as pd
import pytest

from presslib import paths
from presslib.errors import PresslibError
from presslib.topics import CloudWords, cloud_terms, cloud_terms_by_side, read_cloud_words


def test_procedural_words_are_left_out_and_spellings_merged(turns):
    texts = list(turns["text"])
    terms = cloud_terms(texts)
    for word in ("thank", "thanks", "question", "questions", "will", "secretary"):
        assert word not in terms
    # "general" outside "Secretary General" stays (e.g. "in general"), but no more often than that
    said = sum(len(re.findall(r"(?<![\w'-])general(?![\w'-])", t, flags=re.I)) for t in texts)
    addressed = sum(len(re.findall(r"(?<![\w'-])secretary general(?![\w'-])", t, flags=re.I)) for t in texts)
    assert terms.get("general", 0) == said - addressed
    # defence(s) and defense: one entry, counted as the regular expression counts them (as
    # words on their own: "defence-industrial" is one word of its own)
    both = sum(len(re.findall(r"(?<![\w'-])defen[cs]es?(?![\w'-])", t, flags=re.I)) for t in texts)
    shown = [w for w in terms if w in ("defence", "defense")]
    assert len(shown) == 1 and terms[shown[0]] == both


def test_lists_are_read_from_the_data_file_and_mistakes_named(tmp_path):
    words = read_cloud_words()
    assert ("secretari", "general") in words.leave_out and words.spellings["defens"] == "defenc"
    assert words.source == str(paths.data_file("word_clouds.toml"))
    bad = tmp_path / "clouds.toml"
    bad.write_text("leave_out = 3\n", encoding="utf-8")
    with pytest.raises(PresslibError, match="leave_out"):
        read_cloud_words(bad)


def test_cloud_terms_by_side_counts_each_side_s_turns_by_hand():
    turns = pd.DataFrame({
        "kind": ["statement", "call", "question", "answer", "follow_up", "answer", "closing"],
        "exchange": pd.array([0, 1, 1, 1, 1, 1, None], dtype="Int64"),
        "text": ["Ammunition, more ammunition.", "Reuters.", "Tanks?", "Tanks and ammunition.",
                 "Jets?", "No jets.", "Thank you, Reuters."],
    })
    # The call and the closing belong to no cloud; the follow-up is a question, its answer an answer.
    assert cloud_terms_by_side(turns, words=CloudWords()) == {
        "statement": {"ammunition": 2},
        "question": {"jets": 1, "tanks": 1},
        "answer": {"ammunition": 1, "jets": 1, "tanks": 1},
    }
    # Without an opening statement its cloud has no words; sides can be chosen.
    assert cloud_terms_by_side(turns.iloc[1:], words=CloudWords(), sides=("statement",)) == {"statement": {}}


def test_cloud_terms_by_side_names_a_missing_column():
    with pytest.raises(PresslibError, match="text"):
        cloud_terms_by_side(pd.DataFrame({"kind": ["answer"], "exchange": [1]}))


def test_forms_of_address_and_the_transcriber_s_notes_are_left_out_but_the_words_alone_stay():
    # (Keating's questions: "Prime Minister" crowded out the subjects of the question cloud)
    text = "Prime Minister, Mr President, (inaudible) the tanks and the tanks? Madam President, the minister."
    assert cloud_terms([text]) == {"tanks": 2, "minister": 1}  # "the minister" alone is a subject
