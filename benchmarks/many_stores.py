"""Many stores: `returnaudit run FOLDER --jobs J` against the same pages hand-written in
Playwright, with stores answering at once, in 250 ms and in 1 s.

The scenarios are copies of the three demo scenarios with unique names, in a temp folder; the
demo stores are served in-process (every response delayed by the store speed). For each speed,
as cold subprocesses, one after another:

- the floor: the same flows hand-written against Playwright in one process, one browser, a new
  context per store, one after another, each also loading the pages returnaudit's discovery
  reads (learnt from one audit per store through the server's request log: `_common.py`);
- `returnaudit run FOLDER --jobs J` for each J asked (`auto` included).

Per run: audits per second, CPU of the whole process tree per audit, peak memory (PSS) of the
tree (`_tree.py`), and the ratios to the floor and to `--jobs 1`. Nothing is asserted (targets,
issue 14: local `--jobs auto` >= 0.9x the floor's throughput; 250 ms stores `--jobs auto` >= 2x
`--jobs 1` and >= 1.5x the floor; peak memory <= 1.5 GB). The machines are shared and noisy:
only ratios from one run mean much, so the load is printed at the start and the end.

    python benchmarks/many_stores.py                 # 50 local, 24 at 250 ms, 12 at 1 s
    python benchmarks/many_stores.py --quick         # 12, 12, 6
    python benchmarks/many_stores.py --jobs 1,2,4,auto --delays 0,0.25
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import (
    STORES,
    audit_cmd,
    build_scenarios,
    compile_package,
    discovery_pages,
    floor_cmd,
    machine_load,
    stores,
)
from _tree import Run, measured

COUNTS = {0.0: 50, 0.25: 24, 1.0: 12}
QUICK = {0.0: 12, 0.25: 12, 1.0: 6}


def tool_run(label: str, folder: Path, count: int, base: str, jobs: str, out_dir: Path) -> Run:
    """One `returnaudit run` over the folder, checked: every report written, exit 1 (BudgetBin
    fails its gate). RETURNAUDIT_DEBUG makes it say how many audits ran at once."""
    env = {**os.environ, "RETURNAUDIT_DEBUG": "1"}
    run = measured(label, count, audit_cmd([folder], base, out_dir, "--jobs", jobs), env=env)
    reports = [p for p in out_dir.glob("*.json") if p.name != "summary.json"]
    checks = [run.problem] if run.problem else []
    if run.exit_code != 1:
        checks.append(f"exit {run.exit_code}, expected 1 (BudgetBin fails its gate)")
    if len(reports) != count:
        checks.append(f"{len(reports)} reports, expected {count}")
    try:
        json.loads((out_dir / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        checks.append("no readable summary.json")
    return replace(run, problem="; ".join(c for c in checks if c) or None)


def at_once(run: Run) -> str:
    """How many audits ran at once, as the run said (RETURNAUDIT_DEBUG); 1 for the floor."""
    said = re.search(r"at most (\d+) audits at once", run.stderr)
    return said[1] if said else "1" if run.label.startswith("floor") else "?"


def row(run: Run, floor: Run, first: Run) -> str:
    line = (f"  {run.label:<26} {run.count:>4} {run.wall_s:>7.1f} s {run.per_s:>6.2f}/s "
            f"{run.cpu_s / run.count:>6.2f} {run.peak_mb:>7.0f} {run.memory_kind:<4} "
            f"{run.cpu_s / run.wall_s:>5.2f} {at_once(run):>4} {run.per_s / floor.per_s:>6.2f}x "
            f"{run.per_s / first.per_s:>6.2f}x")
    return line + (f"   !! {run.problem}" if run.problem else "")


HEADER = (f"  {'run':<26} {'n':>4} {'wall':>9} {'audits':>8} {'CPU-s':>6} {'peak MB':>7} "
          f"{'':<4} {'cores':>5} {'jobs':>4} {'/floor':>7} {'/first':>7}")


def speed(delay: float, count: int, jobs: list[str], visits: dict[str, list[str]],
          tmp: Path) -> list[Run]:
    """The floor and each --jobs against stores answering in `delay` seconds."""
    folder = tmp / f"scenarios-{delay:g}"
    build_scenarios(folder, count)
    runs = []
    with stores(delay) as base:
        runs.append(measured("floor (Playwright)", count, floor_cmd(base, count, visits)))
        print(f"  ... {delay * 1000:.0f} ms floor: {runs[-1].wall_s:.1f} s", flush=True)
        for j in jobs:
            out = tmp / f"out-{delay:g}-{j}"
            runs.append(tool_run(f"returnaudit --jobs {j}", folder, count, base, j, out))
            print(f"  ... {delay * 1000:.0f} ms --jobs {j}: {runs[-1].wall_s:.1f} s", flush=True)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer scenarios per speed")
    parser.add_argument("--jobs", default="1,auto", help="comma-separated --jobs values")
    parser.add_argument("--delays", default="0,0.25,1", help="store speeds, in seconds")
    args = parser.parse_args()
    compile_package()
    jobs = args.jobs.split(",")
    delays = [float(d) for d in args.delays.split(",")]
    began = time.perf_counter()
    print(f"many_stores: cycling {', '.join(STORES)}; start: {machine_load()}")
    results = {}
    with tempfile.TemporaryDirectory(prefix="many-stores-") as name:
        tmp = Path(name)
        log: list[tuple[str, str]] = []
        with stores(log=log) as base:
            visits = {s: discovery_pages(s, base, log, tmp / f"learn-{s}")[0] for s in STORES}
        print(f"  the floor also loads: {visits}")
        for delay in delays:
            count = (QUICK if args.quick else COUNTS).get(delay, 12)
            results[delay] = speed(delay, count, jobs, visits, tmp)
    print("\nResults (cold subprocesses, browser start included; CPU-s = CPU seconds of the "
          "whole process tree per audit; peak MB of the tree; cores = CPU / wall; jobs = the "
          "most audits at once; /floor and /first = throughput ratios to the floor and to the "
          "first --jobs asked):")
    for delay, runs in results.items():
        print(f"\n stores answering in {delay * 1000:.0f} ms")
        print(HEADER)
        for run in runs:
            print(row(run, runs[0], runs[1] if len(runs) > 1 else runs[0]))
    print(f"\nend: {machine_load()}; whole benchmark {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
