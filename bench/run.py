"""`make bench`: speed and memory figures for presslib on this machine. Prints; asserts nothing.

    python bench/run.py [corpus] [stream] [jobs] [import] [report]      (all by default)

- corpus: a folder of real transcripts, at least 1,000 files and 40 MB (the White House
  briefing room's 1,154 press briefings serve: see CORPUS below). Side by side in one run:
  a bare line scan of the same files (read, decode, every line tried against a label
  pattern: the least a line-based parser does), `load_corpus` in one process and in one per
  core (wall and CPU time, fastest of three, all three printed), the ratio of the one-process
  parse to the line scan, and the peak resident memory of the parse (the parent's and its
  workers', measured in a fresh process) against the corpus's size on disk;
  The ConvoKit export of the parsed corpus is timed beside the one-process parse (target:
  within 1.5x);
- stream: `presslib parse CORPUS -o x.parquet` (batches streamed to Parquet) on the corpus
  repeated 1 and 4 times (PRESSLIB_BENCH_SCALES, e.g. "1,4,16": the copies are hard
  links in a temporary folder), its wall time and the peak memory of all its processes
  together, sampled from /proc (resident and proportional set sizes; target: 600 MB at 16x);
- jobs: one process against two on corpora of 16, 64, 256 files and the whole corpus, the
  measurement behind the default number of processes (`presslib.parse.corpus.default_jobs`);
- import: `import presslib` beside `import pandas`, each in fresh processes (median of 7);
- report: `presslib report` into a temporary folder, each notebook's time and the total, for
  all the notebooks and for the six (00-05) the target was set on.

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
import sys, warnings
warnings.simplefilter("ignore")
import presslib
files = open(sys.argv[2]).read().split(chr(10))
turns, meta = presslib.load_corpus(files, jobs=int(sys.argv[1]), errors="collect")
"""


def peak_memory(files: list[str], jobs: int) -> tuple[int, int]:
    """Peak memory (kB, resident and proportional) of a fresh process loading ``files`` into
    one table with ``jobs`` processes, its workers included (see :func:`peak_tree_memory`)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(files))
    try:
        _, rss, pss = peak_tree_memory([PY, "-c", _PEAK, str(jobs), listing.name])
    finally:
        os.unlink(listing.name)
    return rss, pss


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
    bench_convokit(files, rows[1])
    print(f"  {cores} processes: {size / rows[cores]:.1f} MB/s   (target: at least 30 MB/s on 2 cores)")
    for jobs in (1, cores):
        rss, pss = peak_memory(files, jobs)
        print(f"  peak memory, load_corpus in {jobs} process{'es' if jobs > 1 else ''}: {pss / 1e3:.0f} MB "
              f"proportional ({rss / 1e3:.0f} MB resident) for all processes = {pss / 1e3 / size:.1f}x the "
              f"corpus   (the whole table in memory; `parse -o` streams: see stream)")


def bench_convokit(files: list[str], parse_seconds: float) -> None:
    """The ConvoKit export of the parsed corpus, beside the time the parse took."""
    import warnings

    import presslib
    from presslib.io.convokit import write_convokit

    warnings.simplefilter("ignore")
    turns, meta = presslib.load_corpus(files, jobs=1, errors="collect")
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu, runs = timed(lambda: write_convokit(turns, Path(tmp) / "convokit", meta=meta))
    print(f"  ConvoKit export       {wall:6.2f} s  ({len(turns):,} utterances; runs {_runs(runs)}); "
          f"{wall / parse_seconds:.2f}x the one-process parse   (target: within 1.5x)")


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _memory_kb(pid: int) -> tuple[int, int]:
    """(resident, proportional) set size of one process in kB; shared pages count once in the
    proportional sum of several processes."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    fields = dict(line.split(":", 1) for line in text.splitlines()[1:] if ":" in line)
    return int(fields.get("Rss", "0 kB").split()[0]), int(fields.get("Pss", "0 kB").split()[0])


