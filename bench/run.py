"""`make bench`: speed figures for presslib on this machine. Prints a table; asserts nothing.

- parse throughput: MB/s of `load_corpus` on a >= 20 MB corpus made by varying the bundled
  transcript (files on disk, read and parsed into the full turns table, counts included);
- import time: `import presslib` beside `import pandas`, each in fresh processes (median of 7);
- report time: `presslib report` into a temporary folder (all notebooks, fresh kernels).
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
from corpus import write_corpus  # noqa: E402

PY = sys.executable


def _fresh_import_seconds(statement: str, runs: int = 7) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
             for _ in range(runs)]
    return statistics.median(times)


def bench_parse(megabytes: float = 20.0) -> dict:
    import presslib
    from presslib import text

    text._flag_table()  # built once per process, on first use
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


def main() -> None:
    print(f"presslib benchmarks on {os.cpu_count()} core(s), Python {sys.version.split()[0]}")
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
    print(f"  presslib report (all notebooks): {bench_report():.1f} s   (target < 30 s)")


if __name__ == "__main__":
    main()
