"""Whether a restocking (or handling) fee can apply to a return, and its percentage.

Cues read: restocking.
"""

from __future__ import annotations

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.lang.amounts import percent_in


def find(doc: Document) -> Findings:
    """restocking_fee (a negated mention alone means none) and restocking_fee_percent."""
    lex = doc.lex
    by_body = sorted(doc.sentences, key=lambda sentence: sentence.is_heading)
    mentioned = [s for s in by_body if lex.has("restocking", s.text)]
    charged = [s for s in mentioned if lex.positive("restocking", s.text)]
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
