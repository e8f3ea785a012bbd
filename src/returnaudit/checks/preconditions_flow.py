"""Shared first answers of the flow checks: no flow, the tool's own error, no confirmed return."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import NO_FLOW, Evidence, Result, errored, failed, not_applicable


def flow_unavailable(inp: Analysis) -> Result | None:
    """The result when the flow cannot be judged at all, else None."""
    if not inp.flow_ran:
        return not_applicable(NO_FLOW)
    if inp.flow_error is not None:
        return errored(f"the flow could not be measured: {inp.flow_error}")
    return None


def not_confirmed(inp: Analysis) -> Result:
    """The flow ran but never reached a confirmed return."""
    failure = inp.artifacts.flow.failure
    if failure is None:
        return failed("the flow did not reach a confirmed return")
    return failed(f"no return could be completed online: {failure.message}",
                  Evidence(url=failure.url, step=failure.step, quote=failure.target or None))
