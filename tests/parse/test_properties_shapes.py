"""Property: generated transcripts in each label shape parse back to the turns they were made of.

One conference is drawn (a principal's statement, then exchanges: a call, a question, an
answer, maybe a follow-up) and printed in a shape of the wild: capitals and a full stop with a
PDF's page headers in the middle of turns (the Fed's), a name and a colon with "Question:" for
the journalists (the Kremlin's), a name and a role on a line of their own under an operator
(an earnings call's), capitals and a colon glued to the sentence before them (text scraped from
a page), and labels in HTML markup. The parse must find each turn, its label, its text, its
speaker's role and kind, and lose no line.
"""

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import presslib

from ..conftest import lossless

FIRST = ["Anna", "Bertil", "Chiara", "Dmytro", "Fatma", "Gustav", "Hana", "Ivo", "Lena", "Marek",
         "Nora", "Oskar", "Piet", "Sanne"]
LAST = ["Achterberg", "Brun", "Costa", "Güldener", "Åström", "Horvat", "Ionescu", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Novák", "Okafor", "Petrov"]
WORDS = ["we", "will", "support", "the", "allies", "ammunition", "today", "production", "needs",
         "ramp", "up", "and", "defence", "inflation", "rates", "policy", "growth", "the", "market"]
FIRMS = ["Morgan Stanley", "Goldman Sachs", "Barclays", "Jefferies"]


@st.composite
def sentences(draw, n_min, n_max, *, end="."):
    out = []
    for _ in range(draw(st.integers(n_min, n_max))):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=10))
        out.append(" ".join(words).capitalize() + end)
    return " ".join(out)


@st.composite
def conference(draw):
    """``(people, turns)``: turns are ``(person, role, kind, text)``; the answers long, the
    questions ending with a question mark, the calls naming who asks."""
    names = draw(st.lists(st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)), min_size=4,
                          max_size=6, unique_by=lambda n: n[1]))
    principal, moderator, *journalists = names
    turns = [(principal, "principal", "statement", draw(sentences(6, 9)))]
    for _ in range(draw(st.integers(1, 4))):
        asker = draw(st.sampled_from(journalists))
        turns.append((moderator, "moderator", "call", f"Go ahead, {asker[0]}."))
        turns.append((asker, "journalist", "question", draw(sentences(1, 2)) + " " + draw(sentences(1, 1, end="?"))))
        turns.append((principal, "principal", "answer", draw(sentences(5, 8))))
        if draw(st.booleans()):
            turns.append((asker, "journalist", "follow_up", "And " + draw(sentences(1, 1, end="?")).lower()))
            turns.append((principal, "principal", "answer", draw(sentences(5, 8))))
    return principal, moderator, journalists, turns


