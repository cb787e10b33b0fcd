"""Speaker labels: shapes, names, titles and outlets."""

import pytest

from presslib.parse.names import looks_like_label, parse_label, split_title


@pytest.mark.parametrize("printed, name, title, affiliation, journalist", [
    ("NATO Secretary General Jens Stoltenberg:", "Jens Stoltenberg", "NATO Secretary General", "NATO", False),
    ("NATO Spokesperson, Oana Lungescu:", "Oana Lungescu", "NATO Spokesperson", "NATO", False),
    ("NATO Spokesperson, Oana Lungescu", "Oana Lungescu", "NATO Spokesperson", "NATO", False),
    ("NATO Spokesperson Oana Lungescu:", "Oana Lungescu", "NATO Spokesperson", "NATO", False),
    ("Oana Lungescu, NATO Spokesperson:", "Oana Lungescu", "NATO Spokesperson", "NATO", False),
    ("Max Delany, AFP:", "Max Delany", "", "AFP", True),
    ("Teri Schultz, Deutsche Welle/NPR:", "Teri Schultz", "", "Deutsche Welle/NPR", True),
    ("Lorne Cook, Associated Press:", "Lorne Cook", "", "Associated Press", True),
    ("Sonumut Güldener, NTV:", "Sonumut Güldener", "", "NTV", True),
    ("Jens Stoltenberg:", "Jens Stoltenberg", "", "", False),
])
def test_parse_label(printed, name, title, affiliation, journalist):
    lab = parse_label(printed)
    assert (lab.name, lab.title, lab.affiliation, lab.is_journalist) == (name, title, affiliation, journalist)


@pytest.mark.parametrize("body, expected", [
    ("Max Delany, AFP", True),
    ("Alf Bjarne Johnsen, VG", True),
    ("Ursula von der Leyen", True),
    ("Thomas Gutschker, Frankfurter Allgemeine Zeitung", True),
    ("He said", False),
    ("Our message is clear", False),
    ("Just two issues", False),
    ("Thank you. Secretary General", False),
    ("What is next?", False),
    ("", False),
])
def test_looks_like_label(body, expected):
    assert looks_like_label(body) is expected


def test_moderator_by_title():
    assert parse_label("NATO Spokesperson, Oana Lungescu:").is_moderator
    assert not parse_label("NATO Secretary General Jens Stoltenberg:").is_moderator


def test_split_title_keeps_a_military_rank_in_the_title():
    assert split_title("Supreme Allied Commander Europe General Christopher Cavoli") == (
        "Supreme Allied Commander Europe General", "Christopher Cavoli")
