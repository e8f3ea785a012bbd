"""How the refund is issued (the outcomes offered) and how many days it takes.

Cues read: payment_instrument, purchase_method; the pack's `methods` lists (outcomes, idioms,
re-ordering, and "return or exchange" pairs, where the return means a refund).
"""

from __future__ import annotations

import re

from returnaudit.analysis.policy.document import QUOTED, Document, clause_bounds, inside
from returnaudit.analysis.policy.findings import Findings, found, unclear
from returnaudit.analysis.policy.rules.timing import Mention, mentions
from returnaudit.lang.lexicon import METHODS, Lexicon
from returnaudit.lang.sentences import Sentence

_CLAUSE_BREAK = re.compile(r"[,;:()–—]")
_HARD_BREAK = re.compile(r"[;:()–—]")


def find(doc: Document) -> Findings:
    """refund_methods and refund_days."""
    return {**_refund_days(doc), **_refund_methods(doc)}


def _refund_days(doc: Document) -> Findings:
    """The longest refund delay; unclear when it depends on how the order was paid (different
    delays per payment method, or a delay given only for purchases paid by cheque, say)."""
    every = mentions(doc)
    delays = [mention for mention in every if mention.kind == "refund"]
    if not delays:
        return {}
    lex = doc.lex
    # "Cards: 3-5 days; PayPal: 24 hours; bank transfer: up to 10 days", in the refund's
    # sentence or its list, whatever each span was read as
    places = {_place(m.sentence) for m in delays}
    by_payment = [m for m in every if lex.has("payment_instrument", m.sentence.text)
                  and (m.kind == "refund" or _place(m.sentence) in places)]
    general = [m for m in delays if not lex.has("purchase_method", m.sentence.text)]
    if len({m.duration.days for m in by_payment}) > 1 or not general or \
            _said_of_one_payment(doc, delays):
        texts = [m.sentence.text for m in (by_payment if len(by_payment) > 1 else delays)]
        return {"refund_days": unclear(*texts, conflict=False)}
    longest = max(general, key=lambda mention: mention.duration.days)
    same = [m.sentence.text for m in general if m.duration.days == longest.duration.days]
    return {"refund_days": found(longest.duration.days, *same)}


def _said_of_one_payment(doc: Document, delays: list[Mention]) -> bool:
    """Every delay is said of one way of paying ("Klarna takes 5-7 working days", "card refunds
    take 3 days") and the policy names other ways: the delay depends on how one paid. A delay
    whose own sentence names several ("back to the card or PayPal account you paid with
    within 10 days") is said of them all."""
    lex = doc.lex

    def ways(text: str) -> set[str]:
        return {match.group().lower() for match in lex.cue("payment_instrument").finditer(text)}

    if not all(len(ways(m.sentence.text)) == 1 for m in delays):
        return False
    named = set().union(*(ways(s.text) for s in doc.body()))
    return len(named) > 1


def _place(sentence: Sentence) -> tuple[str, int | None]:
    """Where a sentence stands: a list item in its list (under its heading), any other in its
    paragraph."""
    return sentence.heading, None if sentence.is_item else sentence.block


def _refund_methods(doc: Document) -> Findings:
    """Every outcome named (not negated) outside headings, in canonical order; a question's
    only when its answer does not turn it down ("Can I exchange a book? We do not offer
    direct exchanges." offers none; "Prefer an exchange? Tell us when you return it." does)."""
    first_seen: dict[str, Sentence] = {}
    for sentence in doc.body():
        named = [method for method in METHODS if offers(doc.lex, method, sentence.text)]
        if sentence.is_question:
            named = [m for m in named if not _turned_down(doc, sentence, m)]
        if "store_credit" in named and _in_excluded_list(doc, sentence):
            named.remove("store_credit")  # "Gift cards" listed under "Non-returnable items:"
        if _only_other_outcome(doc, sentence.text, named):
            named.remove("original_payment")
        for method in named:
            first_seen.setdefault(method, sentence)
        if "original_payment" not in first_seen and _return_or_exchange(doc.lex, sentence.text):
            first_seen["original_payment"] = sentence
    if not first_seen:
        return {}
    methods = tuple(method for method in METHODS if method in first_seen)
    earliest = min(first_seen.values(), key=lambda sentence: sentence.index)
    return {"refund_methods": found(methods, earliest.text)}


