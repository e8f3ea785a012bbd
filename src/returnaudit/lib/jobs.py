"""How many stores to audit at once: `--jobs N`, or `--jobs auto`, chosen from the CPU count and
how much of an audit's time goes to waiting for the store, and chosen again as the run goes.

An audit alternates between work (Chromium parsing and laying out pages, the driver, Python:
about CORES_PER_AUDIT cores while it works) and waiting for the store to answer. Against a
local store it hardly waits, and one audit at a time keeps a 2-core machine busy; against a
store answering in a second it waits most of the time, and several audits at once fill the
wait. More contexts than the cores can feed only add memory (about 100 MB each).
"""

from __future__ import annotations

import asyncio
import math
import os
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

CORES_PER_AUDIT = 1.5
"""Cores one audit keeps busy while it is not waiting (measured on a 2-core machine: the
renderer, browser and GPU processes, the node driver and Python together)."""
MIN_BUSY = 0.05
"""The smallest share of an audit's time taken as work (a store that never answers)."""
MAX_JOBS = 8
"""Never more at once: past this, even 1 s stores keep 2 cores busy, and memory grows."""
CONTEXT_MB = 100
"""Memory per extra open context (measured 80-100 MB PSS)."""
RESERVE_MB = 768
"""Memory kept free: the browser, the driver and Python themselves, and the rest of the
machine."""
RECHOOSE_S = 1.0
"""How often the choice is made again while audits wait for a slot."""

Sample = tuple[float, float]
"""(seconds an audit has run, seconds of it spent waiting for the store to answer)."""


def choose_jobs(cpus: int, samples: Sequence[Sample], limit: int) -> int:
    """Audits to run at once: enough that the share of time they work fills `cpus` cores
    (to the nearest: the share is measured with the cores already shared, which makes the
    work look longer than it is), at most `limit`. With no sample yet, one (a local store
    needs no more; a slow one shows its waits within a second)."""
    wall = sum(run for run, _ in samples)
    if wall <= 0:
        return 1
    waiting = min(wall, sum(waited for _, waited in samples))
    busy = max(MIN_BUSY, 1 - waiting / wall)
    wanted = math.floor(cpus / (CORES_PER_AUDIT * busy) + 0.5)
    return max(1, min(limit, wanted))


def memory_limit(meminfo: str) -> int:
    """Contexts that fit in the memory available now (/proc/meminfo's text), beyond a reserve."""
    for line in meminfo.splitlines():
        if line.startswith("MemAvailable:"):
            available_mb = int(line.split()[1]) // 1024
            return max(1, (available_mb - RESERVE_MB) // CONTEXT_MB)
    return MAX_JOBS


def auto_limit(count: int) -> int:
    """The most audits at once `--jobs auto` may choose for `count` scenarios here."""
    try:
        memory = memory_limit(Path("/proc/meminfo").read_text(encoding="ascii"))
    except OSError:
        memory = MAX_JOBS
    return max(1, min(MAX_JOBS, count, memory))


class Gate:
    """Lets audits start while fewer than the chosen number run: `jobs` fixed, or (None) the
    number chosen again from `samples()` when an audit ends and every RECHOOSE_S while some
    wait."""

    def __init__(self, jobs: int | None, count: int,
                 samples: Callable[[], Sequence[Sample]] = tuple) -> None:
        self.fixed = jobs
        self.limit = jobs if jobs is not None else auto_limit(count)
        self.cpus = os.cpu_count() or 1
        self.samples = samples
        self.target = jobs if jobs is not None else 1
        self.running = 0
        self.peak = 0
        """The most audits that ran at once."""
        self._changed = asyncio.Condition()

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the slots while the block runs."""
        async with self._changed:
            while self.running >= self.target:
                await self._wait()
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            yield
        finally:
            async with self._changed:
                self.running -= 1
                self._rechoose()

    async def _wait(self) -> None:
        """Until a slot may be free: told by an audit that ended, or (auto) every RECHOOSE_S,
        when this waiter chooses again. Only a timeout chooses: a waiter woken by another's
        choice that chose again itself would wake the others, and they it, without end."""
        if self.fixed is not None:
            await self._changed.wait()
            return
        try:
            await asyncio.wait_for(self._changed.wait(), RECHOOSE_S)
        except TimeoutError:
            self._rechoose()

    def _rechoose(self) -> None:
        """Choose again (auto) and wake as many waiters as there are free slots."""
        if self.fixed is None:
            self.target = choose_jobs(self.cpus, self.samples(), self.limit)
        if self.running < self.target:
            self._changed.notify(self.target - self.running)
