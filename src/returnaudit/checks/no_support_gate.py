"""no-support-gate: nowhere is the shopper told to contact support to return."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, errored, failed, not_applicable, passed
from returnaudit.checks.preconditions_policy import fact_evidence, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    steps = {s.index: s for s in inp.artifacts.flow.steps}
    if inp.support_steps:
        first = steps[inp.support_steps[0]]
        signal = inp.support_signals[first.index]
        return failed(f"the return flow sends the shopper to support: {signal}",
                      Evidence(url=first.url_after, step=first.index, quote=signal))
    if inp.facts.support_contact_required:
        return failed("the policy tells shoppers to contact support to start a return",
                      *fact_evidence(inp, "support_contact_required"))
    if inp.support_pushes:
        url, sentence = inp.support_pushes[0]
        return failed(f"a page tells shoppers to contact support to return: '{sentence}'",
                      Evidence(url=url, quote=sentence))
    unclear = unclear_fact(inp, "support_contact_required")
    if unclear is not None:
        return unclear
    if inp.policy is None and not inp.flow_ran:
        return not_applicable("no policy and no flow to read")
    if inp.flow_error is not None:  # the unseen rest of the flow may still push to support
        return errored(f"the flow could not be measured: {inp.flow_error}")
    return passed("the shopper is never told to contact support to return")


CHECK = Check(
    id="no-support-gate",
    lesson="satisfaction-retention",
    title="No 'contact us to return'",
    failure_title="Shoppers must contact support to return",
    why="'Email us to start a return' is the friction Amazon removed: it delays the shopper "
        "and costs a support ticket per return.",
    how_to_fix="Replace 'contact us' with a link to a self-service returns portal.",
    evaluate=evaluate,
)
