"""Many stores: `returnaudit run FOLDER --jobs N` against the same flows hand-written in Playwright.

Builds 50 scenarios (copies of the three demo scenarios with unique names) in a temp folder,
serves the demo stores in-process and, as cold subprocesses, times:

- the floor: the same flows hand-written against Playwright in one process, one browser, a new
  context per flow, one after another (`_floor_many.py`), and right after it
- `returnaudit run FOLDER --jobs 1`, then `--jobs 2` and `--jobs 4`,
- against slow stores (every response delayed 250 ms): `--jobs 1` vs `--jobs 4` (and the floor).

For every run it samples the memory of the whole process tree (the CLI, Playwright's node
driver, every Chromium process; found by ppid and by session) from /proc: RSS every 100 ms, and
PSS from /proc/PID/smaps_rollup (Chromium's processes share much of their memory, which the RSS
sum counts many times) on every new RSS high and at least once a second, since reading PSS at
10 Hz would itself take a third of a core; RSS stands in where smaps_rollup is unreadable.

It prints a table; nothing is asserted (DESIGN.md §10 targets: throughput >= 0.9x the floor's,
better than the floor against slow stores with --jobs, peak memory < 1.5 GB at --jobs 4).
The machines are shared and noisy: only ratios from one run mean much, so the load average and
CPU pressure are printed at the start and the end.

    python benchmarks/many_stores.py            # 50 scenarios, 12 against slow stores
    python benchmarks/many_stores.py --quick    # 12 scenarios, 6 against slow stores

The full run took 7-13 minutes on a 2-core machine (load average 4-15); --quick
about 4.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path

from returnaudit.demo.server import StaticHandler, demo_root, serve

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STORES = ("northwind", "maison-lumiere", "budgetbin")  # the order _floor_many.py cycles
SLOW_DELAY_S = 0.25
SAMPLE_EVERY_S = 0.1
PSS_EVERY_S = 1.0
PSS_MIN_GAP_S = 0.25
MB = 1024 * 1024


class QuietHandler(StaticHandler):
    """The demo server's handler, minus the traceback when the browser drops a request it no
    longer needs (a navigation moved on) and the write hits a closed socket."""

    def _serve(self, *, body: bool) -> None:
        with suppress(BrokenPipeError, ConnectionResetError):
            super()._serve(body=body)


class SlowHandler(QuietHandler):
    """The demo stores as a real, slower store: every response waits 250 ms first."""

    def _serve(self, *, body: bool) -> None:
        time.sleep(SLOW_DELAY_S)
        super()._serve(body=body)


# --- memory of a process tree -------------------------------------------------------------

TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, session id, user + system CPU ticks) of a process, None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "; comm may hold spaces
    return int(fields[1]), int(fields[3]), int(fields[11]) + int(fields[12])


def tree(root: int) -> dict[int, int]:
    """`root` and every descendant (by ppid), plus anything left in root's session (the
    subprocess starts a new session, so double-forked helpers are still counted): pid -> CPU
    ticks so far."""
    children: dict[int, list[int]] = {}
    ticks: dict[int, int] = {}
    same_session: set[int] = set()
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            pid = int(entry.name)
            stat = _stat(pid)
            if stat is not None:
                children.setdefault(stat[0], []).append(pid)
                ticks[pid] = stat[2]
                if stat[1] == root:
                    same_session.add(pid)
    found = {root}
    stack = [root]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return {pid: ticks[pid] for pid in sorted(found | same_session) if pid in ticks}


def _kb_field(path: str, field: str) -> int | None:
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def rss_kb(pid: int) -> int | None:
    return _kb_field(f"/proc/{pid}/status", "VmRSS:")


def pss_kb(pid: int) -> tuple[int, str] | None:
    """(kB, "PSS") from smaps_rollup; (kB, "RSS") where that is not readable; None if gone."""
    pss = _kb_field(f"/proc/{pid}/smaps_rollup", "Pss:")
    if pss is not None:
        return pss, "PSS"
    rss = rss_kb(pid)
    return (rss, "RSS") if rss is not None else None


class TreeSampler(threading.Thread):
    """Samples the memory of a process tree; keeps the peaks of the sums.

    RSS (cheap: ~1 ms for the tree) every 100 ms. PSS is what to report for Chromium (its
    processes share much memory: the RSS sum counts it several times) but smaps_rollup costs
    ~35 ms for the tree, a third of a core at 10 Hz on a 2-core machine, which would slow the
    run it measures. So PSS is read whenever the RSS sum reaches a new high (at most every
    250 ms) and otherwise once a second.
    """

    def __init__(self, root: int) -> None:
        super().__init__(name="tree-sampler", daemon=True)
        self.root = root
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.peak_procs = 0
        self.kinds: set[str] = set()
        self.samples = 0
        self.pss_samples = 0
        self.cpu_s = 0.0
        self.ticks: dict[int, int] = {}
        """Last CPU ticks seen per process of the tree (Chromium's renderers are reaped by
        its zygote, so the rusage of our children misses them)."""
        self._last_pss = float("-inf")
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(SAMPLE_EVERY_S)
        self.cpu_s = time.thread_time()

    def sample(self) -> None:
        members = tree(self.root)
        self.ticks.update(members)
        pids = list(members)
        rss = [kb for kb in map(rss_kb, pids) if kb is not None]
        total = sum(rss)
        now = time.monotonic()
        new_high = total > self.peak_rss_kb and now - self._last_pss >= PSS_MIN_GAP_S
        if new_high or now - self._last_pss >= PSS_EVERY_S:
            self._last_pss = now
            pss = [value for value in map(pss_kb, pids) if value is not None]
            self.kinds.update(kind for _, kind in pss)
            self.peak_pss_kb = max(self.peak_pss_kb, sum(kb for kb, _ in pss))
            self.pss_samples += 1
        self.samples += 1
        self.peak_rss_kb = max(self.peak_rss_kb, total)
        self.peak_procs = max(self.peak_procs, len(rss))

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    @property
    def tree_cpu_s(self) -> float:
        return sum(self.ticks.values()) / TICKS_PER_S

    @property
    def kind(self) -> str:
        """What peak_pss_kb holds: PSS, RSS (smaps_rollup unreadable) or a mix."""
        return "PSS" if self.kinds == {"PSS"} else "RSS" if self.kinds == {"RSS"} else "PSS+RSS"


# --- runs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Run:
    label: str
    count: int
    wall_s: float
    cpu_s: float
    """User + system CPU of the process tree: the larger of the rusage of reaped children and
    the sum over every process seen (sampled every 100 ms, so a short-lived process's last
    ticks may be missed)."""
    peak_mb: float
    """Peak PSS of the tree (RSS where PSS is unreadable: see memory_kind)."""
    memory_kind: str
    peak_rss_mb: float
    peak_procs: int
    samples: int
    pss_samples: int
    sampler_cpu_s: float
    exit_code: int
    problem: str | None = None

    @property
    def per_s(self) -> float:
        return self.count / self.wall_s


def measured(label: str, count: int, cmd: list[str]) -> Run:
    """Run `cmd` as a new session; wall time, tree CPU time and peak tree memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(reaped, sampler.tree_cpu_s)
    problem = None
    if proc.returncode not in (0, 1):
        problem = f"exit {proc.returncode}: {stderr.decode(errors='replace').strip()[-300:]}"
    return Run(label, count, wall, cpu, sampler.peak_pss_kb / 1024, sampler.kind,
               sampler.peak_rss_kb / 1024, sampler.peak_procs, sampler.samples,
               sampler.pss_samples, sampler.cpu_s, proc.returncode, problem)


