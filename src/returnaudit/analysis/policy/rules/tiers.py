"""Whether outcomes differ with the item's condition, the time held, or how it was bought.

Cues read: condition, condition_outcome, after_window, length_of_use, partial_refund,
purchase_method, purchase_channel, restricted_outcome, subgroup, membership_exclusive,
membership_same.
"""

from __future__ import annotations

from collections.abc import Callable

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.refund import offers
from returnaudit.lang.lexicon import Lexicon

_LATER_OUTCOMES = ("store_credit", "exchange", "replacement", "repair")


def find(doc: Document) -> Findings:
    """condition_tiers, time_tiers and purchase_method_tiers, each with its first sentence."""
    tests: dict[str, Callable[[Lexicon, str], bool]] = {
        "condition_tiers": by_condition,
        "time_tiers": by_time_held,
        "purchase_method_tiers": by_purchase,
    }
    facts: Findings = {}
    for name, test in tests.items():
        sentence = next((s for s in doc.body() if test(doc.lex, s.text)), None)
        if sentence is not None:
            facts[name] = found(True, sentence.text)
    return facts


def by_condition(lex: Lexicon, text: str) -> bool:
    """A condition (opened, used, good condition) tied to a different outcome (fee, credit)."""
    return lex.has("condition", text) and lex.has("condition_outcome", text)


def by_time_held(lex: Lexicon, text: str) -> bool:
    """After the window another outcome is still offered, or the outcome depends on use."""
    if lex.has("length_of_use", text):
        return _other_outcome(lex, text)
    return lex.has("after_window", text) and _other_outcome(lex, text)


def by_purchase(lex: Lexicon, text: str) -> bool:
    """Sale, promo code, gift receipt, paid by cash, a seller's own policy (not negated: "no
    sale item is returnable" is a tier); in store, online or at an outlet when the sentence
    gives them an outcome of their own (final, credit only, not refunded); members-only terms."""
    if lex.has("purchase_method", text):
        return True
    if lex.has("purchase_channel", text) and lex.has("restricted_outcome", text):
        return True
    exclusive = lex.has("membership_exclusive", text) and not lex.has("membership_same", text)
    return lex.has("subgroup", text) and exclusive


def _other_outcome(lex: Lexicon, text: str) -> bool:
    """Credit, exchange, replacement, repair or a partial refund, not negated."""
    if lex.positive("partial_refund", text):
        return True
    return any(offers(lex, method, text) for method in _LATER_OUTCOMES)
