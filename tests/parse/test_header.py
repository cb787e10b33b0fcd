"""Header metadata: dates in the spellings transcripts use, who the event is by, front matters
with YAML escapes, and where the body starts."""

import pytest

from presslib.parse.header import (
    header_from_fields,
    parse_date,
    read_block_header,
    read_by_line,
    read_front_matter,
    read_title_block,
)


@pytest.mark.parametrize("text, iso", [
    ("  • 13 Feb. 2023 -", "2023-02-13"),
    ("February 13, 2023", "2023-02-13"),
    ("1 September 2022", "2022-09-01"),
    ("Sept. 30, 2021", "2021-09-30"),
    ("2023-02-13", "2023-02-13"),
    ("27 de septiembre de 2019", "2019-09-27"),
    ("28/11/1990", "1990-11-28"),
    ("31 Foo 2023", ""),
    ("no date here", ""),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_header_and_body_start():
    lines = ["Joint press point", "", "by NATO Deputy Secretary General Mircea Geoană with the Minister",
             "  • 1 March 2021 -", "(Check against delivery)", "", "Good morning."]
    header, body = read_title_block(lines, 0)
    assert (header.title, header.principal, header.principal_title) == (
        "Joint press point", "Mircea Geoană", "NATO Deputy Secretary General")
    assert header.occasion == "with the Minister"
    assert (header.date, header.delivery, header.organisation) == ("2021-03-01", "Check against delivery", "NATO")
    assert body == 6 and header.lines == [1, 3, 4, 5]


def test_no_header_when_the_text_starts_with_turns():
    lines = ["Max Delany, AFP:", "A question?", "", "Jens Stoltenberg:", "An answer."]
    header, body = read_title_block(lines, 0)
    assert body == 0 and header.title == "" and header.lines == []


def test_front_matter_values_are_read_as_yaml_says():
    # As the White House briefing room mirror prints it (tests/data/real/whitehouse): a
    # double-quoted title folded over two lines, "\_" for a no-break space, an unquoted date.
    lines = ["---", "date: '2023-01-13'",
             'title: "Press Briefing by Press Secretary Karine Jean-Pierre and Senior Advisor for\\',
             '  \\ Public Engagement Keisha Lance\\_Bottoms"',
             "source_url: https://www.whitehouse.gov/briefing-room/x/", "---", "", "Body"]
    header, body = read_front_matter(lines)
    assert header.title == ("Press Briefing by Press Secretary Karine Jean-Pierre and Senior "
                            "Advisor for Public Engagement Keisha Lance Bottoms")
    assert "\\" not in header.title and "\xa0" not in header.title  # (white space made one space)
    assert (header.principal, header.principal_title) == ("Karine Jean-Pierre", "Press Secretary")
    assert header.others == [("Senior Advisor for Public Engagement", "Keisha Lance Bottoms")]
    assert (header.date, header.source_url, body) == ("2023-01-13", "https://www.whitehouse.gov/briefing-room/x/", 6)
    assert header.lines == [1, 2, 3, 4, 5, 6]


def test_a_broken_front_matter_is_read_line_by_line():
    header, body = read_front_matter(["---", "title: [unclosed", "date: 2023-02-13", "---", "Body"])
    assert (header.title, header.date, body) == ("[unclosed", "2023-02-13", 4)


def test_by_line_names_each_principal_and_cuts_the_place():
    h = read_by_line("Remarks by President Biden, Prime Minister Trudeau, and President López Obrador in Joint Press Conference")
    assert (h.principal_title, h.principal) == ("President", "Biden")
    assert h.others == [("Prime Minister", "Trudeau"), ("President", "López Obrador")]
    assert h.occasion == "in Joint Press Conference"
    assert read_by_line("Press conference by Mayor Elena Marsh of Port Avalon").principal == "Elena Marsh"
    assert read_by_line("Remarks by Secretary of State Antony Blinken").principal_title == "Secretary of State"


def test_a_sentence_with_by_is_no_title():
    # A summary line of an earnings call ("... powered by Microsoft 365.") names no principal.
    h = read_block_header([(1, "Revenue was driven by Microsoft 365 Copilot and Azure growth."),
                           (2, "July 30, 2025")])
    assert h.principal == "" and h.date == "2025-07-30"


def test_record_fields_name_the_principal():
    # An Australian PM Transcripts record: <prime-minister>Hawke, Robert</prime-minister>
    h = header_from_fields({"title": "TRANSCRIPT OF NEWS CONFERENCE, PERTH 28 NOVEMBER 1990",
                            "prime-minister": "Hawke, Robert", "release-date": "28/11/1990"})
    assert (h.principal, h.principal_title, h.date) == ("Robert Hawke", "Prime Minister", "1990-11-28")