def build_scenarios(folder: Path, count: int) -> None:
    """`count` copies of the demo scenarios, cycling the stores, each with a unique name."""
    folder.mkdir(parents=True)
    for index in range(count):
        store = STORES[index % len(STORES)]
        text = (ROOT / "scenarios" / f"{store}.yaml").read_text(encoding="utf-8")
        line = re.search(r"^name: (.+)$", text, flags=re.M)
        if line is None:
            raise SystemExit(f"no `name:` line in scenarios/{store}.yaml")
        # quoted: in plain YAML " #07" would start a comment and the names would collide
        name = json.dumps(f"{line[1]} #{index + 1:02d}", ensure_ascii=False)
        text = text[:line.start()] + f"name: {name}" + text[line.end():]
        (folder / f"{index + 1:02d}-{store}.yaml").write_text(text, encoding="utf-8")


def tool_run(label: str, folder: Path, count: int, base: str, jobs: int, out_dir: Path) -> Run:
    cmd = [str(BIN / "returnaudit"), "run", str(folder), "--base-url", base, "--quiet",
           "--out-dir", str(out_dir), "--jobs", str(jobs)]
    run = measured(label, count, cmd)
    reports = [p for p in out_dir.glob("*.json") if p.name != "summary.json"]
    checks = []
    if run.exit_code != 1:
        checks.append(f"exit {run.exit_code}, expected 1 (BudgetBin fails its gate)")
    if len(reports) != count:
        checks.append(f"{len(reports)} reports, expected {count}")
    summary = out_dir / "summary.json"
    if not summary.is_file():
        checks.append("no summary.json")
    else:
        try:
            json.loads(summary.read_text(encoding="utf-8"))
        except ValueError:
            checks.append("summary.json is not JSON")
    if checks or run.problem:
        joined = "; ".join(filter(None, [*checks, run.problem]))
        return replace(run, problem=joined)
    return run


