"""retention-offers: a choice that keeps the customer (exchange, bonus credit, an incentive)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, passed
from returnaudit.checks.offers import nothing_read, offered_by_policy, offered_in_flow
from returnaudit.checks.preconditions_policy import fact_evidence, unclear_fact
from returnaudit.lib.wording import shorten
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    forced = credit_only(inp)
    kinds = ("exchange", "incentive") if forced else ("exchange", "store_credit", "incentive")
    shown = offered_in_flow(inp, kinds)
    if shown is not None:
        kind, evidence = shown
        return passed(f"the flow offers {kind.replace('_', ' ')}: "
                      f"'{shorten(evidence.quote or '')}'", evidence)
    unclear = unclear_fact(inp, "refund_methods")
    if unclear is not None:
        return unclear
    methods, evidence_of = offered_by_policy(inp, kinds[:-1])
    if methods:
        return passed(f"the policy offers {' and '.join(m.replace('_', ' ') for m in methods)}",
                      *evidence_of)
    if forced:
        return failed("refunds are given as store credit only: a restriction, not an offer that "
                      "keeps the customer", *fact_evidence(inp, "refund_methods"))
    return nothing_read(inp) or failed(
        "nothing invites the shopper to stay: no exchange, store credit or incentive")


def credit_only(inp: Analysis) -> bool:
    """The policy pays refunds as store credit and never as money: credit is imposed, not
    offered as a choice."""
    methods = inp.facts.refund_methods or ()
    return "store_credit" in methods and "original_payment" not in methods


CHECK = Check(
    id="retention-offers",
    lesson="satisfaction-retention",
    title="Exchange or store credit keeps the customer",
    failure_title="A return ends the relationship",
    why="An exchange or store credit (with a small bonus) offered as a choice turns a refund "
        "into the next purchase; credit imposed instead of a refund does the opposite.",
    how_to_fix="Offer exchange and store credit next to the refund, and consider a bonus for "
               "choosing credit.",
    evaluate=evaluate,
)
