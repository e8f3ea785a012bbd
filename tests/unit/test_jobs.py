"""`--jobs`: how many audits at once (chosen from cores and measured waits), the memory limit,
the gate that holds audits back, and the option's usage errors."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.browser.pace import Pace, paced_gate
from returnaudit.cli.app import app
from returnaudit.cli.settings import parse_jobs
from returnaudit.lib import jobs
from returnaudit.lib.jobs import MAX_JOBS, Gate, Sample, choose_jobs, memory_limit

LOCAL = (4.0, 0.4)
"""An audit of a store on the same machine: a tenth of its time waiting."""
QUARTER_SECOND = (10.0, 6.0)
"""A store answering in 250 ms: most of the audit is waiting (measured: 55-65%)."""
CONTENDED = (10.0, 5.5)
"""The same with three audits sharing two cores: their work takes longer."""
ONE_SECOND = (20.0, 19.0)


@pytest.mark.parametrize(("cpus", "samples", "limit", "expected"), [
    (2, [], 8, 1),  # nothing measured yet: one, until the store shows its waits
    (2, [LOCAL], 8, 1),  # one audit already keeps a 2-core machine busy
    (2, [LOCAL, LOCAL, LOCAL], 8, 1),
    (4, [LOCAL], 8, 3),
    (2, [QUARTER_SECOND], 8, 3),
    (2, [CONTENDED], 8, 3),  # so three stay three
    (2, [ONE_SECOND], 8, 8),
    (2, [ONE_SECOND], 3, 3),  # never past the limit
    (2, [LOCAL, ONE_SECOND], 8, 7),  # the waits are weighed by time, not by audit
    (2, [(1.0, 5.0)], 4, 4),  # a wait longer than the run is the whole run
    (2, [(0.0, 0.0)], 8, 1),
])
def test_choose_jobs(cpus: int, samples: list[Sample], limit: int, expected: int) -> None:
    assert choose_jobs(cpus, samples, limit) == expected


def test_slower_stores_get_more_jobs() -> None:
    chosen = [choose_jobs(2, [sample], MAX_JOBS) for sample in (LOCAL, QUARTER_SECOND, ONE_SECOND)]
    assert chosen == sorted(chosen) and chosen[0] < chosen[1] < chosen[2]


@pytest.mark.parametrize(("available_kb", "expected"), [
    (8 * 1024 * 1024, 74),  # 8 GB free: (8192 - 768) // 100
    (2 * 1024 * 1024, 12),
    (900 * 1024, 1),  # less than the reserve plus one context: still one
    (100 * 1024, 1),
])
def test_memory_limit(available_kb: int, expected: int) -> None:
    meminfo = (f"MemTotal:       16384000 kB\nMemFree:          123456 kB\n"
               f"MemAvailable:   {available_kb:>8} kB\nBuffers:           1024 kB\n")
    assert memory_limit(meminfo) == expected


def test_memory_limit_without_mem_available_is_the_cap() -> None:
    assert memory_limit("MemTotal:       16384000 kB\nMemFree: 1 kB\n") == MAX_JOBS


class Audits:
    """Audits that hold a gate's slot until released, recording how many ran at once."""

    def __init__(self, gate: Gate) -> None:
        self.gate = gate
        self.release = asyncio.Event()
        self.started = 0

    async def one(self) -> None:
        async with self.gate.slot():
            self.started += 1
            await self.release.wait()

    async def until(self, started: int) -> None:
        """Let the loop run until `started` audits have their slot (a hang fails the test)."""
        async def poll() -> None:
            while self.started < started:
                await asyncio.sleep(0.001)
        await asyncio.wait_for(poll(), 10)


async def settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


def test_fixed_gate_runs_that_many_and_no_more() -> None:
    async def main() -> tuple[int, int, int]:
        gate = Gate(2, 5)
        audits = Audits(gate)
        tasks = [asyncio.create_task(audits.one()) for _ in range(5)]
        await settle()
        running = gate.running
        audits.release.set()
        await asyncio.gather(*tasks)
        return running, gate.peak, audits.started

    assert asyncio.run(main()) == (2, 2, 5)


