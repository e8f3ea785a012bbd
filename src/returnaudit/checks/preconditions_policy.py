"""Shared pieces of the policy checks: no policy, and evidence for a fact."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Evidence, Result, failed, not_applicable


def no_policy(inp: Analysis) -> Result | None:
    """The result when no policy was found to read, else None."""
    if inp.policy is None:
        return failed(f"no returns policy was found to read{not_a_policy_note(inp)}")
    return None


def not_a_policy_note(inp: Analysis) -> str:
    """Why the page the returns link opens was not read as the policy, if that is the case."""
    other = inp.not_a_policy
    if other is None:
        return ""
    return f": the returns link opens {other.looks_like} with no policy text ({other.page.url})"


def text_not_checked(inp: Analysis) -> Result | None:
    """For checks of the policy's wording: not applicable when the returns link opens a page
    with no policy text (a bare form, a sign-in page): there is no wording to judge."""
    other = inp.not_a_policy
    if other is None:
        return None
    return not_applicable(f"not checked: the returns link opens {other.looks_like} with no "
                          f"policy text ({other.page.url})")


def fact_evidence(inp: Analysis, *names: str) -> tuple[Evidence, ...]:
    """The sentences the named facts came from, once each."""
    seen: dict[str, Evidence] = {}
    for name in names:
        found = inp.facts.evidence.get(name)
        if found is not None and found.quote not in seen:
            seen[found.quote] = Evidence(url=found.url, quote=found.quote)
    return tuple(seen.values())
