"""The main change-of-mind return window and the day it counts from.

Cues read: subgroup, blanket_refusal, start_purchase, start_delivery, start_shipment,
start_anchor (plus those of `timing`).
"""

from __future__ import annotations

from returnaudit.analysis.policy.document import Document
from returnaudit.analysis.policy.findings import Findings, found
from returnaudit.analysis.policy.rules.timing import Mention, mentions
from returnaudit.lang.lexicon import CueName, Lexicon
from returnaudit.lang.patterns import token_count

_STARTS: tuple[tuple[str, CueName], ...] = (
    ("purchase", "start_purchase"),
    ("delivery", "start_delivery"),
    ("shipment", "start_shipment"),
)
_ANCHOR_WORDS = 10
"""How close after the number of days the start must be named ("30 days of delivery")."""


def find(doc: Document) -> Findings:
    """window_days (the first general window) and window_start."""
    every = mentions(doc)
    windows = [m for m in every if m.kind == "window"] or [
        m for m in every if m.kind == "window_hint"
    ]
    if not windows:
        return {}
    main = min(windows, key=lambda mention: _rank(doc.lex, mention))
    facts: Findings = {}
    if not _refuses_all_returns(doc):
        facts["window_days"] = found(main.duration.days, _quote_for(main, windows))
    same_days = [m for m in every if m.kind != "refund" and m.duration.days == main.duration.days]
    for mention in (main, *windows, *same_days):
        start = _start_of(doc.lex, mention)
        if start is not None:
            if start != "shipment":
                facts["window_start"] = found(start, mention.sentence.text)
            break
    return facts


def _quote_for(main: Mention, windows: list[Mention]) -> str:
    """A heading ("30-DAY RETURNS") is a poor quote: prefer a sentence giving the same days."""
    if not main.sentence.is_heading:
        return main.sentence.text
    same = (m for m in windows if m.duration.days == main.duration.days)
    return next((m.sentence.text for m in same if not m.sentence.is_heading), main.sentence.text)


def _rank(lex: Lexicon, mention: Mention) -> tuple[bool, int, int]:
    """Earliest first, but windows for members or card holders only come last."""
    special = lex.has("subgroup", mention.sentence.text)
    return special, mention.sentence.index, mention.duration.start


def _refuses_all_returns(doc: Document) -> bool:
    """A sentence with no window that refuses every return: the text contradicts itself."""
    return any(
        doc.lex.has("blanket_refusal", sentence.text) and not doc.lex.durations.find(sentence.text)
        for sentence in doc.sentences
    )


def _start_of(lex: Lexicon, mention: Mention) -> str | None:
    """The event the window counts from: named right after the days, or after "from"."""
    text, end = mention.sentence.text, mention.duration.end
    hits = sorted(
        (match.start(), kind)
        for kind, cue in _STARTS
        for match in lex.cue(cue).finditer(text)
        if not lex.negated(text, match)
    )
    for position, kind in hits:
        if position >= end and token_count(text[end:position]) <= _ANCHOR_WORDS:
            return kind
    for position, kind in hits:
        if lex.has("start_anchor", text[:position]):
            return kind
    return None
