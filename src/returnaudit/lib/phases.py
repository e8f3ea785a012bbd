"""Where a run's time and CPU go, phase by phase, for `benchmarks/overhead.py`.

With `RETURNAUDIT_PHASES=path.json` set, each `mark(name)` ends the phase `name` (it began at
the previous mark) and records the wall clock and the CPU time of the whole process tree: this
process, Playwright's driver and every Chromium process under it (read from /proc, a few
milliseconds per mark). The file is written when the process exits. Unset (always, outside a
benchmark), `mark` is one test of a module constant.
"""

from __future__ import annotations

import atexit
import os
import time
from pathlib import Path

PATH = os.environ.get("RETURNAUDIT_PHASES") or None
_TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_marks: list[dict[str, float | str]] = []
_seen: dict[int, int] = {}
"""CPU ticks last seen per descendant: a process that has exited keeps its last count."""


def mark(group: str, *detail: object) -> None:
    """The phase ends now: `group` is its kind (start-up, read, wait, discovery...), `detail`
    which one (joined with spaces only when recording)."""
    if PATH is not None:
        _marks.append({"group": group, "phase": " ".join(map(str, (group, *detail))),
                       "wall": time.time(), "cpu": tree_cpu_s()})


def tree_cpu_s() -> float:
    """User + system CPU seconds of this process and of every descendant as last seen alive
    (Chromium's renderers are reaped by its zygote, so rusage would miss them; what a process
    spends between the last mark and its exit is missed: the benchmark shows it apart)."""
    import resource  # only when recording: not on every start-up path

    own = resource.getrusage(resource.RUSAGE_SELF)
    total = own.ru_utime + own.ru_stime
    for pid in descendants(os.getpid()):
        _seen[pid] = max(_seen.get(pid, 0), _ticks(pid))
    return total + sum(_seen.values()) / _TICKS_PER_S


def descendants(root: int) -> list[int]:
    """Every live process under `root`, by the kernel's per-thread lists of children."""
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{pid}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found.append(child)
                stack.append(child)
    return found


def _ticks(pid: int) -> int:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "; comm may hold spaces
    return int(fields[11]) + int(fields[12])


def _write() -> None:
    if PATH is not None and _marks:
        import json

        mark("exit")
        Path(PATH).write_text(json.dumps(_marks, indent=1), encoding="utf-8")


if PATH is not None:
    atexit.register(_write)
