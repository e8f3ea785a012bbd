"""Whether outcomes differ with the item's condition, the time held, or how it was bought.

Cues read: condition, condition_outcome, restocking, back_reference, after_window,
customer_pays, length_of_use, partial_refund, purchase_method, purchase_channel, free,
cost_word, return_label, return_action, restricted_outcome, other_terms, subgroup,
membership_exclusive, membership_same, ordinary_group.
"""

from __future__ import annotations

from collections.abc import Callable

from returnaudit.analysis.policy.document import Document, blank, clause_bounds, inside
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.exclusions import excludes
from returnaudit.analysis.policy.rules.refund import offers
from returnaudit.analysis.policy.rules.restocking import is_restocking
from returnaudit.analysis.policy.rules.timing import mentions
from returnaudit.lang.amounts import money_in
from returnaudit.lang.lexicon import METHODS, Lexicon
from returnaudit.lang.sentences import Sentence

_LATER_OUTCOMES = ("store_credit", "exchange", "replacement", "repair")
_SALE_CATEGORIES = ("sale_items", "final_sale")
"""The exclusion categories that are ways of buying, not kinds of product."""


def find(doc: Document) -> Findings:
    """condition_tiers, time_tiers and purchase_method_tiers, each with its first sentence."""
    tests: dict[str, Callable[[Lexicon, str], bool]] = {
        "condition_tiers": by_condition,
        "time_tiers": by_time_held,
        "purchase_method_tiers": by_purchase,
    }
    facts: Findings = {}
    for name, test in tests.items():
        said = [s.text for s in doc.body() if test(doc.lex, s.text)]
        if name == "condition_tiers":
            said += [s.text for s in doc.body()
                     if s.text not in said and _condition_in_context(doc, s)]
        if name == "purchase_method_tiers":
            said += [s.text for s in doc.body()
                     if s.text not in said and (_purchase_in_context(doc, s)
                                                or _sale_excluded(doc, s))]
        if name == "time_tiers" and not said:
            said = _windows_with_own_outcomes(doc)
        if said:
            facts[name] = found(True, *said)
    return facts


def by_condition(lex: Lexicon, text: str) -> bool:
    """A condition (opened, used, good condition) tied to a different outcome (fee, credit); or
    items no longer new given credit, an exchange or a part refund ("opened items are refunded
    on a gift card")."""
    if lex.positive("used_state", text) is not None and _other_outcome(lex, text) and \
            not lex.exclusion_cues.search(text):
        return True  # not "used items can't be returned; that's what repairs are for"
    return lex.has("condition", text) and _condition_outcome(lex, text)


def _condition_in_context(doc: Document, sentence: Sentence) -> bool:
    """The condition in the sentence and the outcome in its heading ("Opened items: 15% fee"
    over a list), or the outcome said of "these returns" right after the condition."""
    lex, text = doc.lex, sentence.text
    if sentence.is_item and lex.has("condition", text) and \
            _condition_outcome(lex, sentence.heading):
        return True  # not a rule under a heading on costs ("Fees: items must be complete")
    if lex.has("condition", sentence.heading) and (
            lex.has("condition_outcome", text) or is_restocking(lex, text)):
        return True  # under "Opened items": "A 15% restocking fee applies."
    if not (lex.has("back_reference", text) and _condition_outcome(lex, text)):
        return False
    earlier = doc.sentences[: sentence.index]
    return any(s.block == sentence.block and lex.has("condition", s.text) for s in earlier)


def _purchase_in_context(doc: Document, sentence: Sentence) -> bool:
    """ "Seconds are sold at a discount. These can be returned for a gift card only.": the
    outcome said of "these" right after the sentence on how they were bought; or terms of
    members followed by those of everyone else."""
    lex, text = doc.lex, sentence.text
    if _members_price(lex, text) and lex.has("return_action", sentence.heading):
        return True  # under "Return costs": "Free for club members."
    before = doc.lead_of(sentence)
    if before is None:
        return False
    if lex.has("subgroup", before.text) and lex.has("ordinary_group", text) and \
            _outcome_or_cost(lex, f"{before.text} {text}"):
        return True  # "Members may take their refund as points. Everyone else gets money."
    if lex.has("subgroup", before.text) and lex.has("membership_exclusive", text) and \
            lex.has("cost_word", text):
        return True  # "Members return for free. Everyone else pays $4.95." (a longer window
        # for members alone is not an outcome of its own)
    if not (lex.has("back_reference", text) and lex.has("restricted_outcome", text)):
        return False
    return lex.has("purchase_method", before.text)


def _sale_excluded(doc: Document, sentence: Sentence) -> bool:
    """Sale, clearance or final-sale purchases named among the items that cannot be returned
    ("The following cannot be returned: - anything bought in our clearance sale"): how the item
    was bought decides whether it goes back."""
    categories = doc.lex.categories
    sale = [categories[name] for name in _SALE_CATEGORIES if name in categories]
    return any(pattern.search(sentence.text) for pattern in sale) and excludes(doc, sentence)


