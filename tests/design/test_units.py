"""Question units: the NATO transcript against a table written by reading it
(tests/data/design/nato_2023-02-13_question_units.csv, with a note per judgement call), hand-made
turns for each rule, and properties that hold for any turn."""

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib.design.pieces import is_interrogative, turn_pieces
from presslib import design
from presslib.design.units import SEPARATOR, UNIT_COLUMNS, question_units, unit_parts
from presslib.text import WORD_RE

GOLD_UNITS = Path(__file__).parents[1] / "data" / "design" / "nato_2023-02-13_question_units.csv"
PART_COLUMNS = ("question", "variants", "announcement", "context", "reported")


def _norm(piece: str) -> str:
    """A piece as compared with the gold table: white space collapsed, and the comma, colon or
    semicolon where a sentence was cut left out (the gold writes pieces as read)."""
    return " ".join(piece.split()).strip(" ,;:")


def _pieces(cell: str) -> list[str]:
    return [_norm(p) for p in cell.split(SEPARATOR) if p.strip()]


@pytest.fixture(scope="module")
def gold_units():
    return pd.read_csv(GOLD_UNITS, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def units(turns):
    return question_units(turns)


def test_the_gold_table_quotes_the_transcript(gold_units, turns):
    # The gold table is checked against the source, not against the code: every piece it
    # names is in the turn it names, and every line is a line of that turn.
    by_turn = turns.set_index("turn")
    for g in gold_units.itertuples():
        turn = by_turn.loc[int(g.turn)]
        assert int(turn["line_start"]) <= int(g.line) <= int(turn["line_end"])
        for column in PART_COLUMNS:
            for piece in _pieces(getattr(g, column)):
                assert piece in " ".join(turn["text"].split()), (g.unit, column, piece)
        assert g.note or g.source == "question"


def test_as_many_units_in_the_same_turns(units, gold_units):
    assert units["turn"].tolist() == gold_units["turn"].astype(int).tolist()
    assert units["unit"].tolist() == gold_units["unit"].astype(int).tolist()


@pytest.mark.parametrize("column", ["exchange", "source", "asks_again", "line"])
def test_where_each_unit_comes_from(units, gold_units, column):
    got = units[column].astype(object).map(lambda v: "" if pd.isna(v) else str(v))
    assert got.tolist() == gold_units[column].tolist()


@pytest.mark.parametrize("column", PART_COLUMNS)
def test_each_unit_has_the_gold_parts(units, gold_units, column):
    differ = [(g.unit, _pieces(getattr(g, column)), _pieces(u))
              for g, u in zip(gold_units.itertuples(), units[column])
              if _pieces(getattr(g, column)) != _pieces(u)]
    assert differ == []


def test_nato_counts_read_from_the_gold(units, gold_units):
    # What the gold table says, counted by hand from it: 28 units, one re-ask, one apparent
    # interjection, so 26 questions; 9 of the 12 journalists ask more than one.
    assert len(units) == 28
    assert (units["source"] == "re_ask").sum() == 1 and (units["source"] == "interjection").sum() == 1
    asked = units[units["source"] == "question"]
    assert len(asked) == 26
    assert (asked.groupby("speaker").size() > 1).sum() == 9


def test_columns_and_join_keys(units, turns):
    assert tuple(units.columns) == UNIT_COLUMNS
    joined = units.merge(turns[["doc_id", "turn", "line_start", "line_end"]], on=["doc_id", "turn"],
                         suffixes=("", "_turn"))
    assert len(joined) == len(units)
    assert ((joined["line"] >= joined["line_start_turn"]) & (joined["line"] <= joined["line_end_turn"])).all()


def _turns(*texts, kinds=None, continuation=None, speakers=None):
    n = len(texts)
    return pd.DataFrame({
        "doc_id": "d", "turn": range(n), "kind": kinds or ["question"] * n,
        "exchange": [1] * n, "label": ["X:"] * n, "line_start": [10 * (i + 1) for i in range(n)],
        "text": list(texts), "speaker": speakers or ["Ann Lee"] * n, "affiliation": ["AFP"] * n,
        "outlet": ["afp"] * n, "continuation": continuation or [False] * n,
    })


def _questions(*texts, **kw):
    u = question_units(_turns(*texts, **kw))
    return [(q, v.split(SEPARATOR) if v else []) for q, v in zip(u["question"], u["variants"])]


@pytest.mark.parametrize("text, expected", [
    # coordinated interrogatives are two questions
    ("Has it changed you, and is this a job you want to keep?",
     [("Has it changed you", []), ("and is this a job you want to keep?", [])]),
    ("Is it safe, and what kind of threat does it pose?",
     [("Is it safe", []), ("and what kind of threat does it pose?", [])]),
    # a verb phrase after "and" is not
    ("Can NATO keep up supplies and have the ammunition it needs?",
     [("Can NATO keep up supplies and have the ammunition it needs?", [])]),
    # "or" joins the alternatives of one question
    ("Will you speak in favour of it or will you warn against it?",
     [("Will you speak in favour of it or will you warn against it?", [])]),
    # a reformulation is a variant, an "Or" alternative too
    ("What do you think of this? Do you think this is realistic?",
     [("What do you think of this?", ["Do you think this is realistic?"])]),
    ("How do we solve that? Or are we at a ceiling?",
     [("How do we solve that?", ["Or are we at a ceiling?"])]),
    ("Are the tanks late again this winter? Are the tanks late again?",
     [("Are the tanks late again this winter?", ["Are the tanks late again?"])]),
    # a new polar question on another matter is a new unit, and so is one opening with "And"
    ("Has NATO been attacked? Can you give a status?",
     [("Has NATO been attacked?", []), ("Can you give a status?", [])]),
    ("What do you think of this? And do you think it works?",
     [("What do you think of this?", []), ("And do you think it works?", [])]),
    # asyndetic: a second question after a comma, only where the words before it ask
    ("How would it be built, what would make this work?",
     [("How would it be built", ["what would make this work?"])]),
    ("How would it be built, what would the budget be?",
     [("How would it be built", []), ("what would the budget be?", [])]),
    ("Secretary General, as we approach the date, what do you expect?",
     [("Secretary General, as we approach the date, what do you expect?", [])]),
])
def test_question_units_by_rule(text, expected):
    assert _questions(text) == expected


def test_parts_before_and_after_the_question():
    t = _turns("Thank you. Ann Lee, AFP. Just two issues: you said the war would end. "
               "Do you still think so? Because the chancellor has said it is over. "
               "And the second question, the budget is late. Why?")
    u = question_units(t)
    assert u["announcement"].tolist() == ["Just two issues:", "And the second question"]
    assert u["reported"].tolist() == [
        f"you said the war would end.{SEPARATOR}Because the chancellor has said it is over.", ""]
    assert u["context"].tolist() == ["", "the budget is late."]
    assert u["prefaced"].tolist() == [True, True]
    parts = unit_parts(t)
    assert parts.loc[parts["part"].isin(["courtesy", "self_identification"]), "unit"].isna().all()
    assert parts.loc[parts["text"].str.startswith("Because"), "position"].tolist() == ["after"]


def test_an_announcement_no_question_follows_is_the_question():
    u = question_units(_turns("My first question is about ships. My second question is about planes."))
    assert u["question"].tolist() == ["My first question is about ships.",
                                      "My second question is about planes."]
    assert u["form"].tolist() == ["announcement", "announcement"]


def test_a_turn_without_a_question_asks_with_its_last_sentence():
    u = question_units(_turns("Thank you. The report came out today. Your reaction."))
    assert u["question"].tolist() == ["Your reaction."]
    assert u["form"].tolist() == ["declarative"] and u["context"].tolist() == ["The report came out today."]


def test_follow_up_re_ask_and_interjection_are_told_apart():
    texts = ["Is the offensive starting? And will the tanks come?",
             "The tanks will come. The first question was?",
             "Is the offensive starting now?",
             "It has started.",
             "Are the talks over?",
             "No.",
             "Financial Times.",
             "The offensive, well, it goes on."]
    kinds = ["question", "answer", "follow_up", "answer", "follow_up", "answer", "call", "answer"]
    cont = [False] * 6 + [True, True]
    u = question_units(_turns(*texts, kinds=kinds, continuation=cont))
    assert u["source"].tolist() == ["question", "question", "re_ask", "follow_up", "interjection"]
    assert u["asks_again"].astype(object).where(u["asks_again"].notna(), None).tolist() == \
        [None, None, 1, None, 1]
    assert u["cue"].tolist() == ["", "", "The first question was?", "", "The offensive"]
    assert u.loc[4, "question"] == "" and u.loc[4, "line"] == 81


def test_an_answer_resumed_without_an_echo_is_no_interjection():
    texts = ["Is the offensive starting?", "Yes.", "Financial Times.", "Let me add one thing."]
    u = question_units(_turns(*texts, kinds=["question", "answer", "call", "answer"],
                              continuation=[False, False, True, True]))
    assert u["source"].tolist() == ["question"]


def test_lines_of_a_turn_over_several_paragraphs():
    u = question_units(_turns("It is late. Is it?\n\nAnd my second question is about ships. Why now?"))
    assert u["line"].tolist() == [11, 13] and u["line_start"].tolist() == [11, 13]


def test_is_interrogative():
    assert is_interrogative("And if not, how would a coalition have to be built")
    assert not is_interrogative("What we see is that it works")


def test_missing_columns_are_named():
    with pytest.raises(KeyError, match="line_start"):
        question_units(pd.DataFrame({"doc_id": ["d"], "turn": [0], "kind": ["question"],
                                     "exchange": [1], "text": ["Why?"], "label": [""]}))


_WORDS = st.sampled_from(["and", "is", "it", "you", "what", "why", "or", "this", "NATO", "the",
                          "tanks", "late", "so", "my", "question", "I", "wonder", "if", "said"])
_PUNCT = st.sampled_from([" ", " ", " ", ", ", ". ", "? ", ": ", "\n\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORDS, _PUNCT), min_size=1, max_size=40))
def test_pieces_cover_every_word_once_in_order(tokens):
    text = "".join(w + p for w, p in tokens)
    pieces = turn_pieces(text)
    covered = [m.span() for p in pieces for m in WORD_RE.finditer(text, p.start, p.end)]
    assert covered == [m.span() for m in WORD_RE.finditer(text)]
    assert all(a.end <= b.start for a, b in zip(pieces, pieces[1:]))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_WORDS, _PUNCT), min_size=1, max_size=40))
