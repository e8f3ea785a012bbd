"""return-costs-clear: says who pays return shipping; no hidden restocking fee."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp) or unclear_fact(inp, "return_shipping_paid_by", "free_returns",
                                           "restocking_fee")
    if early is not None:
        return early
    facts = inp.facts
    evidence = fact_evidence(inp, "return_shipping_paid_by", "free_returns", "restocking_fee")
    payer = facts.return_shipping_paid_by or ("store" if facts.free_returns else None)
    if payer is None and facts.free_returns is None:
        return failed("the policy does not say who pays for return shipping", *evidence)
    who = {"store": "the store pays return shipping",
           "customer": "the shopper pays return shipping"}.get(payer or "", "costs are stated")
    if facts.restocking_fee:
        percent = facts.restocking_fee_percent
        fee = f"a {percent:g}% restocking fee" if percent else "a restocking fee"
        return partial(f"{who}, but {fee} applies", *evidence)
    return passed(f"{who}; no restocking fee", *evidence)


CHECK = Check(
    id="return-costs-clear",
    lesson="reasonable-policy",
    title="Return costs are clear",
    failure_title="Return costs are unclear or surprising",
    why="Costs discovered at the end (shipping, restocking fees) turn a return into a complaint.",
    how_to_fix="State who pays return shipping and drop restocking fees for change-of-mind "
               "returns, or state them up front.",
    evaluate=evaluate,
)
