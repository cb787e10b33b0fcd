"""The real-transcript corpus (``tests/data/real/``) and its hand-checked expectations, and how
a parse is scored against them: used by ``tests/test_real_corpus.py`` and by
``python tests/real_corpus.py`` (a per-file report for the closing note)."""

from __future__ import annotations

import re
import sys
import tomllib
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REAL = Path(__file__).parent / "data" / "real"
_TAGS = re.compile(r"<[^>]{0,200}>")
_STAMP = re.compile(r"^\[\d{1,2}(?::\d{2}){1,2}\]\s*|\s*:?\s*\(\d{1,2}(?::\d{2}){1,2}\)\s*:?$")


def expectations(*, transcripts: bool = True) -> list[Path]:
    """Every ``*.expect.toml`` of the corpus, in order: of the transcripts, or (``transcripts``
    false) of the documents that are none, kept to show how presslib refuses or warns."""
    found = sorted(REAL.glob("*/*.expect.toml"))
    return [p for p in found if ("expected" in tomllib.loads(p.read_text(encoding="utf-8"))) != transcripts]


def load(path: Path) -> dict:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data["path"] = path.parent / data["file"]
    data.setdefault("speaker", [])
    return data


def norm(label: str) -> str:
    """A label as the expectations write it: no markup, no final colon or full stop, one space."""
    label = _TAGS.sub("", label).replace("**", "").replace("\xa0", " ")
    label = _STAMP.sub("", label.strip())
    label = " ".join(label.split()).strip().rstrip(":.—–").strip()
    return label.casefold()


@dataclass
class Score:
    file: str
    speakers: int = 0  # expected speakers
    found: int = 0  # ... found with turn counts within 10%
    roles_right: bool = False
    question_turns: tuple[int, int] = (0, 0)  # (expected, found)
    coverage: float = 0.0  # words in turns, of the words that are neither header nor page furniture
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def problems_but_coverage(self) -> list[str]:
        return [p for p in self.problems if not p.startswith("coverage")]

    @property
    def questions_right(self) -> bool:
        want, got = self.question_turns
        return abs(got - want) <= 0.1 * want

    badly_read: bool = False  # a speaker of three turns or more missed, or the questions far off

    @property
    def ok(self) -> bool:
        return (not self.error and self.found == self.speakers and self.roles_right
                and self.questions_right and self.coverage >= 0.98)


def furniture_lines(data: dict, lines: list[str]) -> set[int]:
    """The 1-based lines of ``lines`` that the expectations' ``page_furniture`` patterns match."""
    patterns = [re.compile(p) for p in data.get("page_furniture", [])]
    return {i for i, line in enumerate(lines, 1) if any(p.match(line) for p in patterns)}


def within(found: int, expected: int) -> bool:
    return abs(found - expected) <= 0.1 * expected


def score(data: dict) -> Score:
    """Parse the file and hold its table to the expectations."""
    import presslib
    from presslib.io.read import read_source
    from presslib.parse import parse_source
    from presslib.parse.quality import count_words
    from presslib.table import Transcript, turns_frame

    s = Score(data["file"])
    speakers = data.get("speaker", [])
    s.speakers = len(speakers)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            source = read_source(data["path"])  # read once: parsed, and its lines for the furniture
            meta, cols = parse_source(source, doc_id=Path(data["path"]).stem)
            t = Transcript(meta, turns_frame(cols))
    except presslib.PresslibError as err:
        s.error = str(err)
        return s
    turns = t.turns
    m = t.meta
    # of the words below the header (the header is accounted for, and warned of when long) and
    # outside the running page headers the expectations list (set aside as asides)
    lines = source.text.split("\n")
    furniture = furniture_lines(data, lines) - set(m.header_lines)
    furniture_words = count_words([lines[i - 1] for i in sorted(furniture)])
    s.coverage = (m.words_turns + m.words_labels) / max(1, m.words - m.words_header - furniture_words)
    s.warnings = list(t.meta.warnings)
    labels = [norm(lab) for lab in turns["label"]]
    roles_ok = True
    for sp in speakers:
        want = {norm(lab) for lab in sp["labels"]}
        rows = [i for i, lab in enumerate(labels) if lab in want]
        if sp["name"] == data.get("opening") and data.get("opening"):
            rows += [i for i, lab in enumerate(labels) if lab == "" and i == 0]
        got = len(rows)
        role_counts = Counter(turns["role"].iloc[rows]) if rows else Counter()
        role = role_counts.most_common(1)[0][0] if rows else "-"
        same_person = sp.get("collective") or len(set(turns["speaker"].iloc[rows])) <= 1
        if within(got, sp["turns"]) and same_person:
            s.found += 1
        else:
            s.badly_read |= sp["turns"] >= 3 and not sp.get("collective")
            s.problems.append(f"{sp['name']}: {got} turns, expected {sp['turns']}"
                              + ("" if same_person else " (split across speakers)"))
        if role != sp["role"]:
            roles_ok = False
            s.problems.append(f"{sp['name']}: role {role}, expected {sp['role']}")
    s.roles_right = roles_ok
    s.question_turns = (data["question_turns"], int((turns["role"] == "journalist").sum()))
    s.badly_read |= abs(s.question_turns[1] - s.question_turns[0]) > 0.2 * s.question_turns[0]
    if not s.questions_right:
        s.problems.append(f"question turns {s.question_turns[1]}, expected {s.question_turns[0]}")
    if s.coverage < 0.98:
        s.problems.append(f"coverage {s.coverage:.1%}")
    return s


def main(argv: list[str]) -> int:
    rows = [score(load(p)) for p in expectations() if not argv or any(a in str(p) for a in argv)]
    for r in rows:
        mark = "ok " if r.ok else ("ERR" if r.error else "-- ")
        print(f"{mark} {r.file[:60]:60} speakers {r.found}/{r.speakers} roles {'y' if r.roles_right else 'n'} "
              f"q {r.question_turns[1]}/{r.question_turns[0]} cov {r.coverage:.1%} warn {len(r.warnings)}")
        for p in r.problems + ([r.error] if r.error else []):
            print("       ", p)
        if not r.ok:
            for w in r.warnings:
                print("        warning:", w)
    n = len(rows)
    found = sum(r.found for r in rows)
    total = sum(r.speakers for r in rows)
    print(f"\n{sum(r.ok for r in rows)}/{n} files fully right; speakers {found}/{total} "
          f"({found / max(total, 1):.1%}); roles right in {sum(r.roles_right for r in rows)}/{n}; "
          f"question turns within 10% in {sum(r.questions_right for r in rows)}/{n}; "
          f"coverage >= 98% in {sum(r.coverage >= 0.98 for r in rows)}/{n}; "
          f"badly read: {sum(r.badly_read for r in rows)}, of which without a warning: "
          f"{sum(1 for r in rows if r.badly_read and not r.warnings)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
