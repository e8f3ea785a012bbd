"""Run the checks and score them: pure weighted means, as the rubric says."""

from __future__ import annotations

from dataclasses import dataclass

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import Artifacts
from returnaudit.checks import CHECKS, COMPLIANCE, Check
from returnaudit.checks.base import Evidence, Result, Status, errored
from returnaudit.scoring.rubric import Rubric, has_thresholds


@dataclass(frozen=True)
class CheckOutcome:
    """One check's result with its place in the rubric."""

    id: str
    lesson: str
    weight: float
    result: Result


@dataclass(frozen=True)
class LessonScore:
    id: str
    number: int
    title: str
    score: float | None
    """0-100; None when a check of the lesson errored (never a pass), or when the audit saw
    too little of the lesson to score it (`enough_evidence` False)."""
    checks: tuple[str, ...]
    checked: int = 0
    """How many of its checks had something to judge (not `not_applicable`)."""
    enough_evidence: bool = True


@dataclass(frozen=True)
class Scored:
    """Everything scoring produced for one audit."""

    outcomes: tuple[CheckOutcome, ...]
    lessons: tuple[LessonScore, ...]
    score: float | None
    fix_first: tuple[FixFirst, ...]
    compliance: tuple[CheckOutcome, ...] = ()
    """The legal checks: weight 0, in no lesson's score."""


@dataclass(frozen=True)
class FixFirst:
    """A check whose fix would raise the overall score most, and by how much."""

    id: str
    gain: float


def run_checks(inp: Analysis, rubric: Rubric) -> tuple[CheckOutcome, ...]:
    """Every check of the rubric, in rubric order; a check that crashes is an `error` result."""
    artifacts = inp.artifacts
    outcomes = []
    for lesson_id, lesson in rubric.lessons.items():
        for check_id, weight in lesson.checks.items():
            if artifacts.status == "error":
                result = errored("the audit could not run: " + _why(artifacts))
            else:
                result = _safe(check_id, inp, rubric)
            outcomes.append(CheckOutcome(check_id, lesson_id, weight.weight, result))
    return tuple(outcomes)


def run_compliance(inp: Analysis, rubric: Rubric) -> tuple[CheckOutcome, ...]:
    """Every compliance check, unweighted; like the others, an error when the audit could not
    run and when the check itself fails."""
    def one(check_id: str) -> Result:
        if inp.artifacts.status == "error":
            return errored("the audit could not run: " + _why(inp.artifacts))
        return _safe(check_id, inp, rubric, COMPLIANCE)

    return tuple(CheckOutcome(cid, "compliance", 0.0, one(cid)) for cid in COMPLIANCE)


def _why(artifacts: Artifacts) -> str:
    return artifacts.errors[0].message if artifacts.errors else "unknown error"


def _safe(check_id: str, inp: Analysis, rubric: Rubric,
          registry: dict[str, Check] = CHECKS) -> Result:
    try:
        return registry[check_id].evaluate(inp, rubric)
    except Exception as exc:  # a check's bug must not hide the others' results
        return errored(f"the check failed: {type(exc).__name__}: {exc}", Evidence())


def score(inp: Analysis, rubric: Rubric) -> Scored:
    """Checks, lesson scores, the overall score and what to fix first."""
    outcomes = run_checks(inp, has_thresholds(rubric))
    lessons = tuple(_lesson(lid, rubric, outcomes) for lid in rubric.lessons)
    overall = _overall(lessons, rubric)
    return Scored(outcomes, lessons, overall, _fix_first(outcomes, lessons, rubric, overall),
                  run_compliance(inp, rubric))


def weighted(outcomes: tuple[CheckOutcome, ...]) -> float | None:
    """Weighted mean of the scored checks (0-1); not_applicable weighs 0; any error -> None."""
    if any(o.result.status is Status.ERROR for o in outcomes):
        return None
    scored = [(o.weight, o.result.score or 0.0) for o in outcomes
              if o.result.status is not Status.NOT_APPLICABLE]
    total = sum(w for w, _ in scored)
    return sum(w * s for w, s in scored) / total if total else None


def _lesson(lesson_id: str, rubric: Rubric, outcomes: tuple[CheckOutcome, ...]) -> LessonScore:
    lesson = rubric.lessons[lesson_id]
    mine = tuple(o for o in outcomes if o.lesson == lesson_id)
    enough = enough_evidence(mine, rubric)
    value = weighted(mine) if enough else None
    checked = sum(o.result.status is not Status.NOT_APPLICABLE for o in mine)
    return LessonScore(lesson_id, lesson.number, lesson.title,
                       None if value is None else round(value * 100, 1),
                       tuple(o.id for o in mine), checked, enough)


def enough_evidence(outcomes: tuple[CheckOutcome, ...], rubric: Rubric) -> bool:
    """Whether the audit saw enough of a lesson to score it: checks carrying at least
    `coverage.min_weight_share` of its weight had something to judge, or its heaviest check
    failed on what was seen (then the unseen ones cannot make it a good lesson, and leaving it
    out would only flatter the store). An error is reported as such, never as thin evidence."""
    if not outcomes or any(o.result.status is Status.ERROR for o in outcomes):
        return True
    judged = [o for o in outcomes if o.result.status is not Status.NOT_APPLICABLE]
    total = sum(o.weight for o in outcomes)
    share = sum(o.weight for o in judged) / total if total else 0.0
    core = max(outcomes, key=lambda o: o.weight)
    return bool(judged) and (share >= rubric.threshold("coverage", "min_weight_share")
                             or core.result.status is Status.FAIL)


def _overall(lessons: tuple[LessonScore, ...], rubric: Rubric) -> float | None:
    """The weighted mean of the lessons with enough evidence; None when a lesson errored (an
    error is never a pass) or no lesson could be scored."""
    if any(ls.score is None and ls.enough_evidence for ls in lessons):
        return None
    weights = [(rubric.lessons[ls.id].weight, ls.score or 0.0) for ls in lessons
               if ls.enough_evidence]
    total = sum(w for w, _ in weights)
    return round(sum(w * s for w, s in weights) / total, 1) if total else None


def _fix_first(outcomes: tuple[CheckOutcome, ...], lessons: tuple[LessonScore, ...],
               rubric: Rubric, overall: float | None, limit: int = 3) -> tuple[FixFirst, ...]:
    """The failing or partial checks whose pass would raise the overall score most."""
    if overall is None:
        return ()
    # Passing check c of lesson L raises L by weight_c * (1 - score_c) / (L's scored weight),
    # and the overall score by that times L's share of the lesson weights.
    counted = {ls.id for ls in lessons if ls.enough_evidence}
    scored_weight = {lid: sum(o.weight for o in outcomes if o.lesson == lid
                              and o.result.status is not Status.NOT_APPLICABLE)
                     for lid in counted}
    lesson_total = sum(rubric.lessons[lid].weight for lid in counted)
    gains = []
    for o in outcomes:
        if (o.result.status not in (Status.FAIL, Status.PARTIAL)
                or not scored_weight.get(o.lesson)):
            continue
        lift = o.weight * (1 - (o.result.score or 0.0)) / scored_weight[o.lesson]
        share = rubric.lessons[o.lesson].weight / lesson_total
        gains.append(FixFirst(o.id, round(100 * lift * share, 1)))
    gains.sort(key=lambda f: (-f.gain, f.id))
    return tuple(g for g in gains[:limit] if g.gain > 0)
