"""One scenario end to end: `returnaudit run` against the same flow hand-written with Playwright.

Both run as cold processes, alternating, against the demo server; prints the medians and the
median of the per-pair ratios (the machines are noisy: only ratios from one run mean much).
Also times `returnaudit --help` and `returnaudit validate` (targets: under 0.3 s).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from returnaudit.demo.server import demo_root, serve

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    scenario = ROOT / "scenarios" / "northwind.yaml"
    with serve(demo_root()) as base, tempfile.TemporaryDirectory() as tmp:
        floor_cmd = [sys.executable, str(ROOT / "benchmarks" / "_floor_northwind.py"), base]
        tool_cmd = [str(BIN / "returnaudit"), "run", str(scenario), "--base-url", base,
                    "--quiet", "--json", f"{tmp}/r.json"]
        timed(floor_cmd), timed(tool_cmd)  # warm the page cache once
        floors, tools = [], []
        for _ in range(ROUNDS):
            floors.append(timed(floor_cmd))
            tools.append(timed(tool_cmd))
    ratios = [t / f for t, f in zip(tools, floors, strict=True)]
    helps = [timed([str(BIN / "returnaudit"), "--help"]) for _ in range(10)]
    validates = [timed([str(BIN / "returnaudit"), "validate", str(scenario)]) for _ in range(10)]
    print(f"northwind flow, {ROUNDS} alternating rounds (cold processes):")
    print(f"  hand-written Playwright floor  median {statistics.median(floors):.2f} s")
    print(f"  returnaudit run                median {statistics.median(tools):.2f} s")
    print(f"  ratio (median of pairs)        {statistics.median(ratios):.2f}x  (target <= 1.25x)")
    print(f"returnaudit --help               median {statistics.median(helps):.3f} s  "
          "(target < 0.3 s)")
    print(f"returnaudit validate             median {statistics.median(validates):.3f} s  "
          "(target < 0.3 s)")


if __name__ == "__main__":
    main()
