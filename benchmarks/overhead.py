"""One audit's overhead: `returnaudit run` against a hand-written Playwright floor that loads
exactly the pages the audit loaded, so the ratio is returnaudit's own cost and nothing else.

1. The demo stores are served with a request log. One `returnaudit run` of the store's scenario
   and one run of its hand-written flows (`_floor_many.py`) say which pages the audit loaded
   beyond the flows (discovery: the policy's neighbours, a product page, the cart); the floor
   then loads those too, in the flow's tab. Both lists of documents are printed.
2. Cold processes, alternating, ROUNDS pairs: wall time and CPU of the whole process tree
   (CLI, node driver, every Chromium process); the median of the per-pair ratios.
3. PHASE_RUNS more audits with RETURNAUDIT_PHASES set: per phase (start-up, browser, each
   step's wait, action and screen read, discovery, judging, writing, shutdown) wall and CPU of
   the tree, medians. The marks cost a little CPU each (shown): these runs are not the ratio's.
4. pa11y and Lighthouse on the store's home page, when on PATH (`npm install pa11y lighthouse`
   and put node_modules/.bin on PATH; CHROME_PATH / PA11Y_CHROME name the browser, default
   /usr/bin/chromium); skipped with a message when absent.
5. `returnaudit --help` and `validate`.

    python benchmarks/overhead.py [--store northwind] [--rounds 7] [--phase-runs 3] [--detail]

Nothing is asserted (targets, issue 14: <= 1.10x CPU and wall; --help < 0.2 s, validate
< 0.25 s). The machines are shared and noisy: only ratios from one run mean much.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from _common import (
    RETURNAUDIT,
    ROOT,
    STORES,
    audit_cmd,
    compile_package,
    discovery_pages,
    floor_cmd,
    machine_load,
    median,
    pages_loaded,
    stores,
    timed,
)
from _peers import peer_runs
from _tree import Run, measured

Marks = list[dict[str, object]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", choices=STORES, default="northwind")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--phase-runs", type=int, default=3)
    parser.add_argument("--detail", action="store_true", help="every phase, not only kinds")
    args = parser.parse_args()
    compile_package()
    print(f"overhead: {args.store}, {args.rounds} alternating rounds; start: {machine_load()}")
    log: list[tuple[str, str]] = []
    with stores(log=log) as base, tempfile.TemporaryDirectory(prefix="overhead-") as tmp:
        out = Path(tmp)
        extra, tool_pages = discovery_pages(args.store, base, log, out)
        floor = floor_cmd(base, 1, {args.store: extra}, only=args.store)
        show_pages(tool_pages, pages_loaded(floor, log))
        log = []  # no more logging: it is not what is measured
        scenario = ROOT / "scenarios" / f"{args.store}.yaml"
        tool = audit_cmd([scenario], base, out)
        pairs = alternate(floor, tool, args.rounds)
        phase_runs = [phases(tool, out / f"phases-{i}.json") for i in range(args.phase_runs)]
        peers = peer_runs(f"{base}/{args.store}/", out)
    report_pairs(pairs)
    report_phases(phase_runs, detail=args.detail)
    report_peers(peers, pairs)
    report_cli(scenario)
    print(f"end: {machine_load()}")


def show_pages(tool: list[tuple[str, str]], floor: list[tuple[str, str]]) -> None:
    print(f"documents loaded: returnaudit {len(tool)} ({len(set(tool))} distinct), "
          f"the floor {len(floor)}")
    for method, path in tool:
        print(f"  {method:<4} {path}")
    if sorted(tool) != sorted(floor):
        print(f"  the floor differs: {sorted(set(floor) ^ set(tool))}")


def alternate(floor: list[str], tool: list[str], rounds: int) -> list[tuple[Run, Run]]:
    measured("warm-up", 1, floor), measured("warm-up", 1, tool)  # the OS page cache
    return [(measured("floor", 1, floor), measured("returnaudit", 1, tool))
            for _ in range(rounds)]


def report_pairs(pairs: list[tuple[Run, Run]]) -> None:
    problems = {run.problem for pair in pairs for run in pair if run.problem}
    floors, tools = [f for f, _ in pairs], [t for _, t in pairs]
    print("\none audit vs the same-pages floor (cold processes, medians):")
    print(f"  {'':<28} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
    for label, runs in (("hand-written floor", floors), ("returnaudit run", tools)):
        print(f"  {label:<28} {median([r.wall_s for r in runs]):>8.2f} "
              f"{median([r.cpu_s for r in runs]):>8.2f} {median([r.peak_mb for r in runs]):>8.0f}")
    wall = median([t.wall_s / f.wall_s for f, t in pairs])
    cpu = median([t.cpu_s / f.cpu_s for f, t in pairs])
    print(f"  ratio (median of pairs)      {wall:>7.2f}x {cpu:>7.2f}x   (target <= 1.10x both)")
    for problem in problems:
        print(f"  !! {problem}")


def phases(tool: list[str], path: Path) -> Marks:
    """One audit with the phase marks on: its marks, the process start first."""
    started = time.time()
    run = measured("phases", 1, tool, env={**os.environ, "RETURNAUDIT_PHASES": str(path)})
    marks: Marks = json.loads(path.read_text(encoding="utf-8"))
    ended = {"group": "unattributed", "phase": "unattributed (after the last mark)",
             "wall": started + run.wall_s, "cpu": max(run.cpu_s, float(str(marks[-1]["cpu"])))}
    return [{"group": "start", "phase": "start", "wall": started, "cpu": 0.0}, *marks, ended]


def spans(marks: Marks) -> list[tuple[str, str, float, float]]:
    """(group, phase, wall ms, CPU ms) of each phase: from the mark before to its own."""
    out = []
    for before, after in pairwise(marks):
        wall = float(str(after["wall"])) - float(str(before["wall"]))
        cpu = float(str(after["cpu"])) - float(str(before["cpu"]))
        out.append((str(after["group"]), str(after["phase"]), wall * 1000, cpu * 1000))
    return out


def report_phases(runs: list[Marks], *, detail: bool) -> None:
    if not runs:
        return
    by_group: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_phase: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for marks in runs:
        totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
        for group, phase, wall, cpu in spans(marks):
            totals[group][0] += wall
            totals[group][1] += cpu
            by_phase[phase].append((wall, cpu))
        for group, (wall, cpu) in totals.items():
            by_group[group].append((wall, cpu))
    count = len(spans(runs[0])) - 1
    print(f"\nwhere one audit's time goes (medians of {len(runs)} runs with "
          f"RETURNAUDIT_PHASES, {count} marks each; wall and CPU of the whole process tree):")
    print(f"  {'phase':<64} {'wall ms':>8} {'CPU ms':>8}")
    rows = by_phase.items() if detail else by_group.items()
    for name, values in rows:
        print(f"  {name[:64]:<64} {median([w for w, _ in values]):>8.0f} "
              f"{median([c for _, c in values]):>8.0f}")
    walls = [sum(w for _, _, w, _ in spans(m)) for m in runs]
    cpus = [sum(c for _, _, _, c in spans(m)) for m in runs]
    print(f"  {'total':<64} {median(walls):>8.0f} {median(cpus):>8.0f}")


def report_peers(peers: list[Run | str], pairs: list[tuple[Run, Run]]) -> None:
    print("\npeers, one page each (cold processes):")
    tool_wall = median([t.wall_s for _, t in pairs])
    tool_cpu = median([t.cpu_s for _, t in pairs])
    for peer in peers:
        if isinstance(peer, str):
            print(f"  {peer}")
            continue
        print(f"  {peer.label:<28} {peer.wall_s:>6.2f} s wall {peer.cpu_s:>6.2f} CPU-s;   "
              f"one whole audit = {tool_wall / peer.wall_s:.2f}x its wall, "
              f"{tool_cpu / peer.cpu_s:.2f}x its CPU"
              + (f"   !! {peer.problem}" if peer.problem else ""))


def report_cli(scenario: Path) -> None:
    helps = [timed([RETURNAUDIT, "--help"]) for _ in range(10)]
    validates = [timed([RETURNAUDIT, "validate", str(scenario)]) for _ in range(10)]
    print(f"\nreturnaudit --help     median {median(helps):.3f} s   (target < 0.2 s)")
    print(f"returnaudit validate   median {median(validates):.3f} s   (target < 0.25 s)")


if __name__ == "__main__":
    main()
