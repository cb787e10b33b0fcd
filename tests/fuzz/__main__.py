"""Fuzz the parser for a while: ``python -m tests.fuzz [--minutes M | --examples N] [--seed S]``.

Runs :func:`tests.fuzz.target.check` on inputs drawn by hypothesis, in rounds of
``--round`` examples, each round with its own seed, until the time or the number of examples
is reached. A failing input is shrunk by hypothesis, printed and saved in ``--findings``
(default: ``presslib-fuzz-findings`` in the temporary folder) as ``<round>.bin``; the run goes on with the next round. Prints
how many inputs ran, how many were refused (PresslibError) and the failures. Exit status 1
when any failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from .target import check, inputs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, help="run this long (default: 1)")
    parser.add_argument("--examples", type=int, help="run this many inputs instead")
    parser.add_argument("--round", type=int, default=500, help="inputs per round (default 500)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the first round (default: random)")
    parser.add_argument("--findings", default=str(Path(tempfile.gettempdir()) / "presslib-fuzz-findings"),
                        help="where to save failing inputs (default: presslib-fuzz-findings in the temporary folder)")
    args = parser.parse_args(argv)
    deadline = time.monotonic() + 60 * (args.minutes if args.minutes is not None else 1)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    counts = {"inputs": 0, "refused": 0}
    failures = []
    start = time.monotonic()
    while True:
        if args.examples is not None and counts["inputs"] >= args.examples:
            break
        if args.examples is None and time.monotonic() >= deadline:
            break
        size = args.round if args.examples is None else min(args.round, args.examples - counts["inputs"])
        last = {}

        @settings(max_examples=size, deadline=None, database=None, derandomize=False,
                  phases=(Phase.generate, Phase.shrink),
                  suppress_health_check=list(HealthCheck), print_blob=True)
        @given(inputs())
        def round_(data):
            last["data"] = data
            counts["inputs"] += 1
            if check(data) is None:
                counts["refused"] += 1

        try:
            from hypothesis import seed as hseed

            hseed(seed)(round_)()
        except Exception:  # a property failed: hypothesis has shrunk it and re-raised
            out = Path(args.findings)
            out.mkdir(parents=True, exist_ok=True)
            data = last.get("data", b"")
            raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
            (out / f"{seed}.bin").write_bytes(raw)
            failures.append((seed, traceback.format_exc(limit=3)))
            print(f"round with seed {seed}: FAILED, input saved in {out / f'{seed}.bin'}", file=sys.stderr)
            print(failures[-1][1], file=sys.stderr)
        seed = (seed + 1) % 2**32
        elapsed = time.monotonic() - start
        print(f"{counts['inputs']:,} inputs ({counts['refused']:,} refused with a PresslibError), "
              f"{len(failures)} failure(s), {elapsed:.0f} s", file=sys.stderr, flush=True)
    print(f"fuzz: {counts['inputs']:,} inputs, {counts['refused']:,} refused with a PresslibError, "
          f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
