"""Judging: saved artifacts scored into a report, the same way for `run` and `rescore`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from returnaudit.artifacts.model import Artifacts
    from returnaudit.artifacts.saved import SavedAudit
    from returnaudit.pipeline.baseline import Baseline
    from returnaudit.report import Report
    from returnaudit.scenario import Scenario


@dataclass(frozen=True, kw_only=True)
class Judging:
    """How results are judged: rubric overrides (--rubric), --fail-under and --baseline."""

    rubric_override: dict[str, Any] | None = None
    fail_under: float | None = None
    baseline: Baseline | None = None
    require: dict[str, str] = field(default_factory=dict)
    """--require: check id -> the least status (pass | partial) it must reach."""


def judge(saved: SavedAudit, judging: Judging) -> Report:
    """Score saved artifacts into a report (the same function serves run and rescore)."""
    from returnaudit.report.build import build_report
    from returnaudit.scoring.rubric import default_rubric, with_overrides

    overrides = [o for o in (judging.rubric_override, saved.rubric_override) if o]
    rubric = with_overrides(default_rubric(), *overrides) if overrides else default_rubric()
    budgets = saved.budgets
    if judging.require:
        from returnaudit.scenario.models import Budgets

        base = budgets or Budgets()
        budgets = base.model_copy(update={"require": {**(base.require or {}),
                                                      **judging.require}})
    return build_report(saved.artifacts, budgets, rubric, judging.fail_under)


def redacted(scenario: Scenario, artifacts: Artifacts) -> SavedAudit:
    """The audit as it is saved and judged. Secrets are masked once, in the artifacts, so
    nothing downstream can show them."""
    from returnaudit.artifacts.model import Artifacts
    from returnaudit.artifacts.saved import SavedAudit
    from returnaudit.lib.redact import Redactor

    if scenario.secrets:
        artifacts = Artifacts.from_dict(Redactor(scenario.secrets).data(artifacts.to_dict()))
    return SavedAudit(artifacts, scenario.budgets, scenario.rubric_override)

