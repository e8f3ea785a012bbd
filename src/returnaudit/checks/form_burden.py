"""form-burden: <= 4 fields to fill (5-8 partial)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, graded
from returnaudit.checks.preconditions_flow import flow_unavailable, not_confirmed
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = flow_unavailable(inp)
    if early is not None:
        return early
    if inp.artifacts.flow.status not in ("completed", "stopped_before_submit"):
        return not_confirmed(inp)
    fields = [s for s in inp.artifacts.flow.steps if s.field and s.status == "passed"]
    evidence = tuple(Evidence(url=s.url_before, step=s.index, quote=s.target) for s in fields)
    summary = f"{len(fields)} form field(s) to fill or choose"
    return graded(len(fields), rubric, "form_fields", summary, *evidence)


CHECK = Check(
    id="form-burden",
    lesson="simple-returns",
    title="The return form is short",
    failure_title="The return form asks for too much",
    why="Typing is the slowest part of a return, worst on a phone; every field you ask for "
        "that you already know is friction.",
    how_to_fix="Ask only for the order number and email; prefill everything the order tells you.",
    evaluate=evaluate,
    thresholds=(("form_fields", "pass"), ("form_fields", "partial")),
)
