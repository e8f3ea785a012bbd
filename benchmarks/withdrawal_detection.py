"""What the EU withdrawal function's detection adds to an audit of each demo store.

For each demo store, two audit-only scenarios of the same store are run as cold processes, in
turn: one with `store.market: other` (no detection: no link followed, the check not applicable)
and one with `store.market: eu` (the check runs, and the function's link, when there is one, is
followed once and its form read). Prints the medians and the median of the per-pair ratios of
wall time and of CPU time (the whole process tree). Target: detection adds under 10%.

    python benchmarks/withdrawal_detection.py [ROUNDS]
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from returnaudit.demo.server import demo_root, serve

BIN = Path(sys.executable).parent
STORES = ("maison-lumiere", "northwind", "budgetbin")
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 7


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the command and every process it waited for)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=False, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def scenario(folder: Path, base: str, store: str, market: str) -> Path:
    path = folder / f"{store}-{market}.yaml"
    path.write_text(f"version: 1\nname: {store} ({market})\nstore:\n  url: {base}/{store}/\n"
                    f"  market: {market}\n", encoding="utf-8")
    return path


def measure(base: str, folder: Path, store: str) -> tuple[float, float, float, float]:
    """Median wall without detection, median wall with, and the median per-pair ratios."""
    runs = {market: [str(BIN / "returnaudit"), "run", str(scenario(folder, base, store, market)),
                     "--quiet", "--out-dir", str(folder / market)] for market in ("other", "eu")}
    timed(runs["other"]), timed(runs["eu"])  # warm the page cache
    pairs = [(timed(runs["other"]), timed(runs["eu"])) for _ in range(ROUNDS)]
    without = statistics.median(off[0] for off, _ in pairs)
    with_ = statistics.median(on[0] for _, on in pairs)
    wall = statistics.median(on[0] / off[0] for off, on in pairs)
    cpu = statistics.median(on[1] / off[1] for off, on in pairs if off[1])
    return without, with_, wall, cpu


def main() -> None:
    print(f"EU withdrawal detection, {ROUNDS} alternating rounds per store (cold processes)")
    print(f"{'store':<16}{'without':>9}{'with':>9}{'wall x':>9}{'cpu x':>9}")
    with serve(demo_root()) as base, tempfile.TemporaryDirectory() as tmp:
        for store in STORES:
            without, with_, wall, cpu = measure(base, Path(tmp), store)
            print(f"{store:<16}{without:>8.2f}s{with_:>8.2f}s{wall:>9.2f}{cpu:>9.2f}")
    print("target: detection adds under 10% (ratios <= 1.10)")


if __name__ == "__main__":
    main()
