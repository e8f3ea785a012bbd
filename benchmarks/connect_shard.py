"""Past one machine: N browser servers through `--connect`, a `--shard i/N` run on each, all at
once, against one `returnaudit run` of the same stores on one machine.

The README's path for a run that outgrows a machine (a CI matrix, each shard driving a remote
browser) is simulated here on one machine: N Playwright browser servers on 127.0.0.1 (Debian's
Chromium with returnaudit's own launch flags, started before the clock as a pool of remote
browsers would be), then the N shards as cold processes side by side, then `returnaudit merge`
of their folders. Wall time is until the last shard ends; CPU is the shards' whole process trees
plus what the servers' trees spent meanwhile; memory is the sum of each tree's peak (an upper
bound: the peaks need not coincide). On a 2-core machine the shards share the same cores, so
this measures what the path costs, not what more machines would gain.

    python benchmarks/connect_shard.py [--shards 2] [--count 12] [--delays 0,0.25]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

from _common import (
    RETURNAUDIT,
    ROOT,
    audit_cmd,
    build_scenarios,
    compile_package,
    machine_load,
    stores,
)
from _tree import TICKS_PER_S, Run, TreeSampler, measured, tree
from returnaudit.browser.blocking import DEFAULT, block_args
from returnaudit.browser.locate import find_system_chromium, launch_args

sys.path.insert(0, str(ROOT))
from tests.e2e.browser_server import browser_server


@contextmanager
def servers(count: int, tmp: Path) -> Iterator[list[tuple[str, int]]]:
    """`count` browser servers on loopback: (ws endpoint, the server's process id) each."""
    chromium = find_system_chromium()
    if chromium is None:
        raise SystemExit("no Chromium found")
    flags = [*launch_args(), *block_args(DEFAULT)]
    with ExitStack() as stack:
        found = []
        for index in range(count):
            workdir = tmp / f"server-{index + 1}"
            workdir.mkdir()
            endpoint = stack.enter_context(browser_server(chromium, flags, workdir))
            found.append((endpoint, _server_pid(workdir)))
        yield found


def _server_pid(workdir: Path) -> int:
    """The driver process serving from `workdir`'s config (the leader of its session)."""
    config = str(workdir / "launch-server.json").encode()
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                cmdline = Path(entry.path, "cmdline").read_bytes()
            except OSError:
                continue
            if config in cmdline.split(b"\0"):
                return int(entry.name)
    raise SystemExit(f"no browser server process for {workdir}")


def sharded(label: str, folder: Path, count: int, base: str, endpoints: list[tuple[str, int]],
            tmp: Path) -> Run:
    """The N shards at once, each through its own server; the servers' CPU and peak added."""
    shards = len(endpoints)
    outs = [tmp / f"{label}-shard-{i + 1}" for i in range(shards)]
    commands = [shlex.join(audit_cmd([folder], base, out, "--shard", f"{i + 1}/{shards}",
                                   "--connect", endpoint))
                for i, ((endpoint, _), out) in enumerate(zip(endpoints, outs, strict=True))]
    script = " & ".join(commands) + " & wait"
    samplers = [TreeSampler(pid) for _, pid in endpoints]
    before = sum(sum(tree(pid).values()) for _, pid in endpoints)
    for sampler in samplers:
        sampler.start()
    run = measured(label, count, ["sh", "-c", script])
    for sampler in samplers:
        sampler.stop()
    after = sum(sum(sampler.ticks.values()) for sampler in samplers)
    servers_cpu = (after - before) / TICKS_PER_S
    peak = run.peak_mb + sum(s.peak_pss_kb for s in samplers) / 1024
    run = replace(run, cpu_s=run.cpu_s + servers_cpu, peak_mb=peak)
    return replace(run, problem=_merged_problem(outs, count, tmp / f"{label}-merged"))


def _merged_problem(outs: list[Path], count: int, merged: Path) -> str | None:
    """`returnaudit merge` of the shards' folders: every store reported once, or what is not."""
    done = subprocess.run([RETURNAUDIT, "merge", *map(str, outs), "--quiet", "--out-dir",
                           str(merged)],
                          capture_output=True, text=True, check=False)
    try:
        rows = json.loads((merged / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"merge wrote no summary (exit {done.returncode}): {done.stderr.strip()[-200:]}"
    merged_count = len(rows.get("stores", ()))
    return None if merged_count == count else f"merged {merged_count} stores, not {count}"


def one_machine(folder: Path, count: int, base: str, tmp: Path, label: str) -> Run:
    return measured(label, count, audit_cmd([folder], base, tmp / f"{label}-out"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--delays", default="0,0.25", help="store speeds, in seconds")
    args = parser.parse_args()
    compile_package()
    print(f"connect_shard: {args.shards} shards, {args.count} stores; start: {machine_load()}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="connect-shard-") as name:
        tmp = Path(name)
        started = time.perf_counter()
        with servers(args.shards, tmp) as endpoints:
            print(f"  {args.shards} browser servers up in {time.perf_counter() - started:.1f} s")
            for delay in (float(d) for d in args.delays.split(",")):
                folder = tmp / f"scenarios-{delay:g}"
                build_scenarios(folder, args.count)
                with stores(delay) as base:
                    single = one_machine(folder, args.count, base, tmp, f"one-{delay:g}")
                    split = sharded(f"shards-{delay:g}", folder, args.count, base, endpoints,
                                    tmp)
                rows.append((delay, single, split))
                print(f"  ... {delay * 1000:.0f} ms done", flush=True)
    print("\nResults (--jobs auto everywhere; CPU-s per audit, the servers' included; peak MB "
          "summed over the trees; /one = throughput ratio to one machine):")
    print(f"  {'stores':<8} {'run':<34} {'wall':>8} {'audits':>8} {'CPU-s':>6} {'peak MB':>8} "
          f"{'/one':>6}")
    for delay, single, split in rows:
        for label, run in (("one machine, own browser", single),
                           (f"{args.shards} x --connect + --shard i/{args.shards}", split)):
            print(f"  {delay * 1000:>5.0f} ms {label:<34} {run.wall_s:>6.1f} s "
                  f"{run.per_s:>6.2f}/s {run.cpu_s / run.count:>6.2f} {run.peak_mb:>8.0f} "
                  f"{run.per_s / single.per_s:>5.2f}x"
                  + (f"   !! {run.problem}" if run.problem else ""))
    print(f"\nend: {machine_load()}")


if __name__ == "__main__":
    main()
