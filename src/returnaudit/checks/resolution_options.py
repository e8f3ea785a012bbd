"""resolution-options: exchange, replacement or repair is offered besides a refund."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, passed
from returnaudit.checks.offers import nothing_read, offered_by_policy, offered_in_flow
from returnaudit.checks.preconditions_policy import unclear_fact
from returnaudit.lib.wording import shorten
from returnaudit.scoring.rubric import Rubric

_KINDS = ("exchange", "replacement", "repair")


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    shown = offered_in_flow(inp, _KINDS)  # the most common offer first, wherever it is shown
    if shown is not None:
        kind, evidence = shown
        return passed(f"the return flow offers {kind} ('{shorten(evidence.quote or '')}')",
                      evidence)
    unclear = unclear_fact(inp, "refund_methods")
    if unclear is not None:
        return unclear
    methods, evidence_of = offered_by_policy(inp, _KINDS)
    if methods:
        return passed(f"the policy offers {', '.join(methods)} besides a refund", *evidence_of)
    return nothing_read(inp) or failed(
        "only a refund is offered: no exchange, replacement or repair")


CHECK = Check(
    id="resolution-options",
    lesson="simple-returns",
    title="Exchange, replacement or repair is offered",
    failure_title="Only a refund is offered",
    why="A shopper who wanted another size wants an exchange, not a refund and a new order; "
        "offering it keeps the sale.",
    how_to_fix="Offer exchange (and replacement or repair where it fits) as a choice in the "
               "return flow.",
    evaluate=evaluate,
)
