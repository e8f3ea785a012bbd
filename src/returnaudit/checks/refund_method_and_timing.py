"""refund-method-and-timing: says how and how fast the refund is issued."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp) or unclear_fact(inp, "refund_methods", "refund_days")
    if early is not None:
        return early
    methods, days = inp.facts.refund_methods, inp.facts.refund_days
    evidence = fact_evidence(inp, "refund_methods", "refund_days")
    how = ", ".join(m.replace("_", " ") for m in methods) if methods else None
    if how and days is not None:
        return passed(f"refunds by {how}, within {days} days", *evidence)
    if how:
        return partial(f"refunds by {how}, but no refund time is given", *evidence)
    if days is not None:
        return partial(f"a refund within {days} days, but not how it is paid", *evidence)
    return failed("the policy says neither how nor when refunds are paid")


CHECK = Check(
    id="refund-method-and-timing",
    lesson="reasonable-policy",
    title="Refund method and timing are stated",
    failure_title="Refund method or timing is missing",
    why="'When do I get my money back, and how?' is the most common return question.",
    how_to_fix="Say it: 'refunded to your original payment method within 5 business days of "
               "receiving the item'.",
    evaluate=evaluate,
)
