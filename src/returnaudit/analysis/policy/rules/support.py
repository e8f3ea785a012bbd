"""Whether the shopper must contact support (email, phone, chat, letter) to start a return.

Cues read: contact, notify, channel, support_desk, return_label, authorization, return_action,
prerequisite, defect, change_of_mind, third_party, questions, other_matter, international,
after_window, fallback, options, self_service, alternative, legal_right.
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
    """support_contact_required, with the sentences that require it."""
    required = _required_by(doc)
    if not required:
        return {}
    return {"support_contact_required": found(True, *(s.text for s in required))}


def _required_by(doc: Document) -> list[Sentence]:
    """Sentences sending the shopper to support, or, without any self-service, an RMA rule."""
    portal = any(doc.lex.positive("self_service", s.text) for s in doc.sentences)
    sending = [sentence for sentence in doc.body() if _sends_to_support(doc, sentence, portal)]
    if sending or portal:
        return sending
    rule = next((s for s in doc.body() if doc.lex.positive("authorization", s.text)), None)
    return [rule] if rule else []


def _sends_to_support(doc: Document, sentence: Sentence, portal: bool) -> bool:
    """Contact named for a return (or as a first step), and not excused; `portal`: the policy
    names a self-service channel somewhere."""
    lex, text = doc.lex, sentence.text
    contact = _contact(lex, doc.block_context(sentence), text, portal)
    if contact is None:
        return False
    context = f"{doc.with_question(sentence)} {doc.block_context(sentence)} {sentence.heading}"
    about_returns = (lex.has("return_action", context) or lex.has("authorization", text)
                     or _steps_of_a_return(doc, sentence))
    if not (about_returns or lex.has("prerequisite", text)):
        return False
    if portal and _beside_portal(lex, text):
        return False
    return not _excused(doc, sentence, contact)


def _steps_of_a_return(doc: Document, sentence: Sentence) -> bool:
    """A step of a list ("1. Email us  2. We send a label  3. Ship it back") whose other steps,
    under the same heading, speak of returning."""
    if not sentence.is_item:
        return False
    steps = [s for s in doc.sentences if s.is_item and s.heading == sentence.heading]
    return any(doc.lex.has("return_action", step.text) for step in steps)


def _beside_portal(lex: Lexicon, text: str) -> bool:
    """Where a self-service channel exists: a contact offered as an alternative ("You can also
    email us"), or the statutory notice of withdrawal, is one way among others."""
    opening = " ".join(WORD.findall(text)[:_ALTERNATIVE_REACH])
    return lex.has("alternative", opening) or lex.has("legal_right", text)


def _contact(lex: Lexicon, said: str, text: str, portal: bool) -> re.Match[str] | None:
    """An instruction to contact the store; a notice of the return ("let us know you are
    returning it") by a channel such as email, or when the policy names no self-service
    channel to give it in (`said`: the sentence with the one before it in its paragraph); or,
    without such a channel, support handing out the label or RMA."""
    contact = lex.positive("contact", text)
    if contact is not None:
        return contact
    about = lex.has("return_action", said) or lex.has("legal_right", said)
    notify = lex.positive("notify", text)
    if notify is not None and about and (lex.has("channel", text) or not portal):
        return notify
    desk = lex.positive("support_desk", text)
    if desk and not portal and (lex.has("return_label", text) or lex.has("authorization", text)):
        return desk
    return None


def _excused(doc: Document, sentence: Sentence, contact: re.Match[str]) -> bool:
    """Only for faulty items, a third party, questions or another matter, a fallback, one of
    several options, or an alternative to self-service."""
    lex, text, asked = doc.lex, sentence.text, doc.with_question(sentence)
    if defect_only(lex, text) or lex.has("third_party", text) or lex.has("other_matter", text):
        return True
    if lex.has("international", text) or lex.has("after_window", text):
        return True  # only for orders from abroad, or for late returns
    if lex.has("questions", asked) or lex.has("fallback", asked):
        return True
    if sentence.is_item and lex.has("options", sentence.heading):
        return True
    before = text[: contact.start()]
    if not lex.has("self_service", before):
        return False
    nearby = " ".join(WORD.findall(before)[-_ALTERNATIVE_REACH:])
    return lex.has("alternative", nearby)
