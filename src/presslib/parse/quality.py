"""Step 9 of parsing: how well a transcript was read, in figures and warnings.

Every parse says where the words of its text went (turns, header, labels, asides) and warns,
with a line, where the reading looks doubtful, rather than returning a table that is silently
wrong:

- fewer than :data:`LOW_COVERAGE` of the words are in turns, and the rest is substantial
  (:data:`UNACCOUNTED_WORDS` or more);
- the header holds more words than the first three turns (a stray line may have been taken
  for the first label);
- one speaker holds almost all the words of a text full of question marks, with no one asking
  (questions folded into answers?);
- another convention finds many labels where the chosen one reads text;
- labels with no text after them;
- journalist turns that run on long after their last question (an answer's label missed);
- those read as principals ask far more questions than those read as journalists (at least
  :data:`ASKING_PRINCIPALS` times as many, and ten or more: a hearing or a roundtable, where
  who asks whom is not what presslib reads);
- a line shaped like a label but naming a one-word speaker found once (read as text);
- no journalist at all, or no principal.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import WORD_RE

LOW_COVERAGE = 0.9
UNACCOUNTED_WORDS = 150  # (a short gaggle's front matter is a fifth of it, and no sign of trouble)
FOLDED_WORDS = 100
ONE_VOICE = 0.9
ASKING_PRINCIPALS = 3
# Many principals who each say little beside the first: journalists read as answering
# (replying when the principal asks back), as at a president's annual news conference.
MINOR_PRINCIPAL = 0.1
MINOR_PRINCIPALS = 5


def count_words(lines) -> int:
    return sum(len(WORD_RE.findall(line)) for line in lines)


def assess(meta, cols: dict, *, hits, header_text: list[str], runner_up=None, set_aside=(),
           label_lines) -> None:
    """Fill ``meta``'s quality figures and warnings from the parsed columns ``cols``."""
    words = cols["n_words"]
    meta.words_turns = sum(words)
    meta.words_header = count_words(header_text)
    meta.words_labels = count_words(h.printed for h in hits)
    meta.words_asides = count_words(meta.asides)
    meta.words = meta.words_turns + meta.words_header + meta.words_labels + meta.words_asides
    # a turn's label is part of it: the share is of the words in the turns table's rows
    meta.coverage = round((meta.words_turns + meta.words_labels) / meta.words, 4) if meta.words else 0.0
    meta.n_labels = len(hits)
    warn = meta.warnings.append
    first_line = cols["line_start"][0] if cols["line_start"] else 1
    if meta.coverage < LOW_COVERAGE and (1 - meta.coverage) * meta.words >= UNACCOUNTED_WORDS:
        warn(f"line {first_line}: only {meta.coverage:.0%} of the words are in turns "
             f"(header {_share(meta.words_header, meta.words)}, asides {_share(meta.words_asides, meta.words)})")
    first_turns = sum(words[:3])
    if meta.words_header > max(first_turns, 150):
        warn(f"line {meta.header_lines[0] if meta.header_lines else 1}: the header ({meta.words_header} words) "
             f"is longer than the first three turns ({first_turns}); is the first label right?")
    roles = cols["role"]
    by_speaker = Counter()
    for speaker, n in zip(cols["speaker"], words):
        by_speaker[speaker] += n
    if by_speaker and meta.words_turns:
        speaker, n = by_speaker.most_common(1)[0]
        asked = sum(q for q, s in zip(cols["n_questions"], cols["speaker"]) if s == speaker)
        if n / meta.words_turns >= ONE_VOICE and asked >= 5 and "journalist" not in roles and len(words) >= 3:
            warn(f"line {first_line}: {speaker} holds {n / meta.words_turns:.0%} of the words and asks "
                 f"{asked} questions, and no one else asks: are questions folded into answers?")
    if runner_up is not None:
        ours = {h.pos for h in hits}
        theirs = [h for h in runner_up.hits if not _near(h.pos, ours)]
        if len(theirs) >= max(3, len(hits) // 5):
            line = label_lines(theirs[0].pos)
            warn(f"line {line}: {len(theirs)} lines read as text look like labels in the "
                 f"{runner_up.convention.name} convention (such as {theirs[0].printed!r})")
    asked = Counter()
    for role, q in zip(roles, cols["n_questions"]):
        asked[role] += q
    if "journalist" in roles and asked["principal"] >= 10 \
            and asked["principal"] >= ASKING_PRINCIPALS * asked["journalist"]:
        warn(f"line {first_line}: those read as principals ask {asked['principal']} questions, those "
             f"read as journalists {asked['journalist']}: are the roles the other way round?")
    principal_words = Counter()
    for speaker, role, n in zip(cols["speaker"], roles, words):
        if role == "principal":
            principal_words[speaker] += n
    if principal_words:
        lead, most = principal_words.most_common(1)[0]
        minor = [s for s, n in principal_words.items() if s != lead and n < MINOR_PRINCIPAL * most]
        if len(minor) >= MINOR_PRINCIPALS:
            where = cols["line_start"][cols["speaker"].index(minor[0])]
            warn(f"line {where}: {len(minor)} speakers read as principals say less than a tenth of what "
                 f"{lead} says (such as {minor[0]}): are some of them journalists who reply or argue?")
    if set_aside:
        shown = ", ".join(repr(h.printed) for h in set_aside[:3]) + (" ..." if len(set_aside) > 3 else "")
        warn(f"line {label_lines(set_aside[0].pos)}: {len(set_aside)} line(s) shaped like a label but "
             f"naming a one-word speaker found once were read as text: {shown}")
    folded = [ls for ls, role, text in zip(cols["line_start"], roles, cols["text"])
              if role == "journalist" and "?" in text and _words_after_question(text) >= FOLDED_WORDS]
    if folded:
        warn(f"line {folded[0]}: {len(folded)} journalist turn(s) run on for {FOLDED_WORDS} words or more "
             f"after their last question: is an answer's label missing?")
    unread = _names_inside(cols)
    if unread:
        line, name = unread[0]
        warn(f"line {line}: {len(unread)} paragraph(s) inside a turn (the first in the turn starting here) open "
             f"with another speaker's name ({name!r}): a label the convention did not read?")
    empty = [ls for ls, w, lab in zip(cols["line_start"], words, cols["label"]) if lab and not w]
    if empty and len(empty) >= max(2, len(words) // 10):
        warn(f"line {empty[0]}: {len(empty)} labels have no text after them")
    if len(words) == 1:
        warn(f"line {first_line}: one turn only: remarks by one speaker, no press conference?")
    elif len(words) >= 4 and "journalist" not in roles:
        warn(f"line {first_line}: no one asks questions (no journalist found among "
             f"{len(set(cols['speaker']))} speakers)")
    if "principal" not in roles:
        warn(f"line {first_line}: no principal found (no one answers)")


def _names_inside(cols: dict) -> list[tuple[int, str]]:
    """(the turn's first line, the name as printed) for each paragraph inside a turn's text (not
    its first) that opens with the full name of another speaker of the transcript, "." or ":"
    and more text ("Sebastian Kurz. Thank you"), as an unread label would."""
    names = sorted({s for s in cols["speaker"] if isinstance(s, str) and len(s.split()) >= 2}, key=len, reverse=True)
    if not names:
        return []
    opening = re.compile(r"(?:%s)[.:](?=[ \t\xa0]++\S)" % "|".join(map(re.escape, names)))
    found = []
    for start, speaker, text in zip(cols["line_start"], cols["speaker"], cols["text"]):
        lines = str(text).split("\n")
        for before, line in zip(lines, lines[1:]):
            m = opening.match(line.lstrip()) if not before.strip() else None  # a paragraph's start
            if m and m.group()[:-1] != str(speaker):  # another speaker's name, not a prefix of it
                found.append((start, m.group()))
    return found


def _words_after_question(text: str) -> int:
    return len(WORD_RE.findall(text, text.rfind("?")))


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "0%"


def _near(pos: int, positions: set[int]) -> bool:
    return pos in positions
