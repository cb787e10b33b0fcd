"""The fuzz target: transcripts made hostile, and the properties every parse must keep.

Inputs come from three sources, each drawn by hypothesis so that a failure shrinks to a small
example:

- windows of the real transcripts in ``tests/data/real/`` and the bundled NATO transcript
  (whole files too), mutated line by line (lines deleted, repeated, swapped, joined, cased,
  hostile lines inserted) and byte by byte (bytes flipped, inserted, truncated UTF-8, a BOM);
- generated transcripts: labels of every shape presslib reads (``Q``, ``MS. X:``,
  ``Name, Outlet:``, ``**Name:**``, ``<strong>PM:</strong>``, timestamps) and text around them;
- the same as ``str`` with characters no file holds (lone surrogates).

:func:`check` feeds one input to :func:`presslib.parse_text` and asserts the properties:

1. nothing but :class:`~presslib.errors.PresslibError` is raised (warnings are allowed);
2. lossless: every non-blank line of the text is a header line, a label, a line of exactly one
   turn's text, or an aside (``tests/conftest.lossless``), and the words add up;
3. each turn's lines lie inside the file, in order (``1 <= line_start <= line_end <= lines``).
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

from hypothesis import strategies as st

import presslib
from presslib.errors import PresslibError
from presslib.io.read import decode, decode_source
from presslib.parse.quality import count_words

from ..conftest import lossless, normalised

HERE = Path(__file__).resolve().parent
REAL = HERE.parent / "data" / "real"
_TEXT_SUFFIXES = (".txt", ".md", ".html", ".xml")
_WINDOW_LINES = 160  # a window of a real file: enough for a header and a few exchanges


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """The real transcripts' bytes (PDFs left out: their text is pypdf's, not ours to mutate)."""
    files = sorted(p for p in REAL.glob("*/*") if p.suffix in _TEXT_SUFFIXES)
    files.append(presslib.paths.DEFAULT_TRANSCRIPT)
    return tuple(p.read_bytes() for p in files)


@functools.cache
def seed_lines(k: int) -> list[bytes]:
    return seeds()[k].split(b"\n")


# Lines that have broken or could break a line-based parser: labels of every shape, markup,
# front matter, long runs of white space, invisible and line-breaking characters.
HOSTILE_LINES = [
    "Q", "Q.", "Q:", "Q    Thank you.", "QUESTION:", "JOURNALIST:", "Speaker 4:", "MS. JEAN-PIERRE:",
    "MS. JEAN-PIERRE:  Good afternoon.", "CHAIR POWELL.  Thank you.", "THE PRESIDENT:", "Jens Stoltenberg:",
    "Max Delany, AFP:", "NATO Spokesperson, Oana Lungescu", "**Anna Berg:** Hello.", "<strong>PM:</strong> Yes.",
    "<p><b>Q</b> Really?</p>", "Donald Trump: (09:24)", "Tim Cook -- Chief Executive Officer", "END 2:05 P.M. EST",
    "12:01 P.M. EDT", "---", "title: a" + " " * 300 + "b", "by Karine" + " " * 300, "<!---->" * 40, "[inaudible]",
    "(Laughter.)", "Page 3 of 24", "   ", "\t\t", "\u00a0Q:\u00a0", "Q\u2028A", "\u200b", "\ufeffQ:", "He said: yes.",
    ":", "::::", "Q" * 200, "A" * 3000 + ":", "é" * 50 + ":", "MR. SULLIVAN —", "<html>", "</body>", "<?xml version='1.0'?>",
    "%PDF-1.4", "1", "25 Q. Do you?", "Participants:", "Operator:", "[Music]", "MODERATOR:", "?" * 100,
]
HOSTILE_BYTES = [b"\xff", b"\xfe", b"\xc3", b"\xe2\x80", b"\x00", b"\r", b"\r\n", b"\x0b", b"\x0c", b"\x1b[31m",
                 b"\xef\xbb\xbf", b"\xff\xfe", b"\x85", b"\xa0", b"\xed\xa0\x80"]

LABELS = [
    "Q", "Q.", "QUESTION:", "Speaker {n}:", "MS. {UPPER}:", "MR. {UPPER}:", "THE PRESIDENT:", "{Name}:",
    "{Name}, {Outlet}:", "**{Name}:**", "<strong>{Name}:</strong>", "{Name}: ({n:02d}:{n:02d})", "{UPPER}.",
    "{Name} -- {Outlet}",
]
NAMES = ["Anna Berg", "Max Delany", "Jen Psaki", "Karine Jean-Pierre", "José Ñúñez", "O'Brien", "Li Wei", "X"]
OUTLETS = ["AFP", "Reuters", "Deutsche Welle/NPR", "Frankfurter Allgemeine", "CNN", "Ansa"]
WORDS = ["the", "NATO", "will", "we", "Ukraine", "support", "question", "thank", "you", "Mr.", "U.S.", "is",
         "two-and-a-half", "don't", "[inaudible]", "—", "…", "ok", "yes", "no", "1,000", "%"]


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=25))
    end = draw(st.sampled_from([".", "?", "!", "", "...", ":"]))
    return " ".join(words) + end


@st.composite
def generated(draw) -> str:
    """A transcript built from labels of the shapes presslib reads, and sentences."""
    lines = []
    if draw(st.booleans()):
        lines += ["Remarks by the Press Secretary", "March 3, 2023", ""]
    same_line = draw(st.booleans())
    for _ in range(draw(st.integers(0, 14))):
        name = draw(st.sampled_from(NAMES))
        label = draw(st.sampled_from(LABELS)).format(
            n=draw(st.integers(0, 59)), UPPER=name.split()[-1].upper(), Name=name, Outlet=draw(st.sampled_from(OUTLETS)))
        paragraphs = draw(st.lists(sentences(), min_size=0, max_size=3))
        if same_line and paragraphs:
            lines.append(f"{label}  {paragraphs[0]}")
            lines += paragraphs[1:]
        else:
            lines.append(label)
            lines += paragraphs
        lines += [""] * draw(st.integers(0, 2))
    return "\n".join(lines)


MUTATIONS = ("delete", "repeat", "swap", "join", "insert", "upper", "lower", "strip_colon", "byte", "cut")


@st.composite
def mutated(draw) -> bytes:
    """A window of a real transcript (or all of it), mutated a few times."""
    k = draw(st.integers(0, len(seeds()) - 1))
    lines = seed_lines(k)
    if draw(st.integers(0, 9)) == 0:
        lines = list(lines)
    else:
        start = draw(st.integers(0, max(0, len(lines) - 1)))
        lines = lines[start:start + draw(st.integers(1, _WINDOW_LINES))]
    for op in draw(st.lists(st.sampled_from(MUTATIONS), max_size=6)):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i:i + draw(st.integers(1, 5))]
        elif op == "repeat":
            lines[i:i] = [lines[i]] * draw(st.integers(1, 50))
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + draw(st.sampled_from([b"", b" ", b"\t"])) + lines[i + 1]]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(HOSTILE_LINES)).encode("utf-8"))
        elif op == "upper":
            lines[i] = lines[i].upper()
        elif op == "lower":
            lines[i] = lines[i].lower()
        elif op == "strip_colon":
            lines[i] = lines[i].replace(b":", b"")
        elif op == "byte":
            line = lines[i]
            at = draw(st.integers(0, len(line)))
            lines[i] = line[:at] + draw(st.sampled_from(HOSTILE_BYTES)) + line[at + draw(st.integers(0, 1)):]
        elif op == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
    return b"\n".join(lines)


def inputs():
    """Every kind of fuzz input: mutated real transcripts (most), generated ones, odd strings."""
    odd = st.builds(lambda text, at, bad: text[:at] + bad + text[at:], generated(), st.integers(0, 400),
                    st.sampled_from(["\udcff", "\ud800", "\x00", "\u2028", "\u0085", "\r", "\ufeff"]))
    return st.one_of(mutated(), mutated(), mutated(), generated(), generated().map(lambda t: t.encode("utf-8")), odd)


def check(data: str | bytes):
    """Parse ``data`` and assert the properties in the module's docstring; return the
    :class:`~presslib.Transcript`, or ``None`` when the input was refused with a PresslibError."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            t = presslib.parse_text(data, doc_id="fuzz")
        except PresslibError as err:
            assert "\n" not in str(err), f"a multi-line error: {str(err)!r}"
            return None
        raw = data.encode("utf-8") if isinstance(data, str) else data
        source = decode_source(raw)
        decoded = decode(raw)
    m, turns = t.meta, t.turns
    left_out = lossless(source.text, turns, m)
    # the lines left out are the header's (the same lines, compared as a multiset: the check's
    # matching is greedy, and a header line may read as a later label once its white space is
    # gone, "Q<U+2028>UESTION:" as "QUESTION:"), and the header's words are on its lines
    # (header_lines are lines of the file: of the text itself only for a text file)
    if source.form == "text":
        source_lines = source.text.split("\n")
        header = [source_lines[i - 1] for i in m.header_lines if source_lines[i - 1].strip()]
        assert sorted(normalised(left_out)) == sorted(normalised(header)), "lines left out are not the header's"
        assert count_words(header) == m.words_header, "the header's words are not on its lines"
    else:
        assert count_words(left_out) == m.words_header, "words left out are not the header's"
    assert m.words == m.words_turns + m.words_labels + m.words_header + m.words_asides
    # Every word of the source is counted once; a label glued to a sentence's end without a
    # space ("a couple more.Q  Sir") is split off, and the one word the counter reads through
    # the full stop ("more.Q", as it reads "U.S.") becomes two: one more per glued label at most.
    in_source = count_words(source.text.split("\n"))
    assert in_source <= m.words <= in_source + len(m.glued_turns), (m.words, in_source)
    lines = len((source.text if source.form == "pdf" else decoded).split("\n"))
    if len(turns):
        assert turns["line_start"].is_monotonic_increasing, "turns out of order"
        assert (turns["line_start"] >= 1).all() and (turns["line_start"] <= turns["line_end"]).all()
        assert (turns["line_end"] <= lines).all(), f"a turn ends after the file's last line ({lines})"
    return t
