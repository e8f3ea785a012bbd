"""Whether a store is a marketplace: its policy or its pages speak of third-party sellers."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.lang.page_words import page_words


def marketplace_quote(inp: Analysis) -> tuple[str, str] | None:
    """(url, sentence) showing third-party sellers, or None for a single-seller store."""
    words = page_words().marketplace
    policy = inp.policy
    if policy is not None:
        quote = words.first(inp.policy_text)
        if quote:
            return policy.url, quote
    for page in inp.all_pages:
        quote = words.first(page.text)
        if quote:
            return page.url, quote
    return None


def is_marketplace(inp: Analysis) -> bool:
    return bool(inp.facts.marketplace_sellers) or marketplace_quote(inp) is not None
