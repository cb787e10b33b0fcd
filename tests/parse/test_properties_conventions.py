"""Property: transcripts generated in the White House and timestamped conventions parse back
into the turns they were made from, and losslessly.

The White House generator writes an all-caps header block, a time line, labels with the text on
the same line and the text hard-wrapped at 72 characters, "Q" for every journalist (named only
in the press secretary's call, "Go ahead, Zeke."), follow-ups after answers that do not give the
floor, a guest official, stage directions and the "END" footer. The timestamped generator writes
"Name: (mm:ss)" labels, long turns in chunks under repeated labels, "Speaker N" journalists
who sometimes state their name and outlet, and "[crosstalk hh:mm:ss]" brackets. A YAML front matter above a NATO-style conference (the
NATO generator's) changes the header and nothing else.
"""

import re
import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import presslib
from presslib.table import rebuild_body

from ..conftest import lossless, normalised
from .test_properties import conference as nato_conference

FIRST = ["Anna", "Bertil", "Chiara", "Dmytro", "Fatma", "Gustav", "Hana", "Ivo", "Kai", "Lena",
         "Marek", "Nora", "Oskar", "Piet", "Rui", "Sanne", "Zeke"]
LAST = ["Achterberg", "Brun", "Costa", "Eriksen", "Fontaine", "Horvat", "Ionescu", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Okafor", "Petrov"]
WORDS = ["we", "will", "support", "the", "allies", "ammunition", "today", "production", "needs",
         "ramp", "up", "and", "Ukraine", "defence", "(inaudible)", "[inaudible]", "28 months",
         "don't", "e.g.", "U.S.", "two-and-a-half", "$350 billion", "(Laughter.)", "ATACMS."]
OUTLETS = ["Reuters", "AFP", "Bloomberg", "PBS", "NBC News"]


@st.composite
def sentence(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=12))
    text = " ".join(words)
    if not text[0].isalpha():  # ("Q 28 months ..." is prose: the rule in caps.toml)
        text = "So " + text
    return text[0].upper() + text[1:] + draw(st.sampled_from([".", "?", "..?", "!"]))


@st.composite
def wrapped(draw, *, first_width=72):
    """A turn's paragraphs, hard-wrapped at 72 characters as the White House prints them."""
    paras = []
    for _ in range(draw(st.integers(1, 3))):
        para = " ".join(draw(st.lists(sentence(), min_size=1, max_size=6)))
        paras.append(textwrap.wrap(para, 72, break_long_words=False, break_on_hyphens=False))
    return paras


def _expected_text(paras):
    return "\n\n".join("\n".join(p) for p in paras)


@st.composite
def whitehouse(draw):
    secretary = (draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST)))
    guest = draw(st.sampled_from([n for n in LAST if n != secretary[1]]))
    lines = ["THE WHITE HOUSE", "Office of the Press Secretary", "For Immediate Release",
             "March 3, 2023", "", f"Press Briefing by Press Secretary {secretary[0]} {secretary[1]}",
             "", "1:32 P.M. EST", ""]
    sec_label, guest_label = f"MS. {secretary[1].upper()}:", f"ADMIRAL {guest.upper()}:"
    sec_name = " ".join(secretary)
    turns = []  # (label, speaker, role, kind, exchange, paragraphs)
    turns.append((sec_label, sec_name, "principal", "statement", 0, draw(wrapped())))
    # A guest briefer answers questions beside the press secretary: a principal too
    with_guest = draw(st.booleans())
    if with_guest and draw(st.booleans()):
        turns.append((guest_label, guest, "principal", "statement", 0, draw(wrapped())))
    briefers = [(sec_label, sec_name, "principal")] + [(guest_label, guest, "principal")] * with_guest
    long_answer = [textwrap.wrap("We will support the allies with ammunition today. " * 8, 72)]
    for ex in range(1, draw(st.integers(1, 4)) + 1):
        asker = draw(st.sampled_from(FIRST))
        turns.append((sec_label, sec_name, "principal", "call", ex, [[f"Go ahead, {asker}."]]))
        turns.append(("Q", asker, "journalist", "question", ex, draw(wrapped())))
        if ex == 1 and with_guest:  # (the guest answers at length at least once)
            turns.append((guest_label, guest, "principal", "answer", ex, long_answer))
            turns.append(("Q", asker, "journalist", "follow_up", ex, [["And then?"]]))
        for _ in range(draw(st.integers(0, 2))):  # answers that do not give the floor, follow-ups
            turns.append((*draw(st.sampled_from(briefers)), "answer", ex, draw(wrapped())))
            turns.append(("Q", asker, "journalist", "follow_up", ex, [["And " + draw(sentence())]]))
        turns.append((*draw(st.sampled_from(briefers)), "answer", ex, draw(wrapped())))
    indent = draw(st.sampled_from(["", "     "]))
    gap = draw(st.sampled_from(["  ", " ", "    "]))
    for label, *_, paras in turns:
        first, *rest = [line for p in paras for line in p + [""]][:-1]
        lines.append(f"{indent}{label}{gap}{first}")
        lines += rest
        lines.append("")
    lines.append("                         END                 2:05 P.M. EST")
    return "\n".join(lines) + "\n", turns


