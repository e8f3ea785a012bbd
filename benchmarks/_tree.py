"""The cost of one command as a cold process: wall time, CPU and peak memory of its whole
process tree (the CLI, Playwright's node driver, every Chromium process), read from /proc.

RSS is sampled every 100 ms; PSS (from /proc/PID/smaps_rollup: Chromium's processes share much
of their memory, which the RSS sum counts many times) on every new RSS high and at least once a
second, since reading PSS at 10 Hz would itself take a third of a core; RSS stands in where
smaps_rollup is unreadable. CPU is the larger of the rusage of reaped children and the sum of
the last CPU ticks seen per process of the tree (Chromium's renderers are reaped by its zygote,
so rusage can miss them).
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SAMPLE_EVERY_S = 0.1
PSS_EVERY_S = 1.0
PSS_MIN_GAP_S = 0.25
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


def _pss_kb(pid: int) -> tuple[int, str] | None:
    """(kB, "PSS") from smaps_rollup; (kB, "RSS") where that is not readable; None if gone."""
    pss = _kb_field(f"/proc/{pid}/smaps_rollup", "Pss:")
    if pss is not None:
        return pss, "PSS"
    rss = _kb_field(f"/proc/{pid}/status", "VmRSS:")
    return (rss, "RSS") if rss is not None else None


class TreeSampler(threading.Thread):
    """Samples a process tree: peak memory sums and the CPU ticks last seen per process."""

    def __init__(self, root: int) -> None:
        super().__init__(name="tree-sampler", daemon=True)
        self.root = root
        self.peak_rss_kb = 0
        self.peak_pss_kb = 0
        self.kinds: set[str] = set()
        self.ticks: dict[int, int] = {}
        self._last_pss = float("-inf")
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(SAMPLE_EVERY_S)

    def sample(self) -> None:
        members = tree(self.root)
        self.ticks.update(members)
        rss = [kb for pid in members
               if (kb := _kb_field(f"/proc/{pid}/status", "VmRSS:")) is not None]
        total = sum(rss)
        now = time.monotonic()
        new_high = total > self.peak_rss_kb and now - self._last_pss >= PSS_MIN_GAP_S
        if new_high or now - self._last_pss >= PSS_EVERY_S:
            self._last_pss = now
            pss = [value for value in map(_pss_kb, members) if value is not None]
            self.kinds.update(kind for _, kind in pss)
            self.peak_pss_kb = max(self.peak_pss_kb, sum(kb for kb, _ in pss))
        self.peak_rss_kb = max(self.peak_rss_kb, total)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    @property
    def kind(self) -> str:
        """What peak_pss_kb holds: PSS, RSS (smaps_rollup unreadable) or a mix."""
        return "PSS" if self.kinds == {"PSS"} else "RSS" if self.kinds == {"RSS"} else "PSS+RSS"


@dataclass(frozen=True)
class Run:
    """One command's cost."""

    label: str
    count: int
    """How many audits (or flows) it did."""
    wall_s: float
    cpu_s: float
    """User + system CPU of the whole process tree."""
    peak_mb: float
    """Peak PSS of the tree (RSS where PSS is unreadable: see memory_kind)."""
    memory_kind: str
    exit_code: int
    problem: str | None = None
    stderr: str = ""

    @property
    def per_s(self) -> float:
        return self.count / self.wall_s


def measured(label: str, count: int, cmd: list[str],
             env: Mapping[str, str] | None = None, ok: tuple[int, ...] = (0, 1)) -> Run:
    """Run `cmd` as a new session; wall time, tree CPU time and peak tree memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True, env=None if env is None else dict(env))
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu = max(reaped, sum(sampler.ticks.values()) / TICKS_PER_S)
    problem = None
    if proc.returncode not in ok:
        problem = f"exit {proc.returncode}: {stderr.decode(errors='replace').strip()[-300:]}"
    return Run(label, count, wall, cpu, sampler.peak_pss_kb / 1024, sampler.kind,
               proc.returncode, problem, stderr.decode(errors="replace"))
