"""Build a benchmark corpus by varying the bundled transcript (deterministic, seeded)."""

from __future__ import annotations

import random
from pathlib import Path

from presslib import paths

FIRST = ["Anna", "Bertil", "Chiara", "Dmytro", "Émile", "Fatma", "Gustav", "Hana", "Ivo", "Júlia",
         "Kai", "Lena", "Marek", "Nora", "Oskar", "Piet", "Rui", "Sanne", "Tomasz", "Ulla"]
LAST = ["Achterberg", "Brun", "Costa", "Dąbrowski", "Eriksen", "Fontaine", "Güldener", "Horvat",
        "Ionescu", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novák", "Okafor", "Petrov"]


def variants(n: int, *, seed: int = 20230213) -> list[str]:
    """``n`` transcripts: the bundled one with journalists renamed, exchanges reordered and
    dropped, paragraphs repeated or removed, labels respelled and line endings varied."""
    rng = random.Random(seed)
    source = paths.DEFAULT_TRANSCRIPT.read_text(encoding="utf-8")
    head, _, body = source.partition("(As delivered)\n")
    opening, _, qa = body.partition("NATO Spokesperson, Oana Lungescu:\nWe will start")
    qa = "NATO Spokesperson, Oana Lungescu:\nWe will start" + qa
    # Exchanges start at a moderator label followed by a journalist label two lines on.
    blocks = qa.split("\n\nNATO Spokesperson")
    blocks = [blocks[0]] + ["NATO Spokesperson" + b for b in blocks[1:]]
    closing = blocks.pop()
    out = []
    for _ in range(n):
        chosen = [b for b in blocks if rng.random() > 0.2] or blocks[:1]
        rng.shuffle(chosen)
        text = head + "(As delivered)\n" + opening + "\n\n".join(chosen + [closing])
        for old in ("Max Delany", "Sabine Siebold", "Teri Schultz", "Henry Foy", "Lorne Cook"):
            text = text.replace(old, f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        paras = text.split("\n\n")
        keep = [p for p in paras if rng.random() > 0.05 or ":" in p.split("\n")[0]]
        text = "\n\n".join(p + ("\n\n" + p if rng.random() < 0.05 and ":" not in p else "") for p in keep)
        if rng.random() < 0.3:
            text = text.replace("NATO Spokesperson, Oana Lungescu:", "NATO Spokesperson Oana Lungescu:")
        out.append(text)
    return out


def write_corpus(folder: Path, *, megabytes: float = 20.0, seed: int = 20230213) -> list[Path]:
    """Write variants into ``folder`` until they reach ``megabytes``; return the files."""
    folder.mkdir(parents=True, exist_ok=True)
    files, size, i = [], 0, 0
    batch = variants(64, seed=seed)
    while size < megabytes * 1e6:
        text = batch[i % len(batch)]
        path = folder / f"presser_{i:05d}.txt"
        data = text.encode("utf-8")
        if i % 7 == 3:
            data = data.replace(b"\n", b"\r\n")
        path.write_bytes(data)
        files.append(path)
        size += len(data)
        i += 1
    return files


# --------------------------------------------------------------------------- other conventions
# The same press conferences, printed as other conventions print them: generated from the parse
# of each NATO variant, so that every convention's corpus holds the same words.


def _parsed(text: str):
    import presslib

    t = presslib.parse_text(text)
    return t.meta, t.turns


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def as_whitehouse(text: str, rng: random.Random) -> str:
    """White House style: all-caps labels, text on the label's line, wrapped at 72, Q, END."""
    import textwrap

    meta, turns = _parsed(text)
    principal = meta.principal or "Jens Stoltenberg"  # a variant may have lost its "by" line
    surname = principal.split()[-1].upper()
    lines = ["NORTH ATLANTIC TREATY ORGANIZATION", "Office of the Spokesperson", "For Immediate Release",
             "February 13, 2023", "", f"Press Conference by Secretary General {principal}", "",
             "NATO Headquarters, Brussels", "", "2:04 P.M. CET", ""]
    for row in turns.itertuples():
        if row.role == "principal":
            label = f"SECRETARY GENERAL {surname}:"
        elif row.role == "moderator":
            label = "MODERATOR:"
        elif row.role == "journalist":
            label = "Q"
        else:
            label = row.speaker.upper() + ":"
        wrapped = []
        for para in _paragraphs(row.text):
            wrapped += textwrap.wrap(" ".join(para.split()), 72, break_long_words=False,
                                     break_on_hyphens=False) + [""]
        if rng.random() < 0.1 and row.role == "principal":
            wrapped += ["(Laughter.)", ""]
        first = wrapped[0] if wrapped else ""
        gap = "    " if label == "Q" else "  "
        lines.append(f"     {label}{gap}{first}".rstrip())
        lines += wrapped[1:] or [""]
    lines += ["", "                         END                 2:51 P.M. CET", ""]
    return "\n".join(lines)


def as_timestamped(text: str, rng: random.Random) -> str:
    """Timestamped style: 'Name: (mm:ss)' labels, 'Speaker N' journalists, long turns in chunks."""
    meta, turns = _parsed(text)
    lines = [f"{meta.principal or 'Jens Stoltenberg'} Press Conference Transcript: {meta.title}", ""]
    clock, numbers = 0, {}
    for row in turns.itertuples():
        if row.role == "journalist":
            name = f"Speaker {numbers.setdefault(row.speaker, len(numbers) + 2)}"
        else:
            name = row.speaker or meta.principal or "Jens Stoltenberg"
        paras = _paragraphs(row.text) or [""]
        size = rng.choice((2, 3, 4))
        for k in range(0, len(paras), size):
            clock += rng.randint(5, 90)
            lines += [f"{name}: ({clock // 60:02d}:{clock % 60:02d})"]
            for para in paras[k:k + size]:
                if rng.random() < 0.03:
                    para += f" [crosstalk 00:{clock // 60 % 60:02d}:{clock % 60:02d}]"
                lines += [para, ""]
    return "\n".join(lines)


def as_front_matter(text: str, rng: random.Random) -> str:
    """A YAML front matter (title, date, source URL) above the NATO body."""
    head, sep, body = text.partition("(As delivered)\n")
    if not sep:  # a variant that lost its delivery note: the body starts after the dates
        body = text.partition("08:09\n")[2]
    return ("---\ntitle: Pre-ministerial press conference\ndate: 2023-02-13\n"
            "source: https://www.nato.int/cps/en/natohq/opinions_211698.htm\n"
            "speaker: NATO Secretary General Jens Stoltenberg\norganisation: NATO\n---\n" + body)


#: Of every 20 files: 8 NATO, 5 White House, 5 timestamped, 2 front matter.
MIX = ["nato"] * 8 + ["whitehouse"] * 5 + ["timestamped"] * 5 + ["frontmatter"] * 2
_MAKERS = {"nato": lambda text, rng: text, "whitehouse": as_whitehouse,
           "timestamped": as_timestamped, "frontmatter": as_front_matter}


def write_mixed_corpus(folder: Path, *, megabytes: float = 42.0, min_files: int = 1000,
                       seed: int = 20230213) -> list[Path]:
    """Write a corpus across the conventions until it holds ``megabytes`` and ``min_files``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    batch = variants(32, seed=seed)
    styled = {name: [make(text, rng) for text in batch] for name, make in _MAKERS.items()}
    files, size, i = [], 0, 0
    while size < megabytes * 1e6 or len(files) < min_files:
        style = MIX[i % len(MIX)]
        data = styled[style][(i // len(MIX)) % len(batch)].encode("utf-8")
        if i % 7 == 3:
            data = data.replace(b"\n", b"\r\n")
        path = folder / f"{style}_{i:05d}.txt"
        path.write_bytes(data)
        files.append(path)
        size += len(data)
        i += 1
    return files
