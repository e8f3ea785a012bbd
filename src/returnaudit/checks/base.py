"""What a check is (metadata + a pure function over the audit input) and what it returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from returnaudit.analysis.derived import Analysis
    from returnaudit.scoring.rubric import Rubric


class Status(StrEnum):
    """A check's verdict."""

    PASS = "pass"
    PARTIAL = "partial"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


@dataclass(frozen=True)
class Evidence:
    """Why a check decided what it did: where to look, and what it saw."""

    url: str | None = None
    selector: str | None = None
    step: int | None = None
    quote: str | None = None
    screenshot: str | None = None


@dataclass(frozen=True)
class Result:
    """A check's outcome: status, score 0..1 (None unless it was scored) and its reason."""

    status: Status
    score: float | None
    summary: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Check:
    """A check's stable identity and the words reports use for it."""

    id: str
    """Stable forever: JSON, JUnit and baselines depend on it."""
    lesson: str
    title: str
    """Shown when it passes."""
    failure_title: str
    """Shown when it does not."""
    why: str
    """Why it matters, for a store owner."""
    how_to_fix: str
    evaluate: Callable[[Analysis, Rubric], Result] = field(repr=False, compare=False)
    thresholds: tuple[tuple[str, str], ...] = ()
    """The `rubric.threshold(group, name)` pairs `evaluate` reads: loading a rubric checks
    that each exists, so a typo fails at load instead of as an `error` result."""


def passed(summary: str, *evidence: Evidence) -> Result:
    return Result(Status.PASS, 1.0, summary, evidence)


def partial(summary: str, *evidence: Evidence, score: float = 0.5) -> Result:
    return Result(Status.PARTIAL, score, summary, evidence)


def failed(summary: str, *evidence: Evidence) -> Result:
    return Result(Status.FAIL, 0.0, summary, evidence)


def not_applicable(summary: str, *evidence: Evidence) -> Result:
    return Result(Status.NOT_APPLICABLE, None, summary, evidence)


def errored(summary: str, *evidence: Evidence) -> Result:
    return Result(Status.ERROR, None, summary, evidence)


def graded(value: float, rubric: Rubric, group: str, summary: str, *evidence: Evidence,
           more_is_better: bool = False) -> Result:
    """Pass, partial or fail by the rubric's `group.pass` and `group.partial` thresholds (at
    most, or with `more_is_better` at least)."""
    def within(limit: str) -> bool:
        bound = rubric.threshold(group, limit)
        return value >= bound if more_is_better else value <= bound

    if within("pass"):
        return passed(summary, *evidence)
    if within("partial"):
        return partial(summary, *evidence)
    return failed(summary, *evidence)


def pages_read(urls: Sequence[str], shown: int = 3) -> str:
    """The pages a check read, named: 'http://s/, http://s/returns and 2 more'."""
    unique = list(dict.fromkeys(urls))
    named = ", ".join(unique[:shown])
    return f"{named} and {len(unique) - shown} more" if len(unique) > shown else named


NO_FLOW = "not run: add a scenario with the return flow"
