"""Who pays for a change-of-mind return, and whether a restocking fee applies.

Cues read: free, store_pays, customer_pays, cost_word, return_action, outbound, partial_share,
international, exception, defect, change_of_mind, conditional, restocking.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from returnaudit.analysis.policy.document import Document, clauses
from returnaudit.analysis.policy.findings import Findings, found, unclear
from returnaudit.lang.amounts import percent_in
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.sentences import Sentence

Payer = Literal["store", "customer"]


def find(doc: Document) -> Findings:
    """free_returns, return_shipping_paid_by, restocking_fee, restocking_fee_percent."""
    return {**_return_costs(doc), **_restocking(doc)}


def _return_costs(doc: Document) -> Findings:
    """One clear payer across the policy; statements that contradict each other make both
    facts unclear, quoting the first sentence for each payer."""
    statements = list(_statements(doc))
    if not statements:
        return {}
    by_payer = {payer: [s.text for p, s in statements if p == payer] for payer, _ in statements}
    if len(by_payer) > 1:
        firsts = [texts[0] for texts in by_payer.values()]
        return {"free_returns": unclear(*firsts), "return_shipping_paid_by": unclear(*firsts)}
    payer, texts = next(iter(by_payer.items()))
    return {
        "free_returns": found(payer == "store", *texts),
        "return_shipping_paid_by": found(payer, *texts),
    }


def _statements(doc: Document) -> Iterator[tuple[Payer, Sentence]]:
    """Each clause that says who pays for returning an item for any reason."""
    for sentence in doc.sentences:
        if sentence.is_question:
            continue
        context = f"{doc.with_question(sentence)} {sentence.heading}"
        for clause in clauses(doc, sentence.text):
            payer = _payer(doc.lex, clause, context)
            if payer is not None and _general(doc, sentence, payer, clause):
                yield payer, sentence


def _payer(lex: Lexicon, clause: str, context: str) -> Payer | None:
    """Free / "we pay" / "you pay" in a clause about return costs, with its negation."""
    if lex.has("outbound", clause):
        return None
    returning = lex.has("return_action", context)
    free = lex.cue("free").search(clause)
    if free and returning:
        return "customer" if lex.negated(clause, free) else "store"
    ours = lex.cue("store_pays").search(clause)
    if ours and (returning or lex.has("cost_word", context)):
        shared = lex.negated(clause, ours, inside=True) or lex.has("partial_share", clause)
        return "customer" if shared else "store"
    theirs = lex.cue("customer_pays").search(clause)
    if theirs and lex.has("cost_word", clause):
        return "store" if lex.negated(clause, theirs, inside=True) else "customer"
    return None


def _general(doc: Document, sentence: Sentence, payer: Payer, clause: str) -> bool:
    """Not about international orders; a free return must not be for faulty items or conditional."""
    lex = doc.lex
    if _international(lex, sentence.text) or _international(lex, sentence.heading):
        return False
    if payer == "customer":
        return True
    scope = f"{doc.block_context(sentence)} {sentence.heading}"
    if lex.positive("defect", scope) and not lex.has("change_of_mind", scope):
        return False
    return not (lex.has("conditional", clause) and not lex.has("change_of_mind", clause))


def _international(lex: Lexicon, text: str) -> bool:
    """About orders from abroad, unless they are only named as an exception."""
    place = lex.cue("international").search(text)
    return place is not None and not lex.has("exception", text[: place.start()])


def _restocking(doc: Document) -> Findings:
    """A restocking fee that can apply (a negated mention alone means none), with its percent."""
    lex = doc.lex
    by_body = sorted(doc.sentences, key=lambda sentence: sentence.is_heading)
    mentioned = [s for s in by_body if lex.has("restocking", s.text)]
    charged = [s for s in mentioned if lex.positive("restocking", s.text)]
    if not charged:
        return {"restocking_fee": found(False, mentioned[0].text)} if mentioned else {}
    facts = {"restocking_fee": found(True, charged[0].text)}
    under_heading = [s for s in doc.sentences if lex.has("restocking", s.heading)]
    for sentence in (*charged, *under_heading):
        percent = percent_in(sentence.text, lex.percent)
        if percent is not None:
            facts["restocking_fee_percent"] = found(percent, sentence.text)
            break
    return facts
