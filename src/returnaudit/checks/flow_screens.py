"""flow-screens: <= 6 screens to a confirmed return (7-9 partial, >= 10 fail)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, graded
from returnaudit.checks.preconditions_flow import flow_unavailable, not_confirmed
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = flow_unavailable(inp)
    if early is not None:
        return early
    status = inp.artifacts.flow.status
    if status not in ("completed", "stopped_before_submit"):
        return not_confirmed(inp)
    screens = inp.counts.screens
    note = ""
    if status == "stopped_before_submit":
        screens += 1  # the confirmation screen the submit step would have shown
        note = " (counting the confirmation after the submit step that was not run)"
    summary = f"{screens} screens from the home page to a confirmed return{note}"
    return graded(screens, rubric, "flow_screens", summary)


CHECK = Check(
    id="flow-screens",
    lesson="simple-returns",
    title="A return takes few screens",
    failure_title="A return takes too many screens",
    why="Each screen is a chance to give up; the best portals confirm a return in about five.",
    how_to_fix="Merge steps: look up the order and pick the items on one screen; choose reason "
               "and refund method together.",
    evaluate=evaluate,
    thresholds=(("flow_screens", "pass"), ("flow_screens", "partial")),
)