def floor_run(label: str, count: int, base: str) -> Run:
    cmd = [sys.executable, str(ROOT / "benchmarks" / "_floor_many.py"), base, str(count)]
    run = measured(label, count, cmd)
    if run.exit_code != 0:
        problem = run.problem or f"exit {run.exit_code}"
        return replace(run, problem=problem)
    return run


# --- report -------------------------------------------------------------------------------

def machine_load() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = f"load average {load} on {os.cpu_count()} cores"
    try:
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0].split()
        text += f"; CPU pressure {some[1]} {some[2]} (% of time some task waited for a CPU)"
    except (OSError, IndexError):
        pass
    return text


def row(run: Run) -> str:
    line = (f"  {run.label:<24} {run.count:>4} {run.wall_s:>8.1f} s {run.per_s:>8.2f}/s "
            f"{run.cpu_s / run.count:>7.2f} {run.peak_mb:>8.0f} {run.memory_kind:<4} "
            f"{run.peak_rss_mb:>8.0f} {run.peak_procs:>5} {run.cpu_s / run.wall_s:>6.2f}")
    if run.problem:
        line += f"   !! {run.problem}"
    return line


HEADER = (f"  {'run':<24} {'n':>4} {'wall':>10} {'audits':>10} {'CPU-s/':>7} "
          f"{'peak MB':>8} {'':<4} {'peak RSS':>8} {'procs':>5} {'cores':>6}\n"
          f"  {'':<24} {'':>4} {'':>10} {'':>10} {'audit':>7} {'':>8} {'':<4} {'':>8} {'':>5} "
          f"{'busy':>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="12 scenarios (6 against slow stores) for a fast check")
    args = parser.parse_args()
    count, slow_count = (12, 6) if args.quick else (50, 12)
    began = time.perf_counter()
    print(f"many_stores: {count} scenarios (cycling {', '.join(STORES)}); "
          f"slow stores: {slow_count} scenarios, {SLOW_DELAY_S * 1000:.0f} ms per response")
    print(f"start: {machine_load()}")
    runs: dict[str, Run] = {}
    with tempfile.TemporaryDirectory(prefix="many-stores-") as tmp_name:
        tmp = Path(tmp_name)
        scenarios, slow_scenarios = tmp / "scenarios", tmp / "slow-scenarios"
        build_scenarios(scenarios, count)
        build_scenarios(slow_scenarios, slow_count)

        def record(name: str, run: Run) -> None:
            runs[name] = run
            print(f"  ... {run.label}: {run.wall_s:.1f} s", flush=True)

        with serve(demo_root(), handler=QuietHandler) as base:
            # warm the OS page cache (Chromium, Python imports) so the first timed run
            # does not pay for it
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "_floor_many.py"),
                            base, "3"], check=True, capture_output=True)
            # the floor and jobs=1 back to back: their ratio is the headline
            record("floor", floor_run("floor (Playwright)", count, base))
            for jobs in (1, 2, 4):
                record(f"jobs{jobs}", tool_run(f"returnaudit --jobs {jobs}", scenarios, count,
                                               base, jobs, tmp / f"out-j{jobs}"))
        with serve(demo_root(), handler=SlowHandler) as slow_base:
            record("slow-floor", floor_run("slow: floor", slow_count, slow_base))
            for jobs in (1, 4):
                record(f"slow-jobs{jobs}", tool_run(f"slow: returnaudit -j {jobs}",
                                                    slow_scenarios, slow_count, slow_base, jobs,
                                                    tmp / f"slow-j{jobs}"))

    kinds = {run.memory_kind for run in runs.values()}
    kind = kinds.pop() if len(kinds) == 1 else "/".join(sorted(kinds))
    samples = sum(run.samples for run in runs.values())
    pss_samples = sum(run.pss_samples for run in runs.values())
    busy_s = sum(run.wall_s for run in runs.values())
    sampler_cpu = sum(run.sampler_cpu_s for run in runs.values())
    floor, j1, j2, j4 = runs["floor"], runs["jobs1"], runs["jobs2"], runs["jobs4"]
    slow_floor, slow1, slow4 = runs["slow-floor"], runs["slow-jobs1"], runs["slow-jobs4"]
    print()
    print("Results (cold subprocesses: wall time includes process start and browser launch; "
          f"peak MB = {kind} of the whole process tree (CLI, node driver, every Chromium "
          f"process); peak RSS = the same tree's RSS sum, sampled every "
          f"{SAMPLE_EVERY_S * 1000:.0f} ms, which counts shared memory once per process):")
    print(HEADER)
    for run in runs.values():
        print(row(run))
    print()
    print(f"  audits/s          jobs 1 {j1.per_s:.2f}   jobs 2 {j2.per_s:.2f}   "
          f"jobs 4 {j4.per_s:.2f}")
    print(f"  peak memory       jobs 1 {j1.peak_mb:.0f} MB   jobs 2 {j2.peak_mb:.0f} MB   "
          f"jobs 4 {j4.peak_mb:.0f} MB  ({kind}; target at jobs 4 < 1536 MB)")
    print(f"  per extra context (peak4 - peak1) / 3 = {(j4.peak_mb - j1.peak_mb) / 3:.0f} MB "
          f"{kind}   (peak2 - peak1 = {j2.peak_mb - j1.peak_mb:.0f} MB; by RSS "
          f"{(j4.peak_rss_mb - j1.peak_rss_mb) / 3:.0f} MB)")
    print(f"  floor             {floor.per_s:.2f} audits/s (hand-written Playwright, one browser, "
          "a context per flow, sequential)")
    print(f"  ratio to floor    returnaudit jobs 1 / floor throughput = "
          f"{j1.per_s / floor.per_s:.2f}x  (target >= 0.9x)")
    print(f"  slow stores       jobs 4 / jobs 1 speed-up = {slow1.wall_s / slow4.wall_s:.2f}x   "
          f"jobs 4 / floor = {slow4.per_s / slow_floor.per_s:.2f}x   "
          f"(jobs 1 {slow1.per_s:.2f}/s, jobs 4 {slow4.per_s:.2f}/s, "
          f"floor {slow_floor.per_s:.2f}/s)")
    print()
    print(f"end: {machine_load()}")
    print(f"memory sampler: {samples} RSS samples, {pss_samples} PSS samples (on each new RSS "
          f"high, else every {PSS_EVERY_S:.0f} s), {sampler_cpu:.1f} CPU-s = "
          f"{100 * sampler_cpu / busy_s:.0f}% of one core while measuring; "
          f"whole benchmark {time.perf_counter() - began:.0f} s")
    print("Note: per scenario returnaudit does more than the floor: it also visits the policy "
          "page and the pages around it, and runs its audits. CPU-s/audit is user+system "
          "time of the whole process tree (every Chromium process included); cores busy = that "
          "CPU time / wall time (2 = both cores of a 2-core machine).")


if __name__ == "__main__":
    main()
