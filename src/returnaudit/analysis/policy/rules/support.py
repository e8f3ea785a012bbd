"""Whether the shopper must contact support (email, phone, chat, letter) to start a return.

Cues read: contact, notify, channel, support_desk, return_label, authorization, return_action,
prerequisite, defect, change_of_mind, third_party, questions, other_matter, international,
after_window, fallback, options, self_service, alternative, legal_right.
"""

from __future__ import annotations

import re

from returnaudit.analysis.policy.document import Document, clause_bounds, without_names
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.timing import defect_only
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.patterns import WORD
from returnaudit.lang.sentences import Sentence

_ALTERNATIVE_REACH = 4
"""How many words before the contact cue may offer it as an alternative ("... or email us")."""


_ARRIVAL_GAP = 4
"""How many characters may part a refund's arrival from the account it lands in."""


def find(doc: Document) -> Findings:
    """support_contact_required, with the sentences that require it."""
    required = _required_by(doc)
    if not required:
        return {}
    return {"support_contact_required": found(True, *(s.text for s in required))}


def _required_by(doc: Document) -> list[Sentence]:
    """Sentences sending the shopper to support, or, without any self-service, an RMA rule."""
    portal = any(_names_portal(doc.lex, s.text) for s in doc.sentences)
    sending = [sentence for sentence in doc.body() if _sends_to_support(doc, sentence, portal)]
    if sending or portal:
        return sending
    rule = next((s for s in doc.body() if doc.lex.positive("authorization", s.text)), None)
    return [rule] if rule else []


def _names_portal(lex: Lexicon, text: str) -> bool:
    """Whether the sentence names a self-service channel; not the account a refund lands in
    ("it may take 5 days to appear in your account", "avant qu'il apparaisse sur votre
    compte")."""
    arrivals = [m.end() for m in lex.cue("refund_processing").finditer(text)]
    return any(
        not lex.negated(text, match)
        and not any(match.start() - _ARRIVAL_GAP <= end <= match.end() for end in arrivals)
        for match in lex.cue("self_service").finditer(text)
    )


def _sends_to_support(doc: Document, sentence: Sentence, portal: bool) -> bool:
    """Contact named for a return (or as a first step), and not excused; `portal`: the policy
    names a self-service channel somewhere."""
    lex, text = doc.lex, sentence.text
    contact = _contact(lex, f"{doc.block_context(sentence)} {sentence.heading}", text, portal)
    if contact is None:
        return False
    # a bare "How?" ("Comment faire ?") asks about what was said just before it
    context = (f"{_question(doc, sentence, before=True)} {doc.with_question(sentence)} "
               f"{doc.block_context(sentence)} {sentence.heading}")
    about_returns = (lex.has("return_action", context) or lex.has("authorization", text)
                     or lex.has("legal_right", context) or _steps_of_a_return(doc, sentence))
    if not (about_returns or lex.has("prerequisite", text)):
        return False
    lead = doc.lead_text(sentence)
    if portal and (_beside_portal(lex, text, lead, sentence.heading)
                   or _special_case(lex, text, contact)):
        return False
    return not _excused(doc, sentence, contact)


def _question(doc: Document, sentence: Sentence, *, before: bool = False) -> str:
    """The question the sentence answers, with what leads up to it in its paragraph (with
    `before`, whatever sentence comes before it)."""
    question = doc.question_of(sentence)
    if question is None:
        return ""
    lead = doc.previous(question)
    if lead is None or not (before or lead.block == question.block):
        return question.text
    return f"{lead.text} {question.text}"


def _steps_of_a_return(doc: Document, sentence: Sentence) -> bool:
    """A step of a list ("1. Email us  2. We send a label  3. Ship it back") whose other steps,
    under the same heading, speak of returning."""
    if not sentence.is_item:
        return False
    steps = [s for s in doc.sentences if s.is_item and s.heading == sentence.heading]
    return any(doc.lex.has("return_action", step.text) for step in steps)


def _beside_portal(lex: Lexicon, text: str, lead: str, heading: str) -> bool:
    """Where a self-service channel exists: a contact offered as an alternative ("You can also
    email us", "Prefer to talk to a person? Call us": `lead` is the sentence before it in its
    paragraph), or the statutory notice of withdrawal, is one way among others. The notice
    may name the right only in its heading ("Right of withdrawal / To exercise it, inform us
    ..."), as long as the sentence itself does not speak of returning."""
    openings = [" ".join(WORD.findall(part)[:_ALTERNATIVE_REACH]) for part in (text, lead)]
    return any(lex.has("alternative", opening) for opening in openings) or \
        lex.has("legal_right", text) or \
        (lex.has("legal_right", heading) and not lex.has("return_action", text))


def _special_case(lex: Lexicon, text: str, contact: re.Match[str]) -> bool:
    """Where a self-service channel exists: contact limited by a condition that is not the
    return itself ("Contact us if the size you need is out of stock", "Si l'article est
    épuisé, écrivez-nous"); "If you'd like to return it, email us" is still the way to
    return."""
    condition = lex.positive("conditional", text)
    if condition is None:
        return False
    if condition.start() >= contact.end():
        clause = text[condition.start():]
    elif condition.end() <= contact.start():
        clause = text[condition.start():contact.start()]
    else:
        return False
    return not (lex.has("return_action", clause) or lex.has("change_of_mind", clause)
                or lex.has("legal_right", clause))


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
    lex, text, asked = doc.lex, sentence.text, without_names(doc.with_question(sentence))
    if defect_only(lex, text) or lex.has("third_party", text) or lex.has("other_matter", text):
        return True
    # "My item arrived faulty. What now?" over the answer; under "Faulty items"
    topic = _question(doc, sentence)
    if any(part and defect_only(lex, part) and not lex.has("return_action", part)
           for part in (topic, sentence.heading)):
        return True
    lead = doc.lead_text(sentence)
    if lex.has("conditional", lead) and defect_only(lex, lead):
        return True  # "If an item is faulty, your rights are not affected. Email us ..."
    if topic and lex.has("international", topic):
        return True  # "Sending a return from abroad? Email us first."
    if lex.has("exchange_only", text[: contact.start()]) and \
            lex.has("self_service", doc.block_context(sentence)):
        return True  # "Refunds from your account; for an exchange of size, write to us"
    left, right = clause_bounds(doc, text, contact.start(), contact.end())
    condition = f"{text[:contact.start()]} {text[left:right]}"
    if lex.has("international", condition) or lex.has("after_window", condition):
        return True  # only for orders from abroad, or for late returns (not "within a further
        # 14 days" in a later step of the same sentence)
    if lex.has("questions", asked) or lex.has("fallback", asked):
        return True
    if sentence.is_item and lex.has("options", sentence.heading):
        return True
    before, after = text[: contact.start()], text[contact.end() :]
    if lex.has("self_service", before):
        nearby = " ".join(WORD.findall(before)[-_ALTERNATIVE_REACH:])
        return lex.has("alternative", nearby)
    # "by contacting us or through your account": the other way comes right after
    following = WORD.findall(after)[: _ALTERNATIVE_REACH * 2]
    joined = " ".join(following[:_ALTERNATIVE_REACH])
    return lex.has("alternative", joined) and lex.has("self_service", " ".join(following))