def test_every_turn_with_words_has_a_unit_and_parts_map_to_units(tokens):
    text = "".join(w + p for w, p in tokens)
    t = _turns(text)
    u, parts = question_units(t), unit_parts(t)
    content = parts[~parts["part"].isin(["courtesy", "self_identification"])]
    if len(content):
        assert len(u) >= 1
        assert set(content["unit"].dropna()) <= set(u["unit"])
        assert (content["part"] == "question").sum() == len(u)


def test_question_proper_keeps_only_the_questions_of_journalists_turns(turns):
    proper = design.question_proper(turns)
    asked = turns["kind"].isin(["question", "follow_up"])
    # every other turn is untouched
    assert proper.loc[~asked].equals(turns.loc[~asked])
    for before, after, words, n in zip(turns.loc[asked, "text"], proper.loc[asked, "text"],
                                       proper.loc[asked, "n_words"], turns.loc[asked, "n_words"]):
        assert all(piece in before for piece in after.split("\n\n"))  # pieces of the turn, as printed
        assert 0 <= words <= n
    # Max Delany's first turn (line 135): thanks, self-introduction, the announcement "Just two
    # issues:" and the reported "you mentioned that Putin is starting new offensives in Ukraine."
    # go; his three questions stay
    first = proper.loc[proper["line_start"].eq(134), "text"].item()
    assert first.startswith("Do you believe that this is the beginning of the Big Spring Offensive")
    assert "Putin is starting" not in first and "Max Delany, AFP." not in first and first.count("\n\n") == 2
    # his second turn (line 147) is the re-ask the principal requested ("The first question
    # was?", line 145): the same question again, counted once, so nothing of it is left
    again = proper.loc[proper["line_start"].eq(147)]
    assert again["text"].item() == "" and again["n_words"].item() == 0


