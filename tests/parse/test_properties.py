"""Property: generated transcripts parse back into exactly the turns they were made from.

The generator writes press conferences in the NATO transcript's conventions, with their quirks
drawn at random: a header naming the principal (or none, and a labeled opening), labels with
and without comma or colon, the same person under several spellings, empty calls, calls not
taken up, follow-ups, journalists with one or two outlets, paragraphs with colons, brackets and
question marks, blank lines of varying number and trailing spaces. The expected table is built
alongside, by the rules DESIGN.md states, and the parse must reproduce it turn for turn.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pandas as pd

import presslib
from presslib.table import rebuild_body

FIRST = ["Anna", "Bertil", "Chiara", "Dmytro", "Émile", "Fatma", "Gustav", "Hana", "Ivo", "Júlia",
         "Kai", "Lena", "Marek", "Nora", "Oskar", "Piet", "Rui", "Sanne"]
LAST = ["Achterberg", "Brun", "Costa", "Dąbrowski", "Eriksen", "Fontaine", "Güldener", "Horvat",
        "Ionescu", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novák", "Okafor", "Petrov"]
OUTLETS = ["AFP", "Reuters", "Associated Press", "Deutsche Welle/NPR", "Ansa", "ZDF", "Daily Planet"]
WORDS = ["we", "will", "support", "the", "allies", "ammunition", "today", "production", "needs",
         "ramp", "up", "and", "Ukraine", "NATO", "defence", "[inaudible]", "Cold [Lake]", "28 months",
         "Türkiye’s", "don't", "e.g.", "U.S.", "two-and-a-half", "$350 billion"]

names = st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)).map(" ".join)


@st.composite
def sentence(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=9))
    # a colon in the sentence, after a word in lower case that is not the first and joins no
    # name ("the", "and": "Minister for the Environment"): never where a label could end ("We:"
    # recurring is a one-word label, "We the:" a name the parse may take)
    spots = [i for i, w in enumerate(words[:-1]) if i > 0 and w[0].islower() and w not in ("the", "and")]
    if spots and draw(st.booleans()):
        i = draw(st.sampled_from(spots))
        words[i] += ":"
    text = " ".join(words)
    text = text[0].upper() + text[1:]
    return text + draw(st.sampled_from([".", "?", "..?", "!", ". Thank you."]))


@st.composite
def paragraph(draw):
    lines = draw(st.lists(st.lists(sentence(), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=3))
    if draw(st.integers(0, 5)) == 0:
        lines[0] = "Just two issues:"  # a colon at the end of a prose line
    pad = draw(st.sampled_from(["", " ", "  "]))
    return [line + pad for line in lines]


@st.composite
def turn_text(draw, *, empty_ok=False):
    if empty_ok and draw(st.integers(0, 4)) == 0:
        return []
    return draw(st.lists(paragraph(), min_size=1, max_size=3))


@st.composite
def conference(draw):
    people = draw(st.lists(names, min_size=4, max_size=8, unique=True))
    principal, moderator, journalists = people[0], people[1], people[2:]
    outlets = {j: draw(st.sampled_from(OUTLETS)) for j in journalists}
    with_header = draw(st.booleans())
    p_label = f"NATO Secretary General {principal}"
    m_spellings = [f"NATO Spokesperson, {moderator}:", f"NATO Spokesperson {moderator}:",
                   f"NATO Spokesperson, {moderator}"]
    turns = []  # (label or None, speaker, role, affiliation, kind, exchange, continuation, paragraphs)

    def add(label, speaker, role, affiliation, kind, exchange, cont, paras):
        turns.append((label, speaker, role, affiliation, kind, exchange, cont, paras))

    add(None if with_header else p_label + ":", principal, "principal", "NATO", "statement", 0, False,
        draw(turn_text()))
    # The first moderator label carries its colon, so the colonless spelling is a known person.
    first_call = True
    n_exchanges = draw(st.integers(1, 5))
    for ex in range(1, n_exchanges + 1):
        journalist = draw(st.sampled_from(journalists))
        m_label = m_spellings[0] if first_call else draw(st.sampled_from(m_spellings))
        first_call = False
        add(m_label, moderator, "moderator", "NATO", "call", ex, False, draw(turn_text(empty_ok=True)))
        add(f"{journalist}, {outlets[journalist]}:", journalist, "journalist", outlets[journalist],
            "question", ex, False, draw(turn_text()))
        add(p_label + ":", principal, "principal", "NATO", "answer", ex, False, draw(turn_text()))
        if draw(st.booleans()):
            add(f"{journalist}, {outlets[journalist]}:", journalist, "journalist", outlets[journalist],
                "follow_up", ex, False, draw(turn_text()))
            add(p_label + ":", principal, "principal", "NATO", "answer", ex, False, draw(turn_text()))
        if ex < n_exchanges and draw(st.integers(0, 3)) == 0:  # a call not taken up
            add(draw(st.sampled_from(m_spellings)), moderator, "moderator", "NATO", "call", ex, True,
                draw(turn_text()))
            add(p_label + ":", principal, "principal", "NATO", "answer", ex, True, draw(turn_text()))
    add(draw(st.sampled_from(m_spellings)), moderator, "moderator", "NATO", "closing", None, False,
        draw(turn_text()))

    gap = lambda: [""] * draw(st.integers(1, 3))  # noqa: E731
    lines = []
    if with_header:
        lines += ["Press conference", "", f"by {p_label} ahead of the meeting of NATO Ministers", "",
                  "  • 13 Feb. 2023 -", "  • |", "  • Last updated: 14 Feb. 2023 08:09", "", "(As delivered)", ""]
    for label, *_, paras in turns:
        if label:
            lines.append(label)
        for k, para in enumerate(paras):
            if k:
                lines += gap()
            lines += para
        lines += gap()
    return "\n".join(lines), turns, with_header


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference())
def test_parse_recovers_the_generated_turns(generated):
    source, expected, with_header = generated
    t = presslib.parse_text(source)
    got = list(zip(t.turns["label"], t.turns["speaker"], t.turns["role"], t.turns["affiliation"],
                   t.turns["kind"], t.turns["exchange"].astype(object), t.turns["continuation"],
                   t.turns["text"]))
    want = [(label or "", speaker, role, aff, kind, ex, cont, "\n\n".join("\n".join(p) for p in paras))
            for label, speaker, role, aff, kind, ex, cont, paras in expected]
    got = [tuple(None if (isinstance(v, float) or v is pd.NA) else v for v in row) for row in got]
    assert got == want
    # Lossless: the body's non-blank lines come back, in order, once.
    body = [l.strip() for i, l in enumerate(source.split("\n"), 1)
            if l.strip() and i not in t.meta.header_lines]
    assert [l.strip() for l in rebuild_body(t.turns)] == body
    if with_header:
        assert t.meta.date == "2023-02-13"
