"""guest-returns: no account login or password needed to start the return."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, not_applicable, passed
from returnaudit.checks.preconditions_flow import flow_unavailable
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = flow_unavailable(inp)
    if early is not None:
        return early
    walled = [p for p in inp.flow_pages if p.has_password_field]
    if walled:
        page = walled[0]
        return failed(f"a password is asked for on '{page.heading or page.title}'",
                      Evidence(url=page.url, selector="input[type=password]"))
    if inp.artifacts.flow.status in ("completed", "stopped_before_submit"):
        return passed("no login or password was needed")
    return not_applicable("unknown: the flow stopped before the end, and no login was seen")


CHECK = Check(
    id="guest-returns",
    lesson="simple-returns",
    title="No login is needed to return",
    failure_title="Returns are behind a login",
    why="Guest shoppers have no password and many account holders have forgotten theirs: a "
        "login wall stops returns and sends shoppers to support.",
    how_to_fix="Let shoppers find their order with the order number and email address.",
    evaluate=evaluate,
)
