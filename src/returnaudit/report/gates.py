"""Gates: the conditions a run must meet (budgets, --fail-under, the flow completing)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from returnaudit.analysis.counts import FlowCounts
from returnaudit.artifacts.model import Artifacts
from returnaudit.report.model import Gate
from returnaudit.scenario.models import Budgets
from returnaudit.scoring.score import Scored

_COUNT_BUDGETS = ("screens", "interactions", "fields", "support_contacts")
_RANK = {"pass": 2, "partial": 1}


def gates_for(artifacts: Artifacts, counts: FlowCounts, scored: Scored,
              budgets: Budgets | None, fail_under: float | None) -> Iterator[Gate]:
    """Every gate of this run, each with what was expected and what was measured; when the
    audit could not run, nothing was measured and no gate passes."""
    gates = _measured(artifacts, counts, scored, budgets, fail_under)
    if artifacts.status == "error":
        gates = (Gate(g.name, False, g.expected, None) for g in gates)
    yield from gates


def _measured(artifacts: Artifacts, counts: FlowCounts, scored: Scored,
              budgets: Budgets | None, fail_under: float | None) -> Iterator[Gate]:
    if artifacts.flow.status != "not_run":
        status = artifacts.flow.status
        # Stopping before a submit step on a live store is the safety rule working.
        ok = status in ("completed", "stopped_before_submit")
        yield Gate("flow-completed", ok, "completed", status)
    if fail_under is not None:
        yield _at_least("fail-under", scored.score, fail_under)
    if budgets is None:
        return
    if budgets.min_score is not None:
        yield _at_least("min_score", scored.score, budgets.min_score)
    for name in _COUNT_BUDGETS:
        limit = getattr(budgets, f"max_{name}")
        if limit is not None:
            actual: Any = getattr(counts, name)
            yield Gate(f"max_{name}", actual <= limit, limit, actual)
    lessons = {ls.id: ls.score for ls in scored.lessons}
    for lesson, minimum in (budgets.min_lessons or {}).items():
        yield _at_least(f"min_lessons.{lesson}", lessons.get(lesson), minimum)
    statuses = {o.id: o.result.status.value for o in (*scored.outcomes, *scored.compliance)}
    for check, wanted in (budgets.require or {}).items():
        actual_status = statuses.get(check, "missing")
        ok = _RANK.get(actual_status, 0) >= _RANK[wanted]
        yield Gate(f"require.{check}", ok, wanted, actual_status)


def _at_least(name: str, actual: float | None, minimum: float) -> Gate:
    """A score gate; a score that could not be computed (None) never passes."""
    return Gate(name, actual is not None and actual >= minimum, minimum, actual)
