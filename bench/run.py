"""`make bench`: speed and memory figures for presslib on this machine. Prints; asserts nothing.

    python bench/run.py [corpus] [import] [report]      (all three by default)

- corpus: a folder of real transcripts, at least 1,000 files and 40 MB (the White House
  briefing room's 1,154 press briefings serve: see CORPUS below). Side by side in one run:
  a bare line scan of the same files (read, decode, every line tried against a label
  pattern: the least a line-based parser does), `load_corpus` in one process and in one per
  core (wall and CPU time, fastest of three, all three printed), the ratio of the one-process
  parse to the line scan, and the peak resident memory of the parse (the parent's and its
  workers', measured in a fresh process) against the corpus's size on disk;
- import: `import presslib` beside `import pandas`, each in fresh processes (median of 7);
- report: `presslib report` into a temporary folder, each notebook's time and the total.

The machine's load average is printed beside the figures: wall times on a shared machine are
noisy, CPU times less so.
"""

from __future__ import annotations

import glob
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
ROOT = Path(__file__).resolve().parents[1]
# The corpus: $PRESSLIB_BENCH_CORPUS, else bench/data/ (git-ignored). To make it, copy the
# press-briefings/ folder of https://github.com/brian14708/wh-briefings (CC0; 1,154 briefings,
# 47 MB) there, e.g. `git clone --depth 1 https://github.com/brian14708/wh-briefings /tmp/wh &&
# cp -r /tmp/wh/press-briefings bench/data/`.
CORPUS = Path(os.environ.get("PRESSLIB_BENCH_CORPUS") or ROOT / "bench" / "data")
_LABEL = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’\- ]{1,40}:|Q[ \t\xa0]{2,})")


def corpus_files() -> list[str]:
    files = sorted(f for f in glob.glob(str(CORPUS / "**" / "*"), recursive=True)
                   if os.path.isfile(f) and f.endswith((".md", ".txt", ".html", ".xml")))
    if not files:
        sys.exit(f"no corpus in {CORPUS}: see CORPUS in bench/run.py for how to make one")
    return files


def line_scan(files: list[str]) -> int:
    """Read and decode every file and try every line against a label pattern."""
    hits = 0
    for f in files:
        with open(f, "rb") as handle:
            text = handle.read().decode("utf-8", "replace")
        for line in text.split("\n"):
            if _LABEL.match(line):
                hits += 1
    return hits


def timed(fn, runs: int = 3) -> tuple[float, float, list[float]]:
    """(best wall, its CPU, all walls) of ``runs`` calls of ``fn`` (CPU of this process and
    its finished children)."""
    best = (float("inf"), 0.0)
    walls = []
    for _ in range(runs):
        cpu0 = _cpu()
        wall = time.perf_counter()
        fn()
        wall = time.perf_counter() - wall
        walls.append(wall)
        if wall < best[0]:
            best = (wall, _cpu() - cpu0)
    return best[0], best[1], walls


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


_PEAK = """
import resource, sys, warnings
warnings.simplefilter("ignore")
import presslib
files = sys.argv[2:]
turns, meta = presslib.load_corpus(files, jobs=int(sys.argv[1]), errors="collect")
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(me, kids, len(turns))
"""


def peak_memory(files: list[str], jobs: int) -> tuple[int, int]:
    """Peak resident kilobytes of a fresh process parsing ``files``, and of its largest worker."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(files))
    try:
        out = subprocess.run([PY, "-c", _PEAK.replace("sys.argv[2:]", f"open({listing.name!r}).read().split(chr(10))"),
                              str(jobs)], capture_output=True, text=True, check=True).stdout.split()
    finally:
        os.unlink(listing.name)
    return int(out[0]), int(out[1])


def bench_corpus() -> None:
    import warnings

    import presslib

    files = corpus_files()
    size = sum(os.path.getsize(f) for f in files) / 1e6
    cores = os.cpu_count() or 1
    print(f"corpus: {len(files):,} files, {size:.1f} MB in {CORPUS} (load average {os.getloadavg()[0]:.1f})")
    scan, scan_cpu, scan_runs = timed(lambda: line_scan(files))
    print(f"  bare line scan        {scan:6.2f} s  ({size / scan:5.1f} MB/s; runs {_runs(scan_runs)})")
    warnings.simplefilter("ignore")
    rows = {}
    for jobs in (1, cores):
        wall, cpu, runs = timed(lambda: presslib.load_corpus(files, jobs=jobs, errors="collect"))
        rows[jobs] = wall
        print(f"  parse, {jobs} process{'es' if jobs > 1 else '  '}    {wall:6.2f} s  ({size / wall:5.1f} MB/s; "
              f"CPU {cpu:.2f} s; runs {_runs(runs)})")
    print(f"  one-process parse / line scan: {rows[1] / scan:.1f}x   (target: within 4x)")
    print(f"  {cores} processes: {size / rows[cores]:.1f} MB/s   (target: at least 30 MB/s on 2 cores)")
    for jobs in (1, cores):
        me, kids = peak_memory(files, jobs)
        total = me + (kids * (jobs if jobs > 1 else 0))
        print(f"  peak memory, {jobs} process{'es' if jobs > 1 else ''}: parent {me / 1e3:.0f} MB, largest worker "
              f"{kids / 1e3:.0f} MB; parent + workers at most {total / 1e3:.0f} MB = "
              f"{total / 1e3 / size:.1f}x the corpus   (target: under 3x)")


def _runs(runs: list[float]) -> str:
    return ", ".join(f"{r:.2f}" for r in runs)


def _fresh_import_seconds(statement: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
    return statistics.median(times)


def bench_import() -> None:
    pandas = _fresh_import_seconds("import pandas")
    both = _fresh_import_seconds("import pandas; import presslib")
    print(f"import: pandas {pandas:.3f} s; pandas + presslib {both:.3f} s (+{both - pandas:.3f} s; "
          f"target under +0.1 s)")


def bench_report() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cpu0 = _cpu()
        start = time.perf_counter()
        run = subprocess.run([str(Path(PY).parent / "presslib"), "report", "-o", tmp], check=True,
                             capture_output=True, text=True)
        wall = time.perf_counter() - start
    print(f"report: {wall:.1f} s wall, {_cpu() - cpu0:.1f} s CPU (load average {os.getloadavg()[0]:.1f})")
    for line in (run.stdout + run.stderr).splitlines():
        if re.search(r"\d+(?:\.\d+)? ?s\b", line):
            print(f"  {line.strip()}")


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["import", "corpus", "report"]
    for name in wanted:
        {"corpus": bench_corpus, "import": bench_import, "report": bench_report}[name]()
