"""Whether the shopper must contact support (email, phone, chat, letter) to start a return.

Cues read: contact, support_desk, return_label, authorization, return_action, prerequisite,
defect, change_of_mind, third_party, questions, fallback, self_service, alternative.
"""

from __future__ import annotations

import re

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.timing import defect_only
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.patterns import WORD
from returnaudit.lang.sentences import Sentence

_ALTERNATIVE_REACH = 4
"""How many words before the contact cue may offer it as an alternative ("... or email us")."""


def find(doc: Document) -> Findings:
    """support_contact_required, with the sentence that requires it."""
    sentence = _required_by(doc)
    return {"support_contact_required": found(True, sentence.text)} if sentence else {}


def _required_by(doc: Document) -> Sentence | None:
    """A sentence sending the shopper to support, or, without any self-service, an RMA rule."""
    for sentence in doc.body():
        if _sends_to_support(doc, sentence):
            return sentence
    if any(doc.lex.positive("self_service", s.text) for s in doc.sentences):
        return None
    return next((s for s in doc.body() if doc.lex.positive("authorization", s.text)), None)


def _sends_to_support(doc: Document, sentence: Sentence) -> bool:
    """Contact named for a return (or as a first step), and not excused."""
    lex, text = doc.lex, sentence.text
    contact = _contact(lex, text)
    if contact is None:
        return False
    context = f"{doc.with_question(sentence)} {sentence.heading}"
    about_returns = lex.has("return_action", context) or lex.has("authorization", text)
    if not (about_returns or lex.has("prerequisite", text)):
        return False
    return not _excused(doc, sentence, contact)


def _contact(lex: Lexicon, text: str) -> re.Match[str] | None:
    """An instruction to contact the store, or support handing out the label or RMA number."""
    contact = lex.positive("contact", text)
    if contact is not None:
        return contact
    desk = lex.positive("support_desk", text)
    if desk and (lex.has("return_label", text) or lex.has("authorization", text)):
        return desk
    return None


def _excused(doc: Document, sentence: Sentence, contact: re.Match[str]) -> bool:
    """Only for faulty items, a third party, questions, a fallback, or an alternative."""
    lex, text = doc.lex, sentence.text
    if defect_only(lex, text) or lex.has("third_party", text) or lex.has("questions", text):
        return True
    if lex.has("fallback", doc.with_question(sentence)):
        return True
    before = text[: contact.start()]
    if not lex.has("self_service", before):
        return False
    nearby = " ".join(WORD.findall(before)[-_ALTERNATIVE_REACH:])
    return lex.has("alternative", nearby)
