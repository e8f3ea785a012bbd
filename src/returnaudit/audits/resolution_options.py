"""resolution-options: exchange, replacement or repair is offered besides a refund."""

from __future__ import annotations

from ..rubric import Rubric
from ..signals.classify import first_match
from ..signals.keywords import keywords
from .base import Check, Evidence, Result, failed, passed, shorten
from .factgate import fact_evidence
from .inputs import AuditInput

_KINDS = ("exchange", "replacement", "repair")


def audit(inp: AuditInput, rubric: Rubric) -> Result:
    offers = keywords().offers
    for kind in _KINDS:  # the most common offer first, wherever it is shown
        for page in inp.flow_pages:
            quote = first_match(offers[kind], page.text)
            if quote:
                return passed(f"the return flow offers {kind} ('{shorten(quote)}')",
                              Evidence(url=page.url, quote=quote))
    methods = [m for m in inp.facts.refund_methods or () if m in _KINDS]
    if methods:
        return passed(f"the policy offers {', '.join(methods)} besides a refund",
                      *fact_evidence(inp, "refund_methods"))
    flow_done = inp.artifacts.flow.status in ("completed", "stopped_before_submit")
    if inp.policy is None and not flow_done:  # nothing was read: no claim about offers
        return failed("no returns policy or completed return flow was found to read")
    return failed("only a refund is offered: no exchange, replacement or repair")


CHECK = Check(
    id="resolution-options",
    lesson="simple-returns",
    title="Exchange, replacement or repair is offered",
    failure_title="Only a refund is offered",
    why="A shopper who wanted another size wants an exchange, not a refund and a new order; "
        "offering it keeps the sale.",
    how_to_fix="Offer exchange (and replacement or repair where it fits) as a choice in the "
               "return flow.",
    audit=audit,
)
