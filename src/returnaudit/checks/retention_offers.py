"""retention-offers: exchange, store credit or a reason to buy again is offered."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, passed
from returnaudit.checks.offers import nothing_read, offered_by_policy, offered_in_flow
from returnaudit.checks.preconditions_policy import unclear_fact
from returnaudit.lib.wording import shorten
from returnaudit.scoring.rubric import Rubric

_KINDS = ("exchange", "store_credit", "incentive")


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    shown = offered_in_flow(inp, _KINDS)
    if shown is not None:
        kind, evidence = shown
        return passed(f"the flow offers {kind.replace('_', ' ')}: "
                      f"'{shorten(evidence.quote or '')}'", evidence)
    unclear = unclear_fact(inp, "refund_methods")
    if unclear is not None:
        return unclear
    methods, evidence_of = offered_by_policy(inp, ("exchange", "store_credit"))
    if methods:
        return passed(f"the policy offers {' and '.join(m.replace('_', ' ') for m in methods)}",
                      *evidence_of)
    return nothing_read(inp) or failed(
        "nothing invites the shopper to stay: no exchange, store credit or incentive")


CHECK = Check(
    id="retention-offers",
    lesson="satisfaction-retention",
    title="Exchange or store credit keeps the customer",
    failure_title="A return ends the relationship",
    why="An exchange or store credit (with a small bonus) turns a refund into the next "
        "purchase.",
    how_to_fix="Offer exchange and store credit next to the refund, and consider a bonus for "
               "choosing credit.",
    evaluate=evaluate,
)
