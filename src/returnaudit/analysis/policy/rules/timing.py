"""Sort every span of time in a policy: the return window, the refund delay, or something else.

Cues read: refund_subject, return_received, refund_processing, return_action, transit, defect,
change_of_mind, window_noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from returnaudit.analysis.policy.document import Document, clause_bounds
from returnaudit.lang.durations import Duration
from returnaudit.lang.lexicon import Lexicon
from returnaudit.lang.negation import NegationRules
from returnaudit.lang.patterns import token_count
from returnaudit.lang.sentences import Sentence

Kind = Literal["window", "window_hint", "refund", "other"]
"""A window_hint is a window only its heading or the question before it says is for returns."""
_HARD_BREAK = re.compile(r"[;()]")
"""Punctuation that ends a clause for good (a comma or "and" may keep the subject)."""
_ANCHOR_REACH = 120
"""How many characters after a duration may say what it counts from ("after we receive...")."""


@dataclass(frozen=True)
class Mention:
    """A duration in a sentence, and what it measures."""

    sentence: Sentence
    duration: Duration
    kind: Kind


def mentions(doc: Document) -> list[Mention]:
    """Every duration of the policy with its kind, in reading order."""
    return [
        Mention(sentence, duration, classify(doc, sentence, duration))
        for sentence in doc.sentences
        for duration in doc.lex.durations.find(sentence.text)
    ]


def classify(doc: Document, sentence: Sentence, duration: Duration) -> Kind:
    """Refund delay if the clause is about paying back; window if the sentence is on returns."""
    lex, text = doc.lex, sentence.text
    left, right = clause_bounds(doc, text, duration.start, duration.end)
    lifetime = lex.validity.search(text[left : duration.start])
    if lifetime and not _about_returning(lex, text[left:right]):
        return "other"  # a credit's lifetime, not a window ("the return period expires" is one)
    if _is_refund_delay(lex, text, (left, right), duration):
        return "refund"
    if lex.has("transit", text[left:right]) or defect_only(lex, text):
        return "other"
    if _about_returning(lex, text):
        return "window"
    if _about_returning(lex, f"{doc.with_question(sentence)} {sentence.heading}"):
        return "window_hint"
    return "other"


def _about_returning(lex: Lexicon, text: str) -> bool:
    return any(lex.has(cue, text) for cue in ("return_action", "window_noun", "change_of_mind"))


def defect_only(lex: Lexicon, text: str) -> bool:
    """The text speaks of faulty, damaged or wrong items, not of a change of mind."""
    return lex.positive("defect", text) is not None and not lex.has("change_of_mind", text)


def _is_refund_delay(lex: Lexicon, text: str, bounds: tuple[int, int], duration: Duration) -> bool:
    left, right = bounds
    if _starts_with_refund(lex, text[left:right]):
        return True
    if lex.cue("return_received").search(text[duration.end : duration.end + _ANCHOR_REACH]):
        return True
    processing = _nearest(lex.cue("refund_processing"), text, bounds, duration, lex.negation)
    if processing is None:
        return _refund_leads(lex, text[: duration.start])
    returning = _nearest(lex.cue("return_action"), text, bounds, duration)
    return returning is None or processing <= returning


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
    head = clause.lstrip(" -•*:")
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
