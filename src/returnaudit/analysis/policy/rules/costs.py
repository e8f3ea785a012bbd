"""Who pays to send a change-of-mind return back: the store (free returns) or the shopper.

Each clause that says who pays is a statement; the answer is what the statements that apply to
every ordinary return agree on, after any deduction: a fee taken off the refund means the
shopper pays, whatever label the store hands out. Statements that disagree make both facts
unclear, never a guess.

Cues read: free, prepaid, restocking, handling_fee, condition, free_item, store_pays,
customer_pays, deduction, postage_due, possible_charge, cost_word, return_action, outbound,
store_dropoff, partial_share, international, exception, defect, change_of_mind, conditional,
threshold, after_window, exchange_only, no_change_of_mind, subscription.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from returnaudit.analysis.policy.document import Document, clause_bounds, clauses
from returnaudit.analysis.policy.findings import Findings, found, unclear
from returnaudit.analysis.policy.rules.restocking import flat_handling, is_restocking
from returnaudit.lang.amounts import money_in
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.patterns import token_count
from returnaudit.lang.sentences import Sentence

_BARE_PRICE_WORDS = 3
"""A clause this short is a price on its own ("Frais de retour : 0 €")."""
Payer = Literal["store", "customer"]
Strength = Literal["said", "label", "deducted"]
"""said: who pays is stated; label: only that a prepaid label is given (how, not who pays in
the end); deducted: a fee is taken off the refund."""


@dataclass(frozen=True)
class Statement:
    """One clause saying who pays for a return."""

    payer: Payer
    strength: Strength
    sentence: Sentence
    conditional: bool
    """Said only for some returns (if...): it yields to what is said of all returns."""
    tiered: bool
    """Said for items over or under a price: the cost depends on the price."""
    regional: bool
    """Said for one country or region (its sentence or heading names it)."""


def find(doc: Document) -> Findings:
    """free_returns and return_shipping_paid_by: one payer, or unclear when statements clash
    or a charge only may apply ("a fee may be deducted": who pays depends on what is unsaid)."""
    statements = _applicable(doc, list(_statements(doc)))
    maybe = next((s for s in statements if s.payer == "customer" and not s.conditional
                  and doc.lex.has("possible_charge", s.sentence.text)), None)
    maybe = maybe or next((s for s in statements
                           if doc.lex.has("hedge", doc.block_context(s.sentence))), None)
    if maybe is not None:
        return {"free_returns": unclear(maybe.sentence.text, conflict=False),
                "return_shipping_paid_by": unclear(maybe.sentence.text, conflict=False)}
    plain = [s for s in statements if not (s.conditional or s.tiered)]
    payers = {s.payer for s in statements}
    if not plain and payers == {"store"}:
        return {}  # only "if ... we pay": silent on ordinary returns
    tiered = len(payers) > 1 and any(s.tiered for s in statements)
    pool = statements if tiered else plain or statements
    if not pool:
        return {}
    if not tiered and all(s.regional for s in pool):
        pool = [s for s in pool if s.payer == pool[0].payer]  # the first market is the main one
    by_payer: dict[Payer, list[str]] = {}
    for statement in pool:
        by_payer.setdefault(statement.payer, []).append(statement.sentence.text)
    if len(by_payer) > 1:
        firsts = [texts[0] for texts in by_payer.values()]
        return {"free_returns": unclear(*firsts), "return_shipping_paid_by": unclear(*firsts)}
    payer, texts = next(iter(by_payer.items()))
    return {
        "free_returns": found(payer == "store", *texts),
        "return_shipping_paid_by": found(payer, *texts),
    }



def _applicable(doc: Document, statements: list[Statement]) -> list[Statement]:
    """A store that refuses change-of-mind returns pays only for its own faults; a return fee
    taken off the refund means the shopper pays, whatever is said of free labels."""
    if any(doc.lex.positive("no_change_of_mind", s.text) for s in doc.body()):
        statements = [s for s in statements if s.payer == "customer"]
    if any(s.strength == "deducted" and not (s.conditional or s.tiered) for s in statements):
        statements = [s for s in statements if s.payer == "customer"]
    return statements


def _statements(doc: Document) -> Iterator[Statement]:
    """Each clause that says who pays for returning an item for any reason."""
    lex = doc.lex
    for sentence in doc.sentences:
        if sentence.is_question or not _general(doc, sentence):
            continue
        about = doc.with_question(sentence)
        follows = _follows_costs(doc, sentence)
        returns = _about_returns(doc, sentence) or _priced_label(lex, sentence.text) or follows
        faults = _about_faults(doc, sentence)
        costly = lex.has("cost_word", sentence.text) or follows
        regional = lex.has("region", f"{sentence.text} {sentence.heading}")
        condition = ""  # a clause that names no payer conditions the next one ("Choose
        # store credit and your return ships free")
        for clause in clauses(doc, sentence.text):
            said = _payer(lex, clause, costly, sentence.text)
            if said is None:
                condition = clause
                continue
            if _exchange_only(doc, f"{condition} {clause}", about):
                condition = ""
                continue
            condition = ""
            payer, strength = said
            if payer == "store" and faults and lex.exclusive.search(clause):
                payer = "customer"  # "return postage is free for faulty goods only"
            elif payer == "store" and (faults or not returns):
                continue
            if payer == "customer" and not (returns or _unheaded(sentence)) and not (
                    strength == "deducted" and lex.has("return_action",
                                                       doc.block_context(sentence))):
                continue  # "To return a sofa we collect it. This costs €49, taken off the
                # refund": a sum off the refund after a sentence on returning
            lead = _lead(doc, sentence, clause)
            # "free for members": said of some shoppers, it yields to what all of them pay
            scoped = _conditional(lex, lead, strength) or lex.has("subgroup", lead)
            yield Statement(payer, strength, sentence, scoped, lex.has("threshold", lead),
                            regional)


def _payer(lex: Lexicon, clause: str, costly: bool, sentence: str
           ) -> tuple[Payer, Strength] | None:
    """Free / prepaid label / "we pay" / "you pay" / "deducted from your refund" in a clause
    of `sentence` (`costly`: the sentence speaks of a cost, which "you pay" needs)."""
    # "free shipping on orders over $50" is the delivery's; "returns are free on orders over
    # $75" is a return's cost with a threshold
    priced_return = lex.has("threshold", clause) and lex.has("return_action", clause)
    if (lex.has("outbound", clause) and not priced_return) or lex.has("store_dropoff", clause):
        return None
    if _deducted(lex, clause, sentence):
        return "customer", "deducted"
    if lex.has("postage_due", clause):
        return "customer", "said"  # "unpaid parcels are refused": the shopper pays postage
    if flat_handling(lex, clause):
        return "customer", "said"  # "a handling fee applies to every return"
    if is_restocking(lex, clause) and not lex.has("postage", clause):
        return None  # "we never charge restocking fees": a fee of its own, not the postage
    free = _free(lex, clause)
    if free is not None:
        return ("customer" if lex.negated(clause, free) else "store"), "said"
    ours = lex.cue("store_pays").search(clause)
    if ours:
        shared = lex.negated(clause, ours, inside=True) or lex.has("partial_share", clause)
        return ("customer" if shared else "store"), "said"
    theirs = lex.cue("customer_pays").search(clause)
    if theirs and costly:
        return ("store" if lex.negated(clause, theirs, inside=True) else "customer"), "said"
    if lex.positive("prepaid", clause):
        return "store", "label"
    return _priced(lex, clause, sentence)


def _free(lex: Lexicon, clause: str) -> re.Match[str] | None:
    """A 'free' that qualifies the return, not a free gift or bundle sent with the order."""
    gifts = [match.span() for match in lex.cue("free_item").finditer(clause)]
    for match in lex.cue("free").finditer(clause):
        if not any(start <= match.start() < end for start, end in gifts):
            return match
    return None


def _deducted(lex: Lexicon, clause: str, sentence: str) -> bool:
    """Postage, a label or a sum taken off the refund ("less any fees" names no sum;
    a restocking fee is its own fact). What is taken off may be named elsewhere in the sentence
    ("the cost of the label ($6.95) will be taken out of your refund")."""
    if not lex.has("deduction", clause) and not _spans_into(lex, clause, sentence):
        return False
    named = clause if _a_cost(lex, clause) else sentence
    return _a_cost(lex, named) and (not is_restocking(lex, named) or flat_handling(lex, named))


def _spans_into(lex: Lexicon, clause: str, sentence: str) -> bool:
    """A deduction of the sentence that runs into the clause ("ziehen wir für Abholung und
    Aufbereitung 79 € ab": the clause after "und" holds the sum and the end of the verb)."""
    start = sentence.find(clause)
    if start < 0:
        return False
    end = start + len(clause)
    return any(match.start() < end and start < match.end()
               for match in lex.cue("deduction").finditer(sentence))


def _a_cost(lex: Lexicon, text: str) -> bool:
    """Postage, or a sum of money (a flat fee taken off the refund is the shopper's cost)."""
    return lex.has("postage", text) or money_in(text) is not None


def _priced(lex: Lexicon, clause: str, sentence: str) -> tuple[Payer, Strength] | None:
    """'Return by parcel: €5.95': a price for sending a return back is the shopper's (the
    price alone may be the clause after the colon)."""
    bare = token_count(clause) <= _BARE_PRICE_WORDS
    if not lex.has("return_action", sentence if bare else clause):
        return None
    if lex.has("threshold", clause):
        return None
    if is_restocking(lex, clause) and not flat_handling(lex, clause):
        return None
    price = money_in(clause)
    if price is None:
        return None
    return ("store" if price == 0 else "customer"), "said"  # "return costs: €0" is free


def _general(doc: Document, sentence: Sentence) -> bool:
    """Not about orders from abroad, a subscription or service, or the time after the window."""
    lex = doc.lex
    if _international(lex, sentence.text) or _international(lex, sentence.heading):
        return False
    if lex.has("subscription", sentence.text):
        return False  # "a subscription is refunded minus a $50 fee": no goods are sent back
    return not lex.has("after_window", sentence.text)


def _about_returns(doc: Document, sentence: Sentence) -> bool:
    """The sentence, its question or its heading speaks of returning."""
    return doc.lex.has("return_action", f"{doc.with_question(sentence)} {sentence.heading}")


def _follows_costs(doc: Document, sentence: Sentence) -> bool:
    """'Return postage is on us for faulty goods. In every other case the buyer pays it.': the
    sentence goes on from one, in its paragraph, on what returning costs."""
    before = doc.lead_of(sentence)
    if before is None or before.is_heading:
        return False
    return doc.lex.has("cost_word", before.text) and doc.lex.has("return_action", before.text)


def _priced_label(lex: Lexicon, text: str) -> bool:
    """ "The return label (€5.50) is deducted from your refund": a return label with a price
    or a deduction speaks of returning, whatever the heading."""
    if not lex.has("return_label", text):
        return False
    return lex.has("deduction", text) or money_in(text) is not None


def _unheaded(sentence: Sentence) -> bool:
    """A sentence under no heading: on a returns page, "you pay shipping" is about returns."""
    return not (sentence.heading or sentence.is_heading)


def _exchange_only(doc: Document, clause: str, about: str) -> bool:
    """'Exchanges ship free': said of exchanges, in the clause or in the question it answers."""
    question = about.split("?")[0] if "?" in about else ""
    return any(_of_exchanges(doc.lex, text) for text in (clause, question) if text)


def _of_exchanges(lex: Lexicon, text: str) -> bool:
    """An exchange cue, or exchange words that are the only words about returning."""
    if lex.has("exchange_only", text):
        return not lex.methods["original_payment"].search(text)  # "for exchanges and refunds"
    swaps = [match.span() for match in lex.methods["exchange"].finditer(text)]
    returns = [match.span() for match in lex.cue("return_action").finditer(text)]
    return bool(swaps) and all(
        any(start < end_s and start_s < end for start_s, end_s in swaps) for start, end in returns)


def _about_faults(doc: Document, sentence: Sentence) -> bool:
    """Faulty or wrong items (where the store pays by law), not a change of mind: in the
    sentence, the one before it, its heading or the question it answers ("My teapot arrived
    broken?")."""
    question = doc.question_of(sentence)
    scope = f"{doc.block_context(sentence)} {sentence.heading} " \
        f"{question.text if question is not None else ''}"
    return bool(doc.lex.positive("defect", scope)) and not doc.lex.has("change_of_mind", scope)


def _lead(doc: Document, sentence: Sentence, clause: str) -> str:
    """The clause with what leads up to it in its sentence ("If ..., we pay")."""
    start = max(sentence.text.find(clause), 0)
    left, _ = clause_bounds(doc, sentence.text, start, start + len(clause))
    return f"{sentence.text[:left]} {clause}"


def _conditional(lex: Lexicon, said: str, strength: Strength) -> bool:
    """'If ...', unless the condition is the change of mind itself, or a fee taken off the
    refund if the shopper uses the store's label (the other way, the shopper's own postage,
    costs the shopper too)."""
    if strength == "deducted" and (lex.has("return_label", said) or lex.has("prepaid", said)):
        return False
    return lex.has("conditional", said) and not lex.has("change_of_mind", said)


def _international(lex: Lexicon, text: str) -> bool:
    """About orders from abroad, unless they are only named as an exception."""
    place = lex.cue("international").search(text)
    return place is not None and not lex.has("exception", text[: place.start()])
