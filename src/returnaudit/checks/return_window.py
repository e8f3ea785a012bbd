"""return-window: a window is stated; >= 30 days passes, 14-29 partial."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, graded
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp) or unclear_fact(inp, "window_days")
    if early is not None:
        return early
    days, start = inp.facts.window_days, inp.facts.window_start
    evidence = fact_evidence(inp, "window_days", "window_start")
    if days is None:
        return failed("the policy states no return window")
    since = f" from {start}" if start else ""
    summary = f"{days} days to return{since}"
    return graded(days, rubric, "window_days", summary, *evidence, more_is_better=True)


CHECK = Check(
    id="return-window",
    lesson="reasonable-policy",
    title="A fair return window is stated",
    failure_title="The return window is short or not stated",
    why="The window is the first thing shoppers check; 30 days is the common standard and "
        "Amazon's default.",
    how_to_fix="State the window plainly ('30 days from delivery') and make it at least 30 days.",
    evaluate=evaluate,
    thresholds=(("window_days", "pass"), ("window_days", "partial")),
)