def _condition_outcome(lex: Lexicon, text: str) -> bool:
    """A fee, deduction, partial refund or credit-only outcome (a restocking fee is one; so
    is credit or an exchange said to be the only outcome: "will only be accepted for store
    credit", "nur noch ein Umtausch")."""
    if lex.has("condition_outcome", text) or is_restocking(lex, text):
        return True
    return lex.exclusive.search(text) is not None and _other_outcome(lex, text)


def by_time_held(lex: Lexicon, text: str) -> bool:
    """After the window another outcome is still offered (or the shopper then pays the
    return), or the outcome depends on use."""
    if lex.has("length_of_use", text):
        return _other_outcome(lex, text)
    if not lex.has("after_window", text):
        return False
    return _other_outcome(lex, text) or bool(lex.positive("customer_pays", text)) or \
        _charged(lex, text)


def _charged(lex: Lexicon, text: str) -> bool:
    """A sum taken off the refund or charged ("a $99 pickup fee applies")."""
    return lex.has("deduction", text) or (lex.has("cost_word", text) and
                                           money_in(text) is not None)


def _windows_with_own_outcomes(doc: Document) -> list[str]:
    """'Within 7 days: full refund; within 15 days: store credit': windows of different
    lengths, each offering outcomes the other does not."""
    offered: list[tuple[int, frozenset[str], str]] = []
    for mention in mentions(doc):
        if mention.kind == "refund":
            continue  # a refund delay; any other span may name a tier's days ("up to 8 days
            # after purchase: money back")
        text = mention.sentence.text
        left, right = clause_bounds(doc, text, mention.duration.start, mention.duration.end)
        part = text[left:right]
        methods = frozenset(m for m in METHODS if offers(doc.lex, m, part))
        if methods:
            offered.append((mention.duration.days, methods, text))
    for days, methods, text in offered:
        for other_days, other_methods, other_text in offered:
            if days < other_days and not methods & other_methods:
                return [text, other_text]
    return []


def by_purchase(lex: Lexicon, text: str) -> bool:
    """Sale, promo code, gift receipt, paid by cash, a seller's own policy (not negated: "no
    sale item is returnable" is a tier); in store, online or at an outlet when the sentence
    gives them an outcome of their own (final, credit only, not refunded); members-only terms."""
    if lex.has("purchase_method", text) and _about_outcome(lex, text):
        return not lex.has("same_terms", text)  # "sale items go back like any other"
    channel = lex.has("purchase_channel", text) or lex.has("marketplace", text)
    if channel and (lex.has("restricted_outcome", text) or lex.has("other_terms", text)):
        return True  # "bought from another retailer? That retailer's policy applies."
    paid = [match.span() for match in lex.cue("paid_with_credit").finditer(text)]
    if paid and offers(lex, "store_credit", blank(text, paid)):
        return True  # "paid with a gift card? Your refund comes as a new gift card"
    exclusive = lex.has("membership_exclusive", text) and not lex.has("membership_same", text)
    others = lex.has("ordinary_group", text) and _outcome_or_cost(lex, text)
    if lex.has("subgroup", text) and (exclusive or others):
        return True
    # "free returns for members", "members never pay the return fee": what a return costs
    # depends on it (not free shipping on orders, not a label members print)
    return _members_price(lex, text) and lex.has("return_action", text)


def _members_price(lex: Lexicon, text: str) -> bool:
    """Members or card holders named with a price or its absence, not "the same for all"."""
    return lex.has("subgroup", text) and _priced(lex, text) and \
        not lex.has("membership_same", text)


def _priced(lex: Lexicon, text: str) -> bool:
    """A charge or its absence named: free, a fee, a cost, a sum; a label alone is none."""
    if lex.has("free", text):
        return True
    labels = [match.span() for match in lex.cue("return_label").finditer(text)]
    return any(not inside(match, labels) for match in lex.cue("cost_word").finditer(text))


def _about_outcome(lex: Lexicon, text: str) -> bool:
    """The sentence speaks of returning or of an outcome, not only of a sale ("Clearance
    items ship in 2 days" says nothing of returns)."""
    if lex.has("restricted_outcome", text) or lex.has("return_action", text):
        return True
    return any(offers(lex, method, text) for method in METHODS)


def _outcome_or_cost(lex: Lexicon, text: str) -> bool:
    """An outcome or a cost named, not only a window: a longer window for members alone is
    no tier of its own (the corpus convention)."""
    return lex.has("cost_word", text) or any(offers(lex, method, text) for method in METHODS)


def _other_outcome(lex: Lexicon, text: str) -> bool:
    """Credit, exchange, replacement, repair or a partial refund, not negated."""
    if lex.positive("partial_refund", text):
        return True
    return any(offers(lex, method, text) for method in _LATER_OUTCOMES)
