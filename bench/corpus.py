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
