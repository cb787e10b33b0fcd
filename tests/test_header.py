"""Header metadata: dates in the spellings transcripts use, and where the body starts."""

import pytest

from presslib.header import parse_date, read_header


@pytest.mark.parametrize("text, iso", [
    ("  • 13 Feb. 2023 -", "2023-02-13"),
    ("February 13, 2023", "2023-02-13"),
    ("1 September 2022", "2022-09-01"),
    ("Sept. 30, 2021", "2021-09-30"),
    ("2023-02-13", "2023-02-13"),
    ("31 Foo 2023", ""),
    ("no date here", ""),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_header_and_body_start():
    lines = ["Joint press point", "", "by NATO Deputy Secretary General Mircea Geoană with the Minister",
             "  • 1 March 2021 -", "(Check against delivery)", "", "Good morning."]
    header, body = read_header(lines, 0)
    assert (header.title, header.principal, header.principal_title) == (
        "Joint press point", "Mircea Geoană", "NATO Deputy Secretary General")
    assert header.occasion == "with the Minister"
    assert (header.date, header.delivery, header.organisation) == ("2021-03-01", "Check against delivery", "NATO")
    assert body == 6 and header.lines == [1, 3, 4, 5]


def test_no_header_when_the_text_starts_with_turns():
    lines = ["Max Delany, AFP:", "A question?", "", "Jens Stoltenberg:", "An answer."]
    header, body = read_header(lines, 0)
    assert body == 0 and header.title == "" and header.lines == []