@st.composite
def timestamped(draw):
    principal = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    lines = [f"{principal} Press Conference Transcript", ""]
    clock = 0
    turns = []  # (label name, speaker, role, affiliation, kind, exchange, [chunks of paragraphs])

    def body():
        paras = draw(st.lists(st.lists(sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=2))
        if draw(st.integers(0, 3)) == 0:
            paras[-1] += f" [crosstalk 00:{draw(st.integers(10, 59))}:0{draw(st.integers(0, 9))}]"
        return paras

    turns.append((principal, principal, "principal", "", "statement", 0,
                  [body() for _ in range(draw(st.integers(1, 3)))]))
    numbers = draw(st.lists(st.integers(1, 9), min_size=1, max_size=3, unique=True))
    named = {}
    for ex in range(1, draw(st.integers(1, 4)) + 1):
        n = draw(st.sampled_from(numbers))
        question = body()
        question[-1] += " Why?"  # (a journalist's turn that asks nothing before the first question is no question)
        if n not in named and draw(st.booleans()):
            named[n] = (f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}", draw(st.sampled_from(OUTLETS)))
            question[0] = f"{named[n][0]}, {named[n][1]}. " + question[0]
        speaker, outlet = named.get(n, (f"Speaker {n}", ""))
        turns.append((f"Speaker {n}", speaker, "journalist", outlet, "question", ex, [question]))
        turns.append((principal, principal, "principal", "", "answer", ex,
                      [body() for _ in range(draw(st.integers(1, 2)))]))
    for name, *_, chunks in turns:
        for chunk in chunks:
            clock += draw(st.integers(1, 90))
            lines.append(f"{name}: ({clock // 60:02d}:{clock % 60:02d})")
            lines += [line for p in chunk for line in (p, "")]
    return "\n".join(lines), turns


def _header(source, meta):
    lines = source.split("\n")
    return [lines[i - 1].strip() for i in meta.header_lines]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(whitehouse())
def test_whitehouse_parses_back(generated):
    source, expected = generated
    t = presslib.parse_text(source)
    assert t.meta.convention == "caps"
    got = list(zip(t.turns["label"], t.turns["speaker"], t.turns["role"], t.turns["kind"],
                   t.turns["exchange"].astype(object), t.turns["text"]))
    want = [(label, speaker, role, kind, ex, _expected_text(paras))
            for label, speaker, role, kind, ex, paras in expected]
    assert got == want
    assert (t.meta.start_time, t.meta.end_time) == ("1:32 P.M. EST", "2:05 P.M. EST")
    assert lossless(source, t.turns, t.meta) == _header(source, t.meta)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timestamped())
def test_timestamped_parses_back(generated):
    source, expected = generated
    t = presslib.parse_text(source)
    assert t.meta.convention == "timestamped"
    got = list(zip(t.turns["speaker"], t.turns["role"], t.turns["affiliation"], t.turns["kind"],
                   t.turns["exchange"].astype(object), t.turns["text"]))
    want = []
    for name, speaker, role, outlet, kind, ex, chunks in expected:
        want.append((speaker, role, outlet, kind, ex, "\n\n".join(p for chunk in chunks for p in chunk)))
    # the same journalist twice in a row is a follow-up; named voices keep their name after
    for k in range(1, len(want)):
        if want[k][3] == "question" and want[k][1] == "journalist":
            prev = [w for w in want[:k] if w[1] == "journalist"]
            if prev and prev[-1][0] == want[k][0] and want[k - 2][0] == want[k][0]:
                ex = want[k - 2][4]
                want[k] = (*want[k][:3], "follow_up", ex, want[k][5])
                want[k + 1] = (*want[k + 1][:4], ex, want[k + 1][5])
                want[k + 2:] = [(*w[:4], w[4] - 1, w[5]) for w in want[k + 2:]]
    assert got == want
    n_chunks = sum(len(chunks) for *_, chunks in expected)
    assert len(t.meta.asides) == n_chunks - len(expected)
    assert lossless(source, t.turns, t.meta) == _header(source, t.meta)


FRONT = "---\ntitle: Press conference\ndate: 2023-02-13\nsource: https://example.org/pc\n---\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nato_conference())
def test_front_matter_changes_nothing_but_the_header(generated):
    source, _, _ = generated
    plain, fronted = presslib.parse_text(source), presslib.parse_text(FRONT + source)
    cols = ["label", "speaker", "role", "affiliation", "kind", "exchange", "continuation", "text"]
    assert plain.turns[cols].equals(fronted.turns[cols])
    assert (fronted.turns["line_start"] - plain.turns["line_start"]).eq(5).all()
    assert fronted.meta.header_lines[:5] == [1, 2, 3, 4, 5]
    assert (fronted.meta.title, fronted.meta.date, fronted.meta.source_url) == (
        "Press conference", "2023-02-13", "https://example.org/pc")
    assert lossless(FRONT + source, fronted.turns, fronted.meta) == _header(FRONT + source, fronted.meta)
