"""The exit code of a run, from what became of each store (DESIGN.md §2): the one rule."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

GATE_FAILED = 1
USAGE_ERROR = 2
COULD_NOT_RUN = 3


class Judged(Protocol):
    """A store's outcome: a Report, a worker's Outcome or a summary row."""

    @property
    def status(self) -> str:
        """completed | error (the audit could not run) | invalid (the scenario file is wrong)"""

    @property
    def passed(self) -> bool:
        """Every gate passed."""


def exit_code(results: Iterable[Judged], *, gates: bool = True) -> int:
    """2 when a scenario file was invalid, 3 when an audit could not run, 1 when a gate failed
    (unless `gates` is off: the demo's poor store is meant to fail), else 0."""
    results = list(results)
    if any(r.status == "invalid" for r in results):
        return USAGE_ERROR
    if any(r.status == "error" for r in results):
        return COULD_NOT_RUN
    return GATE_FAILED if gates and not all(r.passed for r in results) else 0
