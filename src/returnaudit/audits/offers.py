"""Offers the flow or the policy makes (exchange, credit, repair...), shared by two checks."""

from __future__ import annotations

from collections.abc import Sequence

from ..signals.classify import first_match
from ..signals.keywords import keywords
from .base import Evidence, Result, failed
from .factgate import fact_evidence
from .inputs import AuditInput


def offered_in_flow(inp: AuditInput, kinds: Sequence[str]) -> tuple[str, Evidence] | None:
    """The first of `kinds` (in that order of preference) a flow page offers, with its quote."""
    offers = keywords().offers
    for kind in kinds:
        for page in inp.flow_pages:
            quote = first_match(offers[kind], page.text)
            if quote:
                return kind, Evidence(url=page.url, quote=quote)
    return None


def offered_by_policy(inp: AuditInput, kinds: Sequence[str]) -> tuple[list[str],
                                                                      tuple[Evidence, ...]]:
    """The refund methods among `kinds` the policy offers, and where it says so."""
    methods = [m for m in inp.facts.refund_methods or () if m in kinds]
    return methods, fact_evidence(inp, "refund_methods") if methods else ()


def nothing_read(inp: AuditInput) -> Result | None:
    """No policy and no completed flow: no claim can be made about what is offered."""
    flow_done = inp.artifacts.flow.status in ("completed", "stopped_before_submit")
    if inp.policy is None and not flow_done:
        return failed("no returns policy or completed return flow was found to read")
    return None
