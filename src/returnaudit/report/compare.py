"""Regressions and improvements between two reports of the same store: pure and exact."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from returnaudit.report import Report

_RANK = {"pass": 3, "partial": 2, "fail": 1, "error": 0}
_COUNTS = ("screens", "interactions", "fields", "support_contacts")


@dataclass(frozen=True)
class Change:
    """One difference between the baseline and the new report."""

    kind: str
    """check | lesson | score | flow | footer-link"""
    name: str
    before: object
    after: object
    regression: bool
    message: str


@dataclass(frozen=True)
class Comparison:
    base: Report
    head: Report
    changes: tuple[Change, ...]

    @property
    def regressions(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.regression)

    @property
    def improvements(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.regression)


def compare(base: Report, head: Report, *, tolerance: float = 0.0) -> Comparison:
    """Every change that matters; score drops within `tolerance` points are not regressions."""
    changes = [*_score(base, head, tolerance), *_lessons(base, head, tolerance),
               *_checks(base, head), *_flow(base, head), *_footer(base, head)]
    return Comparison(base, head, tuple(changes))


def _score(base: Report, head: Report, tolerance: float) -> Iterator[Change]:
    yield from _number("score", "overall score", base.score, head.score, tolerance)


def _lessons(base: Report, head: Report, tolerance: float) -> Iterator[Change]:
    before = {lesson.id: lesson for lesson in base.lessons}
    for lesson in head.lessons:
        if lesson.id in before:
            yield from _number("lesson", lesson.id, before[lesson.id].score, lesson.score,
                               tolerance)


def _number(kind: str, name: str, before: float | None, after: float | None,
            tolerance: float) -> Iterator[Change]:
    if before == after:
        return
    if after is None:
        yield Change(kind, name, before, after, True, f"{name} could no longer be scored")
    elif before is None:
        yield Change(kind, name, before, after, False, f"{name} is scored again: {after:g}")
    elif after < before - tolerance:
        yield Change(kind, name, before, after, True, f"{name} dropped {before:g} → {after:g}")
    elif after > before:
        yield Change(kind, name, before, after, False, f"{name} rose {before:g} → {after:g}")


def _checks(base: Report, head: Report) -> Iterator[Change]:
    before = {check.id: check for check in base.checks}
    for check in head.checks:
        old = before.get(check.id)
        if old is None or old.status == check.status:
            continue
        if "not_applicable" in (old.status, check.status):
            continue
        worse = _RANK[check.status] < _RANK[old.status]
        verb = "got worse" if worse else "improved"
        yield Change("check", check.id, old.status, check.status, worse,
                     f"{check.id} {verb}: {old.status} → {check.status} ({check.summary})")


def _flow(base: Report, head: Report) -> Iterator[Change]:
    for name in _COUNTS:
        old, new = getattr(base.flow, name), getattr(head.flow, name)
        if old != new and "not_run" not in (base.flow.status, head.flow.status):
            more = new > old
            word = name.replace("_", " ")
            yield Change("flow", name, old, new, more,
                         f"{word}: {old} → {new}" + (" (more)" if more else " (fewer)"))
    completed = ("completed", "stopped_before_submit")
    was, now = base.flow.status in completed, head.flow.status in completed
    if was != now and "not_run" not in (base.flow.status, head.flow.status):
        yield Change("flow", "status", base.flow.status, head.flow.status, was,
                     "the return flow no longer completes" if was
                     else "the return flow completes again")


def _footer(base: Report, head: Report) -> Iterator[Change]:
    was, now = base.policy.footer_link.found, head.policy.footer_link.found
    if was != now:
        yield Change("footer-link", "footer-link", was, now, was,
                     f"the footer's returns link '{base.policy.footer_link.text}' is gone" if was
                     else f"the footer now links '{head.policy.footer_link.text}'")
