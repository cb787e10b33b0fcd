"""Who asked, read from the words: hand-checked cases."""

import pytest

from presslib.parse.attribution import attribute, follows_up, gives_floor, last_sentence, stated


@pytest.mark.parametrize("text, name, outlet, evidence", [
    ("Thank you, Karine. Jeff Mason, Reuters. Mr. President said...",
     "Jeff Mason", "Reuters", "Jeff Mason, Reuters"),
    ("We'll go to Judy Woodruff from PBS.", "Judy Woodruff", "PBS", "Judy Woodruff from PBS"),
    ("Thank you very much. Thomas Gutschker, Frankfurter Allgemeine Zeitung. Secretary General",
     "Thomas Gutschker", "Frankfurter Allgemeine Zeitung",
     "Thomas Gutschker, Frankfurter Allgemeine Zeitung"),
    ("Reuters, Jeff Mason.", "Jeff Mason", "Reuters", "Reuters, Jeff Mason"),
    ("Mary O'Donnell of the Associated Press.",
     "Mary O'Donnell", "Associated Press", "Mary O'Donnell of the Associated Press"),
    ("Anna Costa with F.A.Z., a question", "Anna Costa", "F.A.Z", "Anna Costa with F.A.Z"),
    ("Deutsche Welle, NPR.", "Deutsche Welle", "NPR", "Deutsche Welle, NPR"),  # rule of thumb
    ("Jeff Mason, Associated Preß",
     "Jeff Mason", "Associated Preß", "Jeff Mason, Associated Preß"),
    ("Thank you, Mr. President.", "", "", ""),
    ("Thank You, Reuters", "", "", ""),  # a courtesy is no name
    ("Jeff Mason, Daily Planet", "", "", ""),  # not in the registry
    ("Anna Dąbrowski, AFP. Just two issues", "", "", ""),  # "ą" is no name letter
    ("Sonumut from NTV Türkiye.", "", "", ""),  # one word is no name
    ("John Smith of Jane Doe from Reuters", "", "", ""),  # the first match hides the second
    ("", "", "", ""),
])
def test_stated_hand_checked(text, name, outlet, evidence):
    assert stated(text) == (name, outlet, evidence)


@pytest.mark.parametrize("text, expected", [
    ("That's what we'll do. Go ahead, Zeke.", "Go ahead, Zeke."),
    ("Thank you. Reuters.", "Reuters."),
    ("Do you believe that..?", "Do you believe that..?"),
    ("One. Two? ", "Two?"),
    ("a.x? \u2003.", "."),
    ("", ""),
])
def test_last_sentence_hand_checked(text, expected):
    assert last_sentence(text) == expected


def test_gives_floor_hand_checked():
    texts = ["Go ahead, Zeke.", "We will see.", "Reuters.", "Yes, in the back.", "Okay, thanks.",
             "Yeah.", "Yes?", "And with that, I'll turn the call over to Satya.",
             "Operator, next question, please."]
    assert [gives_floor(t) for t in texts] == [True, False, True, True, True, False, True, True, True]


@pytest.mark.parametrize("text, expected", [
    ("So less comfortable than Christmas Island?", True),  # starts as a follow-up does
    ("What's a sort of realistic timeframe?", True),  # short
    ("What about avenues of appeal, their applications?", True),
    ("How did you choose those particular men, and what do they know of Nauru?", False),
    ("Karine, do you have new intel that caused the President to ratchet up the level of concern?", False),
])
def test_follows_up_hand_checked(text, expected):
    # the questions of tests/data/real/australia-immigration and tests/data/real/whitehouse
    assert follows_up(text) is expected


def test_attribute_hand_checked_sequence_of_q_turns():
    # Q#1 is named by the call before it, and its follow-up (no floor given in between) inherits
    # that name without the call being read again; Reuters' call opens Q#2, whose next turn
    # states name and outlet itself.
    names = ["MS. SMITH", "Q", "MS. SMITH", "Q", "MS. SMITH", "Q", "Q"]
    roles = ["principal", "journalist", "principal", "journalist", "principal", "journalist",
             "journalist"]
    texts = ["Good afternoon. Go ahead, Jeff.", "Thanks. Two questions on trade.", "We will see.",
             "And on tariffs?", "Reuters, Jeff Mason.", "Thank you. On China, will you?",
             "Jeff Mason, Reuters. A follow-up."]
    out, ids = attribute(names, roles, texts, collective=[n == "Q" for n in names],
                         anonymous=[False] * 7)
    assert [tuple(a) for a in out] == [
        ("", "", "", ""),
        ("Jeff", "", "call", "Go ahead, Jeff."),
        ("", "", "", ""),
        ("Jeff", "", "exchange", "Go ahead, Jeff."),
        ("", "", "", ""),
        ("Jeff Mason", "Reuters", "call", "Reuters, Jeff Mason"),
        ("Jeff Mason", "Reuters", "question", "Jeff Mason, Reuters"),
    ]
    assert ids == ["", "Q#1", "", "Q#1", "", "Q#2", "Q#2"]


def test_attribute_hand_checked_numbered_voice_keeps_its_name():
    # "Speaker 4" is named by the host's call once; its later turn, after a call that names no
    # one, takes the name from the same label.
    names = ["Host", "Speaker 4", "Ana Lima", "Host", "Speaker 4"]
    roles = ["moderator", "journalist", "principal", "moderator", "journalist"]
    texts = ["We go to Paul Smith from PBS.", "Thank you. Why now?", "Because.", "Next question.",
             "And then?"]
    out, ids = attribute(names, roles, texts, collective=[False] * 5,
                         anonymous=[n.startswith("Speaker") for n in names])
    assert [tuple(a) for a in out] == [
        ("", "", "", ""),
        ("Paul Smith", "PBS", "call", "Paul Smith from PBS"),
        ("", "", "", ""),
        ("", "", "", ""),
        ("Paul Smith", "PBS", "same label", "Paul Smith from PBS"),
    ]
    assert ids == ["", "Speaker 4", "", "", "Speaker 4"]
