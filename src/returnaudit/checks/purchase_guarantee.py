"""purchase-guarantee: a guarantee covers purchases (all sellers, on a marketplace)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.marketplace import is_marketplace
from returnaudit.checks.base import Check, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp)
    if early is not None:
        return early
    facts = inp.facts
    evidence = fact_evidence(inp, "guarantee", "guarantee_amount")
    if not facts.guarantee:
        return unclear_fact(inp, "guarantee") or failed(
            "no guarantee beyond the legal return right is offered")
    amount = f" up to {facts.guarantee_amount:,.0f}" if facts.guarantee_amount else ""
    if is_marketplace(inp) and not facts.marketplace_sellers:
        return partial(f"a guarantee{amount} is offered, but not said to cover other sellers",
                       *evidence)
    sellers = " including marketplace sellers" if facts.marketplace_sellers else ""
    return passed(f"a guarantee covers purchases{amount}{sellers}", *evidence)


CHECK = Check(
    id="purchase-guarantee",
    lesson="full-responsibility",
    title="A guarantee covers purchases",
    failure_title="No purchase guarantee",
    why="Amazon's A-to-z Guarantee (up to $2,500) makes buying from anyone on Amazon safe; a "
        "named guarantee is the strongest trust signal a store can give.",
    how_to_fix="Offer a named money-back or satisfaction guarantee that covers every purchase, "
               "whoever the seller, and link it from the returns page.",
    evaluate=evaluate,
)