def peak_tree_memory(command: list[str]) -> tuple[float, int, int]:
    """Run ``command``; return its wall time and the peak, over samples every 0.1 s, of the
    summed resident and proportional set sizes (kB) of it and all its descendants."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rss = pss = 0
    while proc.poll() is None:
        sizes = [_memory_kb(p) for p in _tree(proc.pid)]
        rss, pss = max(rss, sum(r for r, _ in sizes)), max(pss, sum(p for _, p in sizes))
        time.sleep(0.1)
    return time.perf_counter() - start, rss, pss


def scaled_corpus(files: list[str], times: int, folder: Path) -> Path:
    """A folder holding ``times`` copies of the corpus (copy00/, copy01/, ...): hard links where
    the file system allows, else copies (not symbolic links: presslib reads a file named twice
    through links once)."""
    import shutil

    for k in range(times):
        for f in files:
            link = folder / f"copy{k:02d}" / os.path.relpath(f, CORPUS)
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(f, link)
            except OSError:
                shutil.copy(f, link)
    return folder


def bench_stream() -> None:
    if not Path("/proc/self/smaps_rollup").exists():
        print("stream: needs /proc (Linux); skipped")
        return
    files = corpus_files()
    size = sum(os.path.getsize(f) for f in files) / 1e6
    scales = [int(x) for x in os.environ.get("PRESSLIB_BENCH_SCALES", "1,4").split(",")]
    presslib_cmd = str(Path(PY).parent / "presslib")
    print(f"stream: presslib parse FOLDER -o x.parquet, the corpus repeated (load average {os.getloadavg()[0]:.1f})")
    for times in scales:
        with tempfile.TemporaryDirectory() as tmp:
            folder = scaled_corpus(files, times, Path(tmp) / "corpus")
            wall, rss, pss = peak_tree_memory([presslib_cmd, "parse", str(folder), "-o", str(Path(tmp) / "t.parquet"),
                                               "--no-progress"])
            out = os.path.getsize(Path(tmp) / "t.parquet") / 1e6 if (Path(tmp) / "t.parquet").exists() else 0
        print(f"  {times:2d}x ({len(files) * times:,} files, {size * times:,.0f} MB): {wall:6.1f} s "
              f"({wall / times:5.1f} s per corpus), peak memory of all processes {pss / 1e3:,.0f} MB "
              f"proportional, {rss / 1e3:,.0f} MB resident; Parquet {out:,.0f} MB   (target: 600 MB at 16x)")


def bench_jobs() -> None:
    """One process against two, on corpora of several sizes: what default_jobs is set by."""
    import warnings

    import presslib

    warnings.simplefilter("ignore")
    files = corpus_files()
    print(f"jobs: one process against two (load average {os.getloadavg()[0]:.1f})")
    for n in (16, 64, 256, len(files)):
        part = files[:n]
        size = sum(os.path.getsize(f) for f in part) / 1e6
        one, one_cpu, _ = timed(lambda: presslib.load_corpus(part, jobs=1, errors="collect"))
        two, two_cpu, _ = timed(lambda: presslib.load_corpus(part, jobs=2, errors="collect"))
        print(f"  {n:5,} files ({size:5.1f} MB): 1 process {one:6.2f} s (CPU {one_cpu:.2f}), 2 processes "
              f"{two:6.2f} s (CPU {two_cpu:.2f}): {one / two:.2f}x faster with 2; default "
              f"{presslib.parse.corpus.default_jobs([Path(f) for f in part])}")


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
    """``presslib report`` into a temporary folder: all the notebooks, then the six (00-05)
    that the report's speed target was set on, before notebook 06 was written."""
    six = [arg for n in range(6) for arg in ("--only", f"{n:02d}-")]
    for what, only in (("all notebooks", []), ("notebooks 00-05", six)):
        with tempfile.TemporaryDirectory() as tmp:
            cpu0 = _cpu()
            start = time.perf_counter()
            run = subprocess.run([str(Path(PY).parent / "presslib"), "report", "-o", tmp, *only],
                                 check=True, capture_output=True, text=True)
            wall = time.perf_counter() - start
        print(f"report, {what}: {wall:.1f} s wall, {_cpu() - cpu0:.1f} s CPU "
              f"(load average {os.getloadavg()[0]:.1f})")
        for line in (run.stdout + run.stderr).splitlines():
            if re.search(r"\d+(?:\.\d+)? ?s\b", line):
                print(f"  {line.strip()}")


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["import", "corpus", "stream", "jobs", "report"]
    for name in wanted:
        {"corpus": bench_corpus, "stream": bench_stream, "jobs": bench_jobs, "import": bench_import,
         "report": bench_report}[name]()
