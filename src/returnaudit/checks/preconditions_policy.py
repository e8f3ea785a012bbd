"""Shared pieces of the policy checks: no policy, and evidence for a fact."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Evidence, Result, failed


def no_policy(inp: Analysis) -> Result | None:
    """The result when no policy was found to read, else None."""
    if inp.policy is None:
        return failed("no returns policy was found to read")
    return None


def fact_evidence(inp: Analysis, *names: str) -> tuple[Evidence, ...]:
    """The sentences the named facts came from, once each."""
    seen: dict[str, Evidence] = {}
    for name in names:
        found = inp.facts.evidence.get(name)
        if found is not None and found.quote not in seen:
            seen[found.quote] = Evidence(url=found.url, quote=found.quote)
    return tuple(seen.values())
