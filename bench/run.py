"""`make bench`: speed figures for presslib on this machine. Prints a table; asserts nothing.

- parse throughput: MB/s of `load_corpus` on a >= 20 MB corpus made by varying the bundled
  transcript (files on disk, read and parsed into the full turns table, counts included);
- import time: `import presslib` beside `import pandas`, each in fresh processes (median of 7);
- report time: `presslib report` into a temporary folder (all notebooks, fresh kernels);
- corpus: >= 1,000 transcripts, >= 40 MB, across the conventions (NATO, White House,
  timestamped, front matter; generated from the NATO variants): MB/s end to end into the turns
  table (wall and CPU time, 1 process and one per core; the fastest of three runs, all three
  printed), peak memory (tracemalloc's peak of
  Python allocations, and the growth of the process's resident size) against the corpus's size
  on disk, and `presslib parse DIR/*.txt -o corpus.parquet` wall time, process start included.
  The machine's load average is printed beside the figures: wall times on a shared machine
  are noisy, CPU times less so.

`python bench/run.py corpus` runs the corpus benchmark alone.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_corpus, write_mixed_corpus  # noqa: E402

PY = sys.executable


def _fresh_import_seconds(statement: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
    return statistics.median(times)


def bench_parse(megabytes: float = 20.0) -> dict:
    import presslib

    with tempfile.TemporaryDirectory() as tmp:
        files = write_corpus(Path(tmp), megabytes=megabytes)
        size = sum(f.stat().st_size for f in files) / 1e6
        results = {}
        for jobs in (1, os.cpu_count() or 1):
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                turns, _ = presslib.load_corpus(files, jobs=jobs)
                best = min(best, time.perf_counter() - start)
            results[jobs] = best
    return {"files": len(files), "megabytes": size, "turns": len(turns), "seconds": results}


def bench_report() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([str(Path(PY).parent / "presslib"), "report", "-o", tmp], check=True,
                       capture_output=True)
        return time.perf_counter() - start


_MEASURE = """
import json, resource, sys, time, tracemalloc
import presslib
files, jobs, trace = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"  # a glob
import os
# the resident size now (not the high-water mark, which imports may have set higher)
rss0 = int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
if trace:
    tracemalloc.start()
wall, cpu = time.perf_counter(), time.process_time()
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
turns, meta = presslib.load_corpus(files, jobs=jobs)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
kids2 = resource.getrusage(resource.RUSAGE_CHILDREN)
# (untimed) read every text, so that columns mapped from the workers' files count as resident
characters = int(turns["text"].str.len().sum())
cpu_kids = (kids2.ru_utime + kids2.ru_stime) - (kids.ru_utime + kids.ru_stime)
peak = tracemalloc.get_traced_memory()[1] if trace else 0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"wall": wall, "cpu": cpu + cpu_kids, "turns": len(turns), "peak": peak,
                  "rss_growth_kb": rss - rss0, "kids_rss_kb": kids2.ru_maxrss,
                  "conventions": meta["convention"].value_counts().to_dict()}))
"""


def _measure(pattern: str, jobs: int, trace: bool = False) -> dict:
    import json

    out = subprocess.run([PY, "-c", _MEASURE, pattern, str(jobs), "1" if trace else "0"],
                         capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"corpus benchmark failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout)


def bench_corpus() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        files = write_mixed_corpus(folder)
        size = sum(f.stat().st_size for f in files) / 1e6
        load = os.getloadavg()
        print(f"  corpus: {len(files)} files, {size:.1f} MB on disk; load average before: "
              f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} core(s)", flush=True)
        for jobs in sorted({1, os.cpu_count() or 1}):
            runs = [_measure(f"{folder}/*.txt", jobs) for _ in range(3)]
            best = min(runs, key=lambda r: r["wall"])
            spread = ", ".join(f"{r['wall']:.2f}" for r in runs)
            print(f"    load_corpus, {jobs} process(es): {best['wall']:.2f} s wall = "
                  f"{size / best['wall']:.1f} MB/s; CPU {best['cpu']:.2f} s = {size / best['cpu']:.1f} MB/s "
                  f"per core  ({best['turns']:,} turns; target >= 50 MB/s on 2 cores; "
                  f"three runs: {spread} s)")
            if jobs > 1:
                print(f"      memory: main process grew {best['rss_growth_kb'] / 1e3:.0f} MB "
                      f"({best['rss_growth_kb'] / 1e3 / size:.2f}x); largest worker's resident size "
                      f"{best['kids_rss_kb'] / 1e3:.0f} MB (imports included)")
        mem = _measure(f"{folder}/*.txt", 1, trace=True)
        print(f"    peak memory (1 process): tracemalloc {mem['peak'] / 1e6:.0f} MB = "
              f"{mem['peak'] / 1e6 / size:.2f}x the corpus; resident size grew "
              f"{mem['rss_growth_kb'] / 1e3:.0f} MB = {mem['rss_growth_kb'] / 1e3 / size:.2f}x  (target < 3x)")
        print(f"    conventions detected: {mem['conventions']}")
        out = Path(tmp) / "corpus.parquet"
        cmd = f"{Path(PY).parent / 'presslib'} parse {folder}/*.txt -o {out}"
        walls = []
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run(cmd, shell=True, check=True, capture_output=True)
            walls.append(time.perf_counter() - start)
        load = os.getloadavg()
        print(f"    presslib parse DIR/*.txt -o corpus.parquet: {min(walls):.2f} s wall, process start "
              f"included (target < 5 s); load average after: {load[0]:.1f}")


def main() -> None:
    print(f"presslib benchmarks on {os.cpu_count()} core(s), Python {sys.version.split()[0]}", flush=True)
    if sys.argv[1:] == ["corpus"]:
        bench_corpus()
        return
    p = bench_parse()
    for jobs, seconds in p["seconds"].items():
        print(f"  parse {p['megabytes']:.1f} MB ({p['files']} files, {p['turns']:,} turns), "
              f"{jobs} process(es): {seconds:.2f} s = {p['megabytes'] / seconds:.1f} MB/s   (target >= 50 MB/s)")
    pandas_s = _fresh_import_seconds("import pandas")
    presslib_s = _fresh_import_seconds("import presslib")
    print(f"  import pandas: {pandas_s:.3f} s; import presslib: {presslib_s:.3f} s "
          f"(adds {presslib_s - pandas_s:+.3f} s; target < 0.1 s)")
    heavy = subprocess.run([PY, "-c", "import sys, presslib; print(sorted(m for m in ('matplotlib', 'nltk', 'sklearn') if m in sys.modules))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    print(f"  heavy modules loaded by `import presslib`: {heavy}")
    bench_corpus()
    print(f"  presslib report (all notebooks): {bench_report():.1f} s   (target < 30 s)")


if __name__ == "__main__":
    main()