def test_question_proper_keeps_the_units_the_questions_table_counts_and_no_other():
    # hand-made units of one turn: a question asked for the first time, and a unit of any
    # other source (here an interjection): only the first is a question proper, as only the
    # first is a row of the questions table
    t = _turns("Why now? And when?").assign(role="journalist", n_words=4, n_sentences=2, n_questions=2)
    units = pd.DataFrame({"doc_id": "d", "unit": [1, 2], "source": ["question", "interjection"]})
    parts = pd.DataFrame({"doc_id": "d", "turn": 0, "unit": pd.array([1, 2], dtype="Int64"),
                          "part": "question", "start": [0, 9], "text": ["Why now?", "And when?"]})
    proper = design.question_proper(t, parts=parts, units=units)
    assert proper["text"].tolist() == ["Why now?"] and proper["n_words"].tolist() == [2]


def test_question_proper_of_a_transcript_where_no_journalist_asks_is_the_turns_table():
    # a round table: the only question turn is a member's (role other), so nothing is cut
    t = _turns("Senator, what now?", "We act.", kinds=["question", "answer"]).assign(
        role=["other", "principal"], n_words=[3, 2], n_sentences=1, n_questions=[1, 0])
    assert design.question_proper(t).equals(t)


def test_question_tokens_are_the_questions_proper_of_journalists_turns():
    # Read: thanks, a name, reported speech, a question and its variant, then the principal's
    # answer. The question tokens are the question and its variant only, and no answer word.
    t = _turns("Thank you. Ann Lee, AFP. You said the jets would come. What now? Do you think it works?",
               "It works.", kinds=["question", "answer"]).assign(role=["journalist", "principal"])
    words = design.question_tokens(t).query("is_word")["token"].tolist()
    assert words == ["What", "now", "Do", "you", "think", "it", "works"]


def test_nato_question_tokens_hold_the_gold_questions_words(turns, gold_units):
    # the words of the questions and variants of the gold units asked for the first time (the
    # requested re-ask is the first question again, the interjection holds no words)
    asked = gold_units[gold_units["source"].isin(["question", "follow_up"])]
    gold = sum(len(WORD_RE.findall(f"{q} {v}")) for q, v in zip(asked["question"], asked["variants"]))
    tokens = design.question_tokens(turns)
    assert int(tokens["is_word"].sum()) == gold
    assert not {"delany", "afp", "thank"} & set(tokens["lower"])  # names and thanks set aside

