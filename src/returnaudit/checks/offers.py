"""Offers the flow or the policy makes (exchange, credit, repair...), shared by two checks."""

from __future__ import annotations

from collections.abc import Sequence

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Evidence, Result, failed
from returnaudit.checks.preconditions_policy import fact_evidence
from returnaudit.lang.page_words import page_words


def offered_in_flow(inp: Analysis, kinds: Sequence[str]) -> tuple[str, Evidence] | None:
    """The first of `kinds` (in that order of preference) a flow page offers, with its quote."""
    offers = page_words().offers
    for kind in kinds:
        for page in inp.flow_pages:
            quote = offers[kind].first(page.text)
            if quote:
                return kind, Evidence(url=page.url, quote=quote)
    return None


def offered_by_policy(inp: Analysis, kinds: Sequence[str]) -> tuple[list[str],
                                                                      tuple[Evidence, ...]]:
    """The refund methods among `kinds` the policy offers, and where it says so."""
    methods = [m for m in inp.facts.refund_methods or () if m in kinds]
    return methods, fact_evidence(inp, "refund_methods") if methods else ()


def nothing_read(inp: Analysis) -> Result | None:
    """No policy and no completed flow: no claim can be made about what is offered."""
    flow_done = inp.artifacts.flow.status in ("completed", "stopped_before_submit")
    if inp.policy is None and not flow_done:
        return failed("no returns policy or completed return flow was found to read")
    return None