def test_auto_gate_starts_with_one_and_grows_when_audits_wait(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "RECHOOSE_S", 0.01)
    samples: list[Sample] = []

    async def main() -> tuple[int, int, int]:
        gate = Gate(None, 6, lambda: samples)
        gate.cpus, gate.limit = 2, 3
        audits = Audits(gate)
        tasks = [asyncio.create_task(audits.one()) for _ in range(6)]
        await settle()
        alone = gate.running
        samples.append(ONE_SECOND)  # the first audit shows it mostly waits
        await audits.until(3)  # chosen again while the others wait: three at once
        await settle()
        grown = gate.running
        audits.release.set()
        await asyncio.gather(*tasks)
        return alone, grown, gate.peak

    assert asyncio.run(main()) == (1, 3, 3)


def test_auto_gate_chooses_again_when_an_audit_ends() -> None:
    samples: list[Sample] = []

    async def main() -> list[int]:
        gate = Gate(None, 8, lambda: samples)
        gate.cpus, gate.limit = 2, 8
        first = asyncio.Event()
        audits = Audits(gate)

        async def one(done: asyncio.Event) -> None:
            async with gate.slot():
                audits.started += 1
                await done.wait()
                samples.append(QUARTER_SECOND)

        tasks = [asyncio.create_task(one(first))]
        tasks += [asyncio.create_task(one(audits.release)) for _ in range(4)]
        await settle()
        alone = gate.running
        first.set()  # the first ends: its waits say three at once
        await audits.until(4)
        await settle()
        together = gate.running
        audits.release.set()
        await asyncio.gather(*tasks)
        return [alone, together, gate.peak, gate.target]

    assert asyncio.run(main()) == [1, 3, 3, 3]


def test_auto_gate_limit_follows_the_scenario_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "memory_limit", lambda meminfo: 50)
    assert Gate(None, 3).limit == 3
    assert Gate(None, 100).limit == MAX_JOBS
    assert Gate(4, 100).limit == 4


@pytest.mark.parametrize(("text", "expected"), [
    (None, None), ("auto", None), ("AUTO", None), (" auto ", None), ("1", 1), ("4", 4),
])
def test_parse_jobs(text: str | None, expected: int | None) -> None:
    assert parse_jobs(text) == expected


GOOD = "version: 1\nname: Shop\nstore: {url: http://127.0.0.1:8732/shop/}\nflow:\n  - open: /\n"


@pytest.mark.parametrize("value", ["0", "x", "-2", "1.5", ""])
def test_bad_jobs_exit_2_before_any_browser(value: str, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    result = CliRunner().invoke(app, ["run", str(good), "--jobs", value])
    assert result.exit_code == 2
    assert result.output == (f"error: --jobs: a number of scenarios at once (1 or more) or "
                             f"auto, not '{value}'\n")



def test_waiting_audits_do_not_wake_each_other_without_end(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A waiter woken by another's choice goes back to waiting without choosing again: else
    each wakes all the others, and a run of many stores spins a core while it waits."""
    monkeypatch.setattr(jobs, "RECHOOSE_S", 100.0)
    chosen = 0

    def samples() -> list[Sample]:
        nonlocal chosen
        chosen += 1
        return [LOCAL]

    async def main() -> tuple[int, int]:
        gate = Gate(None, 10, samples)
        gate.cpus, gate.limit = 2, 8
        audits = Audits(gate)
        tasks = [asyncio.create_task(audits.one()) for _ in range(10)]
        await settle()
        before = chosen
        audits.release.set()  # every audit ends in turn: each ending chooses once
        await asyncio.gather(*tasks)
        for _ in range(200):
            await asyncio.sleep(0)
        return chosen - before, gate.peak

    choices, peak = asyncio.run(main())
    assert peak == 1
    assert choices <= 10


def test_only_auto_over_several_audits_is_paced() -> None:
    """A single audit, or a fixed --jobs, subscribes to no request events for pacing."""
    assert paced_gate(None, 1)[1] is None
    assert paced_gate(2, 5)[1] is None
    gate, pace = paced_gate(None, 5)
    assert isinstance(pace, Pace) and gate.fixed is None
