"""Categories of items that cannot be returned (canonical ids from the packs' `exclusions`)."""

from __future__ import annotations

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.refund import offers
from returnaudit.lang.sentences import Sentence

_STILL_OFFERED = ("exchange", "store_credit")


def find(doc: Document) -> Findings:
    """exclusions: sorted category ids named where the policy excludes items."""
    named: set[str] = set()
    first: Sentence | None = None
    for sentence in doc.body():
        if not excludes(doc, sentence):
            continue
        hits = {
            name for name, pattern in doc.lex.categories.items() if pattern.search(sentence.text)
        }
        if hits and first is None:
            first = sentence
        named |= hits
    if first is None:
        return {}
    return {"exclusions": found(tuple(sorted(named)), first.text)}


def excludes(doc: Document, sentence: Sentence) -> bool:
    """An exclusion sentence, or an item of a list introduced as exclusions; not one that
    still offers an exchange or credit ("not refundable, but they can be exchanged": a tier)."""
    cues, text = doc.lex.exclusion_cues, sentence.text
    if cues.search(text):
        return not any(offers(doc.lex, method, text) for method in _STILL_OFFERED)
    return bool(sentence.is_item and cues.search(sentence.heading))