def wrap(text, width=70):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def check(source, turns, labels, *, suffix=".txt", tmp_path=None):
    if tmp_path is not None:
        path = tmp_path / f"generated{suffix}"
        path.write_text(source, encoding="utf-8")
        t = presslib.load_transcript(path)
        text = presslib.io.read_source(path).text
    else:
        t = presslib.parse_text(source)
        text = source
    got = t.turns
    assert len(got) == len(turns), (got[["label", "role", "kind"]].to_string(), t.meta.readings)
    assert [re.sub(r"\s+", " ", x) for x in got["label"]] == labels
    assert got["role"].tolist() == [r for _, r, _, _ in turns]
    assert got["kind"].tolist() == [k for _, _, k, _ in turns]
    assert [" ".join(x.split()) for x in got["text"]] == [" ".join(x.split()) for *_, x in turns]
    # one person, one speaker
    by_person = {}
    for (person, *_), speaker in zip(turns, got["speaker"]):
        assert by_person.setdefault(person, speaker) == speaker
    assert len(set(by_person.values())) == len(by_person)
    lossless(text, got, t.meta)
    return t


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference(), st.integers(3, 6), st.sampled_from(["Page {} of 40", "{} of 40"]))
def test_capitals_and_a_full_stop_with_page_headers(generated, pages, counter):
    # The Fed's press-conference PDFs: "CHAIR POWELL. Good afternoon." and every so many lines
    # the page's running header, in the middle of a turn or not, its page counter "Page 3 of 26"
    # (Powell's) or "3 of 26" (Bernanke's).
    principal, moderator, journalists, turns = generated
    label = {principal: f"CHAIR {principal[1].upper()}."}
    label.update({p: f"{p[0].upper()} {p[1].upper()}." for p in [moderator, *journalists]})
    lines = [f"Transcript of Chair {principal[1]}'s Press Conference", "March 3, 2023", ""]
    for person, _, _, text in turns:
        body = wrap(f"{label[person]} {text}")
        lines += body + [""]
    out, page = [], 1
    page_lines = max(4, len(lines) // pages)
    for k, line in enumerate(lines):
        out.append(line)
        if k and k % page_lines == 0:
            page += 1
            out += [f"March 3, 2023 Chair {principal[1]}'s Press Conference FINAL", counter.format(page), ""]
    source = "\n".join(out) + "\n"
    t = check(source, turns, [label[p] for p, *_ in turns])
    assert t.meta.convention == "caps-stop"
    assert all(a.startswith("March 3, 2023 Chair") or a == counter.format(a.split()[-3]) for a in t.meta.asides)
    assert len(t.meta.asides) == 2 * (page - 1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference())
def test_a_name_and_a_colon_with_question_labels(generated):
    # The Kremlin's transcripts: "Vladimir Putin: ..." and "Question: ..." for every journalist.
    principal, moderator, journalists, turns = generated
    label = {principal: f"{principal[0]} {principal[1]}:", moderator: f"{moderator[0]} {moderator[1]}:"}
    label.update({p: "Question:" for p in journalists})
    source = f"News conference of {principal[0]} {principal[1]}\n\n" + "\n\n".join(
        f"{label[p]} {text}" for p, _, _, text in turns) + "\n"
    # journalists are one collective "Question" label: the call names who asks, so the speaker
    # is the name the call gives
    t = check(source, [(p if p not in journalists else ("Q", p[0]), r, k, x) for p, r, k, x in turns],
              [label[p] for p, *_ in turns])
    assert t.meta.convention == "name-colon"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference(), st.sampled_from(FIRMS))
def test_a_name_and_a_role_on_their_own_line(generated, firm):
    # An earnings call as the Motley Fool prints it: "Name -- Role" alone on its line, an
    # "Operator" who gives the floor, analysts as "Name -- Firm -- Analyst".
    principal, moderator, journalists, turns = generated
    label = {principal: f"{principal[0]} {principal[1]} -- Chief Executive Officer", moderator: "Operator"}
    label.update({p: f"{p[0]} {p[1]} -- {firm} -- Analyst" for p in journalists})
    lines = ["Prepared Remarks:", ""]
    for person, _, _, text in turns:
        lines += [label[person], "", *wrap(text), ""]
    t = check("\n".join(lines) + "\n", turns, [label[p] for p, *_ in turns])
    assert t.meta.convention == "name-dash"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference(), st.lists(st.booleans(), min_size=20, max_size=20))
def test_capitals_glued_to_the_sentence_before(generated, glue):
    # Text scraped from a page: "... in the region.JOURNALIST: Prime Minister, ..."
    principal, moderator, journalists, turns = generated
    label = {principal: "PRIME MINISTER:", moderator: "MODERATOR:"}
    label.update({p: "JOURNALIST:" for p in journalists})
    source = "PRESS CONFERENCE\n\n"
    for k, (person, _, _, text) in enumerate(turns):
        joint = "" if (k and glue[k % 20]) else ("\n\n" if k else "")
        source += f"{joint}{label[person]} {text}"
    source += "\n"
    # (every journalist is JOURNALIST: the speaker is the name the call gives)
    t = check(source, [(p if p not in journalists else ("Q", p[0]), r, k, x) for p, r, k, x in turns],
              [label[p] for p, *_ in turns])
    assert t.meta.convention == "caps"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conference())
def test_labels_in_html_markup(tmp_path_factory, generated):
    # A transcript page: <p><strong>Name:</strong> text</p>, inside an article among menus.
    principal, moderator, journalists, turns = generated
    label = {p: f"{p[0]} {p[1]}:" for p in [principal, moderator, *journalists]}
    body = "\n".join(f"<p><strong>{html.escape(label[p])}</strong> {html.escape(text)}</p>" for p, _, _, text in turns)
    page = (f"<!DOCTYPE html><html><head><title>Press conference</title></head><body>"
            f"<nav><p>Home: News</p><p>Menu: Topics</p></nav><article><h1>Press conference by "
            f"{principal[0]} {principal[1]}</h1>\n{body}\n</article><footer>Contact: press</footer></body></html>")
    t = check(page, turns, [label[p] for p, *_ in turns], suffix=".html", tmp_path=tmp_path_factory.mktemp("html"))
    assert t.meta.form == "html"
