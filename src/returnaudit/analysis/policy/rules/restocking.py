"""Whether a restocking fee can apply to a return, and its percentage.

A handling or processing fee counts as a restocking-type charge, unless it is said to pay for
the postage or the label (then it is what sending the return back costs). A handling fee of a
flat sum on every return, whatever the item's state, is also what the return costs the
shopper (rules/costs.py: no free returns).

Cues read: restocking, handling_fee, postage, condition.
"""

from __future__ import annotations

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.lang.amounts import money_in, percent_in
from returnaudit.lang.lexicon import CueName, Lexicon
from returnaudit.lang.sentences import Sentence


def find(doc: Document) -> Findings:
    """restocking_fee (a negated mention alone means none) and restocking_fee_percent."""
    lex = doc.lex
    by_body = sorted(doc.sentences, key=lambda sentence: sentence.is_heading)
    mentioned = [s for s in by_body
                 if lex.has("restocking", s.text) or lex.has("handling_fee", s.text)]
    charged = [s for s in mentioned if is_restocking(lex, s.text, charged=True)
               and (not s.is_heading or _heading_charges(doc, s))]
    if not charged:
        return {"restocking_fee": found(False, mentioned[0].text)} if mentioned else {}
    facts = {"restocking_fee": found(True, *(s.text for s in charged))}
    under_heading = [s for s in doc.sentences if lex.has("restocking", s.heading)]
    for sentence in (*charged, *under_heading):
        percent = percent_in(sentence.text, lex.percent)
        if percent is not None:
            facts["restocking_fee_percent"] = found(percent, sentence.text)
            break
    return facts


def _heading_charges(doc: Document, heading: Sentence) -> bool:
    """A heading naming the fee ("Restocking fees") charges one only if the sentences under it
    give a rate or a sum and none of them says there is none ("None. We don't charge
    restocking fees")."""
    lex = doc.lex
    under = [s for s in doc.body() if s.heading == heading.text]
    if any(lex.has("restocking", s.text) and lex.positive("restocking", s.text) is None
           for s in under):
        return False
    return any(percent_in(s.text, lex.percent) is not None or money_in(s.text) is not None
               for s in under)


def is_restocking(lex: Lexicon, text: str, *, charged: bool = False) -> bool:
    """The text names a restocking fee, or a handling fee that does not pay for the postage
    (with `charged`, not negated: "we never charge a restocking fee" names one, charges none)."""
    def named(cue: CueName) -> bool:
        return lex.positive(cue, text) is not None if charged else lex.has(cue, text)

    return named("restocking") or (named("handling_fee") and not _for_postage(lex, text))


def _for_postage(lex: Lexicon, text: str) -> bool:
    """The text names the postage or the label (by a word: a sum alone says nothing)."""
    return any(not any(c.isdigit() for c in match.group())
               for match in lex.cue("postage").finditer(text))


def flat_handling(lex: Lexicon, text: str) -> bool:
    """A handling fee charged on every return, not for the item's state nor as a share of the
    price ("a €2.95 handling fee on each return"): the shopper pays to return."""
    return (lex.positive("handling_fee", text) is not None and money_in(text) is not None
            and not lex.has("restocking", text) and not lex.has("condition", text)
            and percent_in(text, lex.percent) is None)
