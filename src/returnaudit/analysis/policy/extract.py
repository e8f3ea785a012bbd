"""Run every fact rule over a policy text."""

from __future__ import annotations

from collections.abc import Callable

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings
from returnaudit.analysis.policy.rules import (
    costs,
    coverage,
    exclusions,
    refund,
    restocking,
    support,
    tiers,
    window,
)

RULES: tuple[Callable[[Document], Findings], ...] = (
    window.find,
    costs.find,
    restocking.find,
    refund.find,
    tiers.find,
    exclusions.find,
    coverage.find,
    support.find,
)
"""The rule modules, each returning the facts it found."""

MAX_CHARS = 200_000
"""Text read per policy: far beyond any real policy, and it bounds the time on a huge page."""


def find_facts(text: str, language: str | None = None) -> tuple[str, Findings]:
    """The language used and every fact found in the text."""
    doc = Document.parse(text[:MAX_CHARS], language)
    findings: Findings = {}
    for rule in RULES:
        findings.update(rule(doc))
    return doc.language, findings
