"""Run the checks and score them: pure weighted means, as the rubric says."""

from __future__ import annotations

from dataclasses import dataclass

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import Artifacts
from returnaudit.checks import CHECKS
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
    """0-100; None when a check of the lesson errored (never a pass)."""
    checks: tuple[str, ...]


@dataclass(frozen=True)
class Scored:
    """Everything scoring produced for one audit."""

    outcomes: tuple[CheckOutcome, ...]
    lessons: tuple[LessonScore, ...]
    score: float | None
    fix_first: tuple[FixFirst, ...]


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


def _why(artifacts: Artifacts) -> str:
    return artifacts.errors[0].message if artifacts.errors else "unknown error"


def _safe(check_id: str, inp: Analysis, rubric: Rubric) -> Result:
    try:
        return CHECKS[check_id].evaluate(inp, rubric)
    except Exception as exc:  # a check's bug must not hide the others' results
        return errored(f"the check failed: {type(exc).__name__}: {exc}", Evidence())


def score(inp: Analysis, rubric: Rubric) -> Scored:
    """Checks, lesson scores, the overall score and what to fix first."""
    outcomes = run_checks(inp, has_thresholds(rubric))
    lessons = tuple(_lesson(lid, rubric, outcomes) for lid in rubric.lessons)
    overall = _overall(lessons, rubric)
    return Scored(outcomes, lessons, overall, _fix_first(outcomes, rubric, overall))


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
    value = weighted(mine)
    return LessonScore(lesson_id, lesson.number, lesson.title,
                       None if value is None else round(value * 100, 1),
                       tuple(o.id for o in mine))


def _overall(lessons: tuple[LessonScore, ...], rubric: Rubric) -> float | None:
    if any(lesson.score is None for lesson in lessons):
        return None
    weights = [(rubric.lessons[ls.id].weight, ls.score or 0.0) for ls in lessons]
    total = sum(w for w, _ in weights)
    return round(sum(w * s for w, s in weights) / total, 1) if total else None


def _fix_first(outcomes: tuple[CheckOutcome, ...], rubric: Rubric,
               overall: float | None, limit: int = 3) -> tuple[FixFirst, ...]:
    """The failing or partial checks whose pass would raise the overall score most."""
    if overall is None:
        return ()
    # Passing check c of lesson L raises L by weight_c * (1 - score_c) / (L's scored weight),
    # and the overall score by that times L's share of the lesson weights.
    scored_weight = {lid: sum(o.weight for o in outcomes if o.lesson == lid
                              and o.result.status is not Status.NOT_APPLICABLE)
                     for lid in rubric.lessons}
    lesson_total = sum(lesson.weight for lesson in rubric.lessons.values())
    gains = []
    for o in outcomes:
        if o.result.status not in (Status.FAIL, Status.PARTIAL) or not scored_weight[o.lesson]:
            continue
        lift = o.weight * (1 - (o.result.score or 0.0)) / scored_weight[o.lesson]
        share = rubric.lessons[o.lesson].weight / lesson_total
        gains.append(FixFirst(o.id, round(100 * lift * share, 1)))
    gains.sort(key=lambda f: (-f.gain, f.id))
    return tuple(g for g in gains[:limit] if g.gain > 0)
