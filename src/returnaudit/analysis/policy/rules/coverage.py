"""Guarantees (and their limit), faulty or missing items, and third-party sellers.

Cues read: guarantee, coverage_limit, defect, customer_damage, exception, marketplace; the
pack's exclusion cues (items refused are not covered, unless the fault is the exception).
"""

from __future__ import annotations

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.lang.amounts import money_in
from returnaudit.lang.lexicon import CueName
from returnaudit.lang.sentences import Sentence


def find(doc: Document) -> Findings:
    """guarantee, guarantee_amount, damaged_or_missing_covered, marketplace_sellers."""
    facts: Findings = {}
    guarantee = _first(doc, "guarantee")
    if guarantee is not None:
        facts["guarantee"] = found(True, guarantee.text)
        facts.update(_guarantee_amount(doc))
    damaged = next((s for s in doc.sentences if _covers_damage(doc, s)), None)
    if damaged is not None:
        facts["damaged_or_missing_covered"] = found(True, damaged.text)
    marketplace = _first(doc, "marketplace")
    if marketplace is not None:
        facts["marketplace_sellers"] = found(True, marketplace.text)
    return facts


def _first(doc: Document, cue: CueName) -> Sentence | None:
    """The first sentence (headings included) where the cue occurs, not negated."""
    return next((s for s in doc.sentences if doc.lex.positive(cue, s.text)), None)


def _guarantee_amount(doc: Document) -> Findings:
    """A money limit ("up to $2,500") in a sentence on the guarantee (or under its heading)."""
    lex = doc.lex
    for sentence in doc.sentences:
        about = lex.has("guarantee", f"{doc.block_context(sentence)} {sentence.heading}")
        if about and lex.has("coverage_limit", sentence.text):
            amount = money_in(sentence.text)
            if amount is not None:
                return {"guarantee_amount": found(amount, sentence.text)}
    return {}


def _covers_damage(doc: Document, sentence: Sentence) -> bool:
    """Faulty, damaged-on-arrival, wrong or missing items mentioned, not damage by the shopper
    and not items refused ("a damaged product cannot be refunded")."""
    lex, text = doc.lex, sentence.text
    defect = lex.positive("defect", text)
    if defect is None or lex.has("customer_damage", text):
        return False
    refused = lex.exclusion_cues.search(text)
    return refused is None or lex.has("exception", text[: defect.start()])
