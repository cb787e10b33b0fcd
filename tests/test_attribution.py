"""Who asked, read from the words: hand-checked cases, and the fast reading (the patterns run only
around a name from the outlet registry) held to the plain rules on random text."""

import re
import unicodedata
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presslib import attribution as at
from presslib.attribution import attribute, gives_floor, last_sentence, stated
from presslib.outlets import alias_index, read_registry

# The plain rules, as the docstrings state them. stated: each of the three patterns over the
# whole text; of their matches with an outlet the registry knows and a name that is no courtesy
# ("Thank You"), the one that starts first, the earlier pattern on a tie.
RULES = [
    re.compile(rf"(?P<name>{at._NAME}),? (?:from|with|of|at) (?:the )?(?P<outlet>{at._OUTLET})"),
    re.compile(rf"(?P<name>{at._NAME}), (?:the )?(?P<outlet>{at._OUTLET})"),
    re.compile(rf"(?P<outlet>{at._OUTLET}), (?P<name>{at._NAME})\b"),
]


def stated_by_rules(text):
    found = []
    for rank, rule in enumerate(RULES):
        for m in rule.finditer(text):
            outlet = at._outlet_at(m["outlet"])
            if outlet and m["name"].split()[0] not in at._NOT_NAMES:
                end = max(m.end("name"), m.start("outlet") + len(outlet))
                found.append((m.start(), rank, m["name"], outlet, text[m.start():end]))
    return min(found)[2:] if found else ("", "", "")


def last_sentence_by_rules(text):
    # what follows the last sentence end that has something other than sentence ends after it
    tail = text[-200:].strip()
    return re.split(r"(?<=[.?!…])(?=[^.?!…])", tail)[-1].strip()


def called_name_by_rules(sentence):
    m = at._FIRST_NAME.search(sentence)
    name = (m["a"] or m["b"]) if m else ""
    return "" if name in at._NOT_NAMES else name


def gives_floor_by_rules(text):
    last = last_sentence_by_rules(text)
    return bool(at._FLOOR.search(last.lower())
                or (last and at._outlet_at(last) == last.rstrip(".?!"))
                or called_name_by_rules(last) or stated_by_rules(last)[0])


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
    assert stated(text) == (name, outlet, evidence) == stated_by_rules(text)


@pytest.mark.parametrize("text, expected", [
    ("That's what we'll do. Go ahead, Zeke.", "Go ahead, Zeke."),
    ("Thank you. Reuters.", "Reuters."),
    ("Do you believe that..?", "Do you believe that..?"),
    ("One. Two? ", "Two?"),
    ("a.x? \u2003.", "."),
    ("", ""),
])
def test_last_sentence_hand_checked(text, expected):
    assert last_sentence(text) == expected == last_sentence_by_rules(text)


def test_gives_floor_hand_checked():
    texts = ["Go ahead, Zeke.", "We will see.", "Reuters.", "Yes, in the back.", "Okay, thanks."]
    assert [gives_floor(t) for t in texts] == [True, False, True, True, True]


# Random text from the pieces the patterns read: names (a courtesy, one with a letter that is no
# name letter, one word), registry outlets spelt as the registry has them and otherwise (case,
# "The", dots, hyphens, "ß", "ſ"), capitalised words that are no outlet but start like one, the
# joining words and punctuation, and lower-case words the outlet pattern may take a part of.
SPELLINGS = sorted({spelling for row in read_registry().itertuples()
                    for spelling in [row.name, *filter(None, row.aliases.split("|"))]})
NAMES = ["Jeff Mason", "Judy Woodruff", "Jean-Pierre Dupont", "Mary O'Donnell", "Anna Dąbrowski",
         "Oskar Güldener", "Thank You", "Zeke", "Kelly", "Mr. President", "Ulla Horvat Moreau", "I"]
OTHERS = ["Secretary General", "NATO", "Ukraine", "April", "Drones", "EADRCC", "Skype", "German",
          "New", "The", "THE", "Reutersville", "Aaron", "Fox", "Sky", "Dr", "Err", "Raise", "Kyiv"]
JOINS = [", ", " from ", " with ", " of ", " at ", " from the ", ", the ", " ", " ", ". ", "? ",
         "! ", "\n", "\n\n", " often ", " de ", " the ", "’s ", " — ", ": ", " (", ") ", "..? ",
         ",", "."]
WORDS = ["here", "second row", "we will see", "go ahead", "yes", "please", "okay", "thank you",
         "oftentimes", "ß", "ſ", "K", "İ", "é", "÷", "&", "_", "9", "ɑ"]


def spelt(outlet, how):
    return [outlet, outlet.upper(), outlet.lower(), "The " + outlet, "the " + outlet,
            outlet.replace(" ", "-"), ".".join(outlet) + ".", outlet + "'s",
            outlet.replace("ss", "ß"), outlet.replace("s", "ſ"), outlet.replace(" ", "  ")][how]


outlets = st.builds(spelt, st.sampled_from(SPELLINGS), st.integers(0, 10))
names = st.sampled_from(NAMES + OTHERS)
joins = st.sampled_from(JOINS)
links = st.sampled_from([", ", " from ", " with ", " of ", " at ", " from the ", ", the ", ",  "])
stated_like = st.one_of(st.builds("{}{}{}".format, names, links, outlets),  # "Jeff Mason, AP"
                        st.builds("{}{}{}".format, outlets, links, names))
pieces = st.one_of(stated_like, names, outlets, st.sampled_from(WORDS), joins)
texts = st.lists(st.tuples(pieces, joins).map("".join), max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_fast_reading_equals_the_rules(text):
    assert stated(text) == stated_by_rules(text)
    assert stated(text[:300]) == stated_by_rules(text[:300])
    assert last_sentence(text) == last_sentence_by_rules(text)
    assert at._called_name(text) == called_name_by_rules(text)
    assert gives_floor.__wrapped__(text) == gives_floor_by_rules(text)


LABELS = st.sampled_from([("Q", "journalist"), ("Speaker 1", "journalist"),
                          ("Speaker 2", "journalist"), ("Jeff Mason", "journalist"),
                          ("Karine", "moderator"), ("Biden", "principal"), ("Aide", "other")])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(LABELS, texts), max_size=12))
def test_attribute_equals_the_rules(turns):
    names = [label for (label, _), _ in turns]
    args = names, [role for (_, role), _ in turns], [text for _, text in turns]
    flags = {"collective": [n == "Q" for n in names],
             "anonymous": [n.startswith("Speaker") for n in names]}
    fast = attribute(*args, **flags)
    with mock.patch.multiple(at, stated=stated_by_rules, last_sentence=last_sentence_by_rules,
                             _called_name=called_name_by_rules, gives_floor=gives_floor_by_rules):
        assert fast == attribute(*args, **flags)


def test_registry_search_reads_letters_as_casefold_does():
    # stated() trusts the registry search, which reads a name's letters in any case (re's
    # IGNORECASE), unless a letter case-folds to more than one ("ß"); so every character that
    # case-folds to a letter of a registry name must match that letter under IGNORECASE.
    letters = {c for key in alias_index() for c in key if c != " "}
    any_case = {c: re.compile(re.escape(c), re.IGNORECASE) for c in letters}
    missed = [unicodedata.name(chr(cp), hex(cp)) for cp in range(0x110000)
              if (folded := chr(cp).casefold()) in any_case
              and not any_case[folded].fullmatch(chr(cp))]
    assert missed == []


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
