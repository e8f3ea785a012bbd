"""free-returns: free returns are offered."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp) or unclear_fact(inp, "free_returns", "return_shipping_paid_by")
    if early is not None:
        return early
    facts = inp.facts
    evidence = fact_evidence(inp, "free_returns", "return_shipping_paid_by")
    if facts.free_returns or (facts.free_returns is None
                              and facts.return_shipping_paid_by == "store"):
        return passed("returns are free", *evidence)
    if facts.free_returns is False or facts.return_shipping_paid_by == "customer":
        return failed("the shopper pays to return", *evidence)
    return failed("the policy does not say returns are free", *evidence)


CHECK = Check(
    id="free-returns",
    lesson="satisfaction-retention",
    title="Returns are free",
    failure_title="Returns cost the shopper",
    why="Return costs are the first reason shoppers hesitate to buy; free returns pay for "
        "themselves in conversion and loyalty.",
    how_to_fix="Offer free returns (a prepaid label), at least for exchanges or store credit.",
    evaluate=evaluate,
)
