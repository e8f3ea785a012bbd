"""self-service-returns: a return can be started online with no support contact."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.platforms import platform_named
from returnaudit.checks.base import Check, Evidence, Result, failed, partial, passed
from returnaudit.checks.preconditions_flow import flow_unavailable, not_confirmed
from returnaudit.checks.preconditions_policy import fact_evidence
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    portal = platform_named(inp.platforms, "return_portal") if not inp.flow_ran else None
    if portal is not None:
        seen = portal.evidence[0]
        return partial(f"a returns portal ({portal.name}) is linked; walk it with a scenario "
                       "to measure it", Evidence(url=seen.url, quote=seen.signal))
    if not inp.flow_ran and inp.facts.support_contact_required:
        # No flow ran, but the policy itself says how a return starts: that much was seen.
        return failed("the policy tells shoppers to contact support to start a return (no "
                      "return flow was run)", *fact_evidence(inp, "support_contact_required"))
    early = flow_unavailable(inp)
    if early is not None:
        return early
    steps = {s.index: s for s in inp.artifacts.flow.steps}
    if inp.support_steps:
        signals, count = inp.support_signals, len(inp.support_steps)
        return failed(f"the shopper is pushed to support {count} time(s): "
                      f"{signals[inp.support_steps[0]]}",
                      *(Evidence(url=steps[i].url_after, step=i, quote=signals[i])
                        for i in inp.support_steps))
    status = inp.artifacts.flow.status
    if status == "completed":
        return passed(f"the return was completed online in {inp.counts.interactions} "
                      "interactions, without contacting support")
    if status == "stopped_before_submit":
        return passed("the return could be prepared online without contacting support "
                      "(stopped before submitting on a live store)")
    return not_confirmed(inp)


CHECK = Check(
    id="self-service-returns",
    lesson="simple-returns",
    title="Returns are self-service",
    failure_title="Shoppers cannot start a return by themselves",
    why="Amazon's returns start online in a few clicks. Every 'email us to return' costs a "
        "support ticket and a frustrated customer.",
    how_to_fix="Offer an online returns portal (order number + email) that creates the return "
               "and its label without a human in the loop.",
    evaluate=evaluate,
)