def _turned_down(doc: Document, question: Sentence, method: str) -> bool:
    """The answer after the question names the outcome only negated, or (an exchange) tells
    the shopper to order again."""
    if question.index + 1 >= len(doc.sentences):
        return False
    answer = doc.sentences[question.index + 1].text
    if method == "exchange" and doc.lex.reorder.search(answer):
        return True
    return bool(doc.lex.methods[method].search(answer)) and not offers(doc.lex, method, answer)


def offers(lex: Lexicon, method: str, text: str) -> bool:
    """Whether the text offers this outcome: named, not negated, not part of an idiom, not the
    quoted name of a menu or button ("Returns, repairs and support")."""
    idioms = [match.span() for match in QUOTED.finditer(text)]
    if method == "original_payment":
        # "Gutschrift auf Ihr Kundenkonto", "refund card": the money word names the credit.
        idioms += [match.span() for match in lex.methods["store_credit"].finditer(text)]
    if method == "store_credit":
        idioms += _excluded_products(lex, text)
    if method == "exchange":
        if lex.reorder.search(text):
            return False
        idioms += [match.span() for match in lex.exchange_idioms.finditer(text)]
    for match in lex.methods[method].finditer(text):
        if inside(match, idioms) or lex.negated(text, match):
            continue
        return True
    return False


def _in_excluded_list(doc: Document, sentence: Sentence) -> bool:
    """A list of items that cannot be returned: under a heading, or after a lead-in ending in
    a colon, that says so."""
    lex = doc.lex
    if sentence.heading and lex.exclusion_cues.search(sentence.heading):
        return True
    lead = doc.previous(sentence)
    return lead is not None and lead.text.rstrip()[-1:] in (":", "?") and \
        lex.exclusion_cues.search(lead.text) is not None


def _excluded_products(lex: Lexicon, text: str) -> list[tuple[int, int]]:
    """'Gift cards cannot be returned': a credit named before an exclusion is the product
    excluded, not an outcome."""
    spans = []
    for exclusion in lex.exclusion_cues.finditer(text):
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, exclusion.start())),
                           default=0)
        # "Gift cards, licences and ammunition can't be returned": a list of commas and
        # "and" before the exclusion, with no verb of its own, is all excluded
        start = max((m.end() for m in _HARD_BREAK.finditer(text, 0, exclusion.start())),
                    default=0)
        if not _outcome_verb(lex, text[start : exclusion.start()]):
            clause_start = min(clause_start, start)
        spans.append((clause_start, exclusion.start()))
    return spans


def _outcome_verb(lex: Lexicon, text: str) -> bool:
    """A refund or return said in the text (not a list of things)."""
    return bool(lex.cue("refund_processing").search(text) or lex.cue("return_action").search(text))


def _only_other_outcome(doc: Document, text: str, named: list[str]) -> bool:
    """'Refunds are issued as store credit only': the refund word names no money refund,
    unless money is named (not negated) outside the credit, or a refund word stands in a
    clause of its own ("a full refund within 7 days; after that, store credit only")."""
    lex = doc.lex
    if "original_payment" not in named or len(named) < 2 or not lex.exclusive.search(text):
        return False
    credit = [match.span() for match in lex.methods["store_credit"].finditer(text)]
    money = (m for m in lex.explicit_money.finditer(text)
             if not inside(m, credit) and not lex.negated(text, m))
    if next(money, None) is not None:
        return False
    others = [match.span() for method in METHODS if method != "original_payment"
              for match in lex.methods[method].finditer(text)]
    for refund in lex.methods["original_payment"].finditer(text):
        if inside(refund, credit) or lex.negated(text, refund):
            continue
        left, right = clause_bounds(doc, text, refund.start(), refund.end())
        if not any(left <= start and end <= right for start, end in others):
            return False
    return True


def _return_or_exchange(lex: Lexicon, text: str) -> bool:
    """ "Return or exchange" offered: the return is a refund whose method is not named."""
    return lex.first_positive(lex.return_alternative, text) is not None


