"""retention-offers: exchange, store credit or a reason to buy again is offered."""

from __future__ import annotations

from ..rubric import Rubric
from ..signals.classify import first_match
from ..signals.keywords import keywords
from .base import Check, Evidence, Result, failed, passed, shorten
from .factgate import fact_evidence
from .inputs import AuditInput

_KINDS = ("exchange", "store_credit", "incentive")


def audit(inp: AuditInput, rubric: Rubric) -> Result:
    offers = keywords().offers
    for kind in _KINDS:
        for page in inp.flow_pages:
            quote = first_match(offers[kind], page.text)
            if quote:
                return passed(f"the flow offers {kind.replace('_', ' ')}: '{shorten(quote)}'",
                              Evidence(url=page.url, quote=quote))
    methods = [m for m in inp.facts.refund_methods or () if m in ("exchange", "store_credit")]
    if methods:
        return passed(f"the policy offers {' and '.join(m.replace('_', ' ') for m in methods)}",
                      *fact_evidence(inp, "refund_methods"))
    flow_done = inp.artifacts.flow.status in ("completed", "stopped_before_submit")
    if inp.policy is None and not flow_done:  # nothing was read: no claim about offers
        return failed("no returns policy or completed return flow was found to read")
    return failed("nothing invites the shopper to stay: no exchange, store credit or incentive")


CHECK = Check(
    id="retention-offers",
    lesson="satisfaction-retention",
    title="Exchange or store credit keeps the customer",
    failure_title="A return ends the relationship",
    why="An exchange or store credit (with a small bonus) turns a refund into the next "
        "purchase.",
    how_to_fix="Offer exchange and store credit next to the refund, and consider a bonus for "
               "choosing credit.",
    audit=audit,
)
