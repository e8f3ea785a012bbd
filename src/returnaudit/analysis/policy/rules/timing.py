"""Sort every span of time in a policy: the return window, the refund delay, or something else.

Cues read: refund_subject, return_received, refund_processing, return_action, transit, defect,
change_of_mind, window_noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, cast

from returnaudit.analysis.policy.document import Document, blank, blank_matches, clause_bounds
from returnaudit.lang.durations import Duration
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.negation import NegationRules
from returnaudit.lang.patterns import WORD, token_count
from returnaudit.lang.sentences import Sentence

Kind = Literal["window", "window_hint", "refund", "other"]
"""A window_hint is a window only its heading or the question before it says is for returns."""
_HARD_BREAK = re.compile(r"[;()]")
"""Punctuation that ends a clause for good (a comma or "and" may keep the subject)."""
_TIER_REACH = 3
"""How many durations back a later span may continue (the tiers of one rule are close)."""
_ANCHOR_REACH = 120
_SALE_WORDS = 8
"""Words after a span read for what it counts from ("after the date of delivery")."""
"""How many characters after a duration may say what it counts from ("after we receive...")."""


@dataclass(frozen=True)
class Mention:
    """A duration in a sentence, and what it measures."""

    sentence: Sentence
    duration: Duration
    kind: Kind


def mentions(doc: Document) -> list[Mention]:
    """Every duration of the policy with its kind, in reading order (worked out once per
    document: the window, refund and tier rules all read them)."""
    known = doc.memo.get("mentions")
    if known is None:
        known = doc.memo["mentions"] = tuple(_mentions(doc))
    return list(cast("tuple[Mention, ...]", known))


def _mentions(doc: Document) -> list[Mention]:
    found = [
        Mention(sentence, duration, classify(doc, sentence, duration))
        for sentence in doc.sentences
        for duration in doc.lex.durations.find(sentence.text)
    ]
    return _time_tiers(found)


def _time_tiers(found: list[Mention]) -> list[Mention]:
    """ "Within 14 days a refund; from 15 to 30 days, store credit": a span that starts where
    a return window ends continues it, so both are windows (how long the item was kept),
    whatever verb the outcome uses."""
    tiers = set()
    for index, later in enumerate(found):
        for earlier in found[max(0, index - _TIER_REACH) : index]:
            if "window" in (earlier.kind, later.kind) \
                    and _continues(earlier.duration, later.duration):
                tiers.update({id(earlier), id(later)})
    if not tiers:
        return found
    return [Mention(m.sentence, m.duration, "window") if id(m) in tiers and m.kind != "window"
            else m for m in found]


def _continues(earlier: Duration, later: Duration) -> bool:
    calendar = {"day", "week", "month"}
    if earlier.unit not in calendar or later.unit not in calendar:
        return False
    return later.days > earlier.days and later.least == earlier.days + 1 \
        and later.least < later.days


def classify(doc: Document, sentence: Sentence, duration: Duration) -> Kind:
    """Refund delay if the clause is about paying back; window if the sentence is on returns."""
    lex, text = doc.lex, sentence.text
    left, right = clause_bounds(doc, text, duration.start, duration.end)
    lifetime = lex.validity.search(text[left : duration.start])
    if lifetime and not _about_returning(lex, text[left:right]):
        return "other"  # a credit's lifetime, not a window ("the return period expires" is one)
    # "satisfait ou remboursé pendant 30 jours", "refund period": the refund word names a window
    unnamed = blank_matches(lex.cue("window_noun"), text)
    from_sale = _counts_from_sale(lex, text, duration) and not (
        _refund_leads(lex, unnamed[left : duration.start])
        or _starts_with_refund(lex, unnamed[left : duration.start]))  # "– a refund, within 7
    # days of ...", not "Within 30 days of delivery: refund ..." (a tier's outcome)
    lead = doc.lead_text(sentence)
    topic = f"{doc.with_question(sentence)} {sentence.heading} {lead}"
    if not from_sale and _is_refund_delay(lex, unnamed, (left, right), duration, topic):
        return "refund"
    if lex.has("transit", text[left:right]) or defect_only(lex, text) or \
            lex.has("store_reply", text[left:right]):
        return "other"  # "We'll reply within 2 business days with a return label"
    if lex.has("wait", text[left:right]) and not _about_returning(lex, text) and \
            not lex.has("start_delivery", text[left:right]) and \
            _refund_named(lex, f"{sentence.heading} {lead}"):
        return "refund"  # "... your refund will be processed. Please allow up to 10 days."
    if _about_returning(lex, text):
        return "window"
    if _about_returning(lex, f"{doc.with_question(sentence)} {sentence.heading}"):
        return "window_hint"
    previous = doc.previous(sentence)
    if previous is not None and lex.has("ordinary_group", text[left:right]) and \
            _about_returning(lex, previous.text):
        return "window"  # "Members may return within 60 days. Everyone else has 30 days."
    return "other"


def _counts_from_sale(lex: Lexicon, text: str, duration: Duration) -> bool:
    """ "100 nights after delivery", "30 Tage ab Kaufdatum": a span counted from the sale or
    the delivery is how long the shopper has, never how long a refund takes ("14 days after
    we receive your return" names the return)."""
    words = WORD.findall(text[duration.end : duration.end + _ANCHOR_REACH])[:_SALE_WORDS]
    after = " ".join(words)
    anchor = lex.cue("start_anchor").match(after)
    if anchor is None:
        return False
    rest = after[anchor.end() :]
    if any(lex.has(cue, after) for cue in ("return_action", "return_received", "legal_right",
                                             "notice_anchor")):
        return False
    return lex.has("start_purchase", rest) or lex.has("start_delivery", rest)


def _about_returning(lex: Lexicon, text: str) -> bool:
    return any(lex.has(cue, text) for cue in ("return_action", "window_noun", "change_of_mind"))


def defect_only(lex: Lexicon, text: str) -> bool:
    """The text speaks of faulty, damaged or wrong items, not of a change of mind."""
    return lex.positive("defect", text) is not None and not lex.has("change_of_mind", text)


def _is_refund_delay(lex: Lexicon, text: str, bounds: tuple[int, int], duration: Duration,
                     topic: str) -> bool:
    """`topic`: the sentence's heading, the question it answers and the sentence before it
    in its paragraph ("Refunds go to your card. Allow 5 days after your parcel reaches us.")."""
    left, right = bounds
    if _starts_with_refund(lex, text[left : duration.start]):
        return True  # not "Within 30 days of delivery: refund to your card" (a tier's line)
    # counted from the store's receipt of the return, in the duration's own clause, where a
    # refund is named in the sentence or its topic ("then 14 days to ship it once your return
    # is approved" is the time to send it)
    received = lex.cue("return_received").search(text, duration.end,
                                                  min(right, duration.end + _ANCHOR_REACH))
    if received is not None and not _shopper_acts_after(lex, text, (left, right), received) \
            and _refund_named(lex, f"{text} {topic}"):
        return True
    processing = _nearest(lex.cue("refund_processing"), text, bounds, duration, lex.negation)
    if processing is None:
        return _refund_leads(lex, text[: duration.start])
    # "the money is sent back to your card": the return word is the refund's own; "14 days
    # after the pickup" counts from the return, which is not what the days are for
    paid = blank_matches(lex.cue("refund_processing"), text)
    paid = _without_anchor_event(lex, paid, duration, right)
    returning = _nearest(lex.cue("return_action"), paid, bounds, duration)
    return returning is None or processing <= returning


_ANCHOR_EVENT = re.compile(r"\W*(?:\w+\W+){0,3}")
"""Up to three words between the days and the event they count from ("after the")."""


def _without_anchor_event(lex: Lexicon, text: str, duration: Duration, right: int) -> str:
    """The text with the return word the days count from blanked ("14 jours après
    l'enlèvement du meuble", "nach Eingang Ihrer Widerrufserklärung")."""
    gap = _ANCHOR_EVENT.match(text, duration.end, right)
    anchor = lex.cue("start_anchor").search(gap.group()) if gap is not None else None
    if gap is None or anchor is None:
        return text
    event = lex.cue("return_action").search(text, duration.end, right)
    if event is None or event.start() > gap.end():
        return text
    between = text[duration.end + anchor.end() : event.start()]
    if token_count(between) > 2 or lex.has("start_delivery", between) or \
            lex.has("start_purchase", between):
        return text  # "30 Tagen nach Erhalt zurückschicken": the days count from receipt
    return blank(text, [event.span()])


def _shopper_acts_after(lex: Lexicon, text: str, bounds: tuple[int, int],
                        received: re.Match[str]) -> bool:
    """ "You have 30 days after receiving your item to return it": what is received is the
    order, and the clause goes on to what the shopper does with it; no refund is named in
    the sentence ("we refund within 14 days of receiving your item" names one)."""
    _, right = bounds
    if received.start() >= right or _refund_named(lex, text):
        return False
    return lex.has("return_action", text[received.end() : right])


def _refund_named(lex: Lexicon, text: str) -> bool:
    """A refund, money paid back or a credit named."""
    return lex.has("refund_processing", text) or lex.has("refund_subject", text) or any(
        lex.methods[method].search(text) for method in ("original_payment", "store_credit"))


def _refund_leads(lex: Lexicon, before: str) -> bool:
    """ "We will refund you ..., and at the latest within 14 days": the refund is the subject
    of the clause (up to a ';' or bracket), not negated, and nothing about returning comes
    between it and the duration."""
    before = _HARD_BREAK.split(before)[-1]
    found = list(lex.cue("refund_processing").finditer(before))
    last = found[-1] if found else None
    if last is None or lex.negated(before, last):
        return False
    return not lex.has("return_action", before[last.end() :])


def _starts_with_refund(lex: Lexicon, clause: str) -> bool:
    """ "Refunds are processed...", "Le remboursement intervient...", "Remboursement : ..."."""
    head = clause.lstrip(" -–—•*:")
    heads = [head, head.split(":", 1)[1].lstrip()] if ":" in head else [head]
    return any(lex.cue("refund_subject").match(candidate) for candidate in heads)


def _nearest(
    pattern: re.Pattern[str], text: str, bounds: tuple[int, int], duration: Duration,
    negation: NegationRules | None = None,
) -> int | None:
    """Fewest words between the duration and a match inside the clause (not a negated one,
    with `negation`)."""
    gaps = []
    for match in pattern.finditer(text, *bounds):
        if negation is not None and negation.is_negated(text, match.start(), match.end()):
            continue
        if match.end() <= duration.start:
            gaps.append(token_count(text[match.end() : duration.start]))
        elif match.start() >= duration.end:
            gaps.append(token_count(text[duration.end : match.start()]))
    return min(gaps, default=None)
