"""Shared pieces of the policy checks: no policy, evidence for a fact, and a fact the policy
leaves unclear or contradicts itself on."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Evidence, Result, failed, not_applicable, partial
from returnaudit.lib.wording import shorten

TOPICS = {
    "window_days": "the return window",
    "window_start": "when the return window starts",
    "free_returns": "return costs",
    "return_shipping_paid_by": "return costs",
    "restocking_fee": "restocking fees",
    "restocking_fee_percent": "restocking fees",
    "refund_methods": "how refunds are paid",
    "refund_days": "refund timing",
    "condition_tiers": "outcomes by the item's condition",
    "time_tiers": "outcomes by how long the item was held",
    "purchase_method_tiers": "outcomes by how the item was bought",
    "exclusions": "what cannot be returned",
    "guarantee": "its guarantee",
    "guarantee_amount": "the guarantee's limit",
    "damaged_or_missing_covered": "damaged or missing items",
    "marketplace_sellers": "third-party sellers",
    "support_contact_required": "whether shoppers must contact support to return",
}
"""What each fact is about, in the words of a check's summary."""


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


def unclear_fact(inp: Analysis, *names: str) -> Result | None:
    """Partial when the policy contradicts itself (or only hedges) on one of the facts, quoting
    the sentences that disagree; None when every named fact is stated or unstated."""
    facts = inp.facts
    name = next((n for n in names if facts.status_of(n) == "unclear"), None)
    if name is None:
        return None
    sentences = facts.sentences.get(name, ())
    evidence = tuple(Evidence(url=one.url, quote=one.quote) for one in sentences)
    quotes = [f"'{shorten(one.quote)}'" for one in sentences[:2]]
    if name in facts.conflicts and len(quotes) == 2:
        return partial(f"the policy contradicts itself on {TOPICS[name]}: "
                       f"{quotes[0]} vs {quotes[1]}", *evidence)
    said = f": {quotes[0]}" if quotes else ""
    return partial(f"the policy is unclear on {TOPICS[name]}{said}", *evidence)
