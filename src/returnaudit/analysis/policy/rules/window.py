"""The main change-of-mind return window and the day it counts from.

Every window a policy names has a role: the store's own (voluntary) window, the legal
withdrawal period, a deadline to notify the store, a deadline to ship after notifying it, a
later window (after the first one, holiday extensions), or one for members only. The main
window is the longest voluntary one; without any, the legal period; then a notification
deadline. A policy that also refuses returns leaves the window unclear.

Cues read: warranty, subgroup, purchase_method, ordinary_group, same_terms, blanket_refusal,
no_change_of_mind, hedge, legal_right, notice, notice_anchor, after_window, beyond, extension,
window_noun, start_anchor, start_purchase, start_delivery, start_shipment (plus those of
`timing`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from returnaudit.analysis.policy.document import Document, clause_bounds, part_around
from returnaudit.analysis.policy.findings import Finding, Findings, found, unclear
from returnaudit.analysis.policy.rules.refund import offers
from returnaudit.analysis.policy.rules.timing import Mention, mentions
from returnaudit.lang.lexicon import METHODS, CueName, Lexicon
from returnaudit.lang.patterns import token_count
from returnaudit.lang.sentences import Sentence

Role = Literal["voluntary", "legal", "notice", "later", "after_notice", "subgroup", "warranty"]
_PRIORITY: tuple[Role, ...] = (
    "voluntary", "legal", "notice", "later", "after_notice", "subgroup", "warranty")
"""Which kind of window stands for the policy's main window, best first."""
_NOT_MAIN: frozenset[Role] = frozenset({"after_notice", "subgroup", "warranty"})
"""Never the main window on their own: the ordinary shopper's window is then not stated."""
_STARTS: tuple[tuple[str, CueName], ...] = (
    ("purchase", "start_purchase"),
    ("delivery", "start_delivery"),
    ("shipment", "start_shipment"),
)
_ANCHOR_WORDS = 10
"""How close after the number of days the start must be named ("30 days of delivery")."""
_NEAR_WORDS = 8
"""How close to the days a legal right must be named to make them the legal period."""
_ANCHOR_REACH = 120
"""Characters after the days that may say what they count from."""
_NEAR_CHARS = 30


def find(doc: Document) -> Findings:
    """window_days (the main window, or unclear) and window_start."""
    every = mentions(doc)
    hints = [m for m in every if m.kind == "window_hint"]
    # an answer to "Can I return it?" ("Yes: you have a month") is a window beside the others
    windows = [m for m in every if m.kind == "window"
               or (m.kind == "window_hint" and _answers(doc, m))] or hints
    if not windows:
        return {}
    roles = {id(m): role_of(doc, m) for m in windows}
    windows = [m for m in windows if roles[id(m)] not in _NOT_MAIN]
    if not windows:  # only a deadline to ship after notice, a group's or a warranty's length
        hedge = _hedge(doc)
        return {} if hedge is None else {"window_days": unclear(hedge.text, conflict=False)}
    candidates = _for_all(doc, _for_money(doc, windows, roles), roles)
    main = _floor(min(candidates, key=lambda m: _rank(roles[id(m)], m)), windows, roles)
    same = [m for m in windows if m.duration.days == main.duration.days
            and roles[id(m)] == roles[id(main)]]
    other = _contradicted(doc, main, candidates, roles)
    facts: Findings = {"window_days": unclear(main.sentence.text, other.sentence.text)
                       if other is not None else _window_days(doc, main, same, windows)}
    others = [m for m in every if m.kind != "refund" and m is not main
              and role_of(doc, m) not in ("later", "after_notice")]
    start = _start(doc, main, others)
    if start is not None:
        facts["window_start"] = start
    return facts


def _answers(doc: Document, mention: Mention) -> bool:
    """The days answer a question about returning."""
    question = doc.question_of(mention.sentence)
    return question is not None and any(
        doc.lex.has(cue, question.text) for cue in ("return_action", "window_noun"))


def role_of(doc: Document, mention: Mention) -> Role:
    """What a window is for, from the words around its number of days."""
    lex, text, duration = doc.lex, mention.sentence.text, mention.duration
    left, right = clause_bounds(doc, text, duration.start, duration.end)
    lead = text[left : duration.start]
    others = [(d.start, d.end) for d in lex.durations.find(text[left:right])
              if d.start + left != duration.start]
    if _near(lex, "warranty", text[left:right], duration.start - left, duration.end - left,
             others):
        return "warranty"  # a warranty's length, not a return window
    outer = clause_bounds(doc, text, duration.start, duration.end, conjunctions=False)
    if _for_a_group(lex, _labelled(text, *outer), _phrase(text, left, right, duration.start)):
        return "subgroup"  # members only, or sale items: not the ordinary window
    # "60 days over the holidays; otherwise it's 30 days": the extension is said of its part
    extended = lex.has("extension", part_around(text, duration.start))
    if _later(lex, text, duration.start) or extended:
        return "later"
    if lex.has("notice_anchor", text[duration.end : min(right, duration.end + _ANCHOR_REACH)]):
        return "after_notice"  # in its own clause: "30 days to ask, and then 14 days to ship
        # once approved" gives the first days no anchor
    if lex.has("notice_anchor", text[: duration.start]):
        return "after_notice"  # "Once you receive your RMA, you have 7 days to ship it"
    if _near(lex, "legal_right", text[left:right], duration.start - left, duration.end - left,
             others):
        return "legal"
    if lex.has("notice", lead):
        return "notice"
    return "voluntary"


def _for_a_group(lex: Lexicon, clause: str, phrase: str) -> bool:
    """The window's clause is about members, sale items or a way of buying, and its own
    phrase does not name everyone else ("members have 60 days, other customers 30") nor say
    the group goes by the same terms ("sale items go back like any other, within 30 days")."""
    if not (lex.has("subgroup", clause) or lex.has("purchase_method", clause)):
        return False
    others = lex.cue("ordinary_group")
    everyone = bool(others.search(phrase)) and not lex.has("subgroup", others.sub(" ", phrase))
    return not everyone and not lex.has("same_terms", clause)


def _label(text: str, left: int) -> str:
    """The label of the line a clause starting at `left` stands on ("Members: 90 days"), or
    nothing."""
    head, colon, _ = text[:left].partition(":")
    return head if colon else ""


def _labelled(text: str, left: int, right: int) -> str:
    """The clause text[left:right] with its line's label, not the sentence's other clauses
    ("within one year - no receipt for members")."""
    return f"{_label(text, left)} {text[left:right]}"


def _phrase(text: str, left: int, right: int, at: int) -> str:
    """The part of the clause text[left:right] between commas that holds position `at`, with
    its line's label ("Full-price items: returns within 30 days")."""
    clause = text[left:right]
    at -= left
    end = clause.find(",", at)
    phrase = clause[clause.rfind(",", 0, at) + 1 : end if end >= 0 else None]
    return f"{_label(text, left)} {phrase}"


def _for_money(doc: Document, windows: list[Mention], roles: dict[int, Role]) -> list[Mention]:
    """'A refund within 30 days, store credit within 90': when some of the store's own windows
    give only credit or an exchange, the main window is one that does not."""
    return _narrowed(windows, roles, lambda m: not _credit_only(doc, m.sentence.text))


def _contradicted(doc: Document, main: Mention, candidates: list[Mention],
                  roles: dict[int, Role]) -> Mention | None:
    """Another of the store's own windows, of other days, said of everything as the main one
    is (a banner's "30 days returns" over "you can return all items within 14 days"): in
    another sentence, one of the two a sentence of the body said of all or most items, the
    other one too or a headline."""
    if roles[id(main)] != "voluntary":
        return None
    for other in candidates:
        if roles[id(other)] != "voluntary" or other.duration.days == main.duration.days or \
                other.sentence.index == main.sentence.index:
            continue
        kinds = {_said_of(doc, main.sentence), _said_of(doc, other.sentence)}
        if kinds in ({"everything"}, {"everything", "headline"}):
            return other
    return None


def _said_of(doc: Document, sentence: Sentence) -> str:
    """headline (a heading or a banner line), everything (a sentence of the body said of all
    or most items), or other."""
    if sentence.is_heading or " | " in sentence.text:
        return "headline"
    return "everything" if doc.lex.has("general_scope", sentence.text) else "other"


def _for_all(doc: Document, windows: list[Mention], roles: dict[int, Role]) -> list[Mention]:
    """'Most items: 30 days. Mattresses: a 100-night trial.': when some of the store's own
    windows are said of all or most items, the main window is one of those (a heading's days
    stay: "30 Tage Rückgabe" over "alle Artikel innerhalb von 14 Tagen" is a contradiction)."""
    return _narrowed(windows, roles, lambda m: doc.lex.has("general_scope", m.sentence.text),
                     keep=lambda m: m.sentence.is_heading)


def _narrowed(windows: list[Mention], roles: dict[int, Role], preferred: Callable[[Mention], bool],
              keep: Callable[[Mention], bool] = lambda m: False) -> list[Mention]:
    """When some but not all of the store's own windows are `preferred`, only those stay
    (with the windows of other roles, and those `keep` holds)."""
    voluntary = [m for m in windows if roles[id(m)] == "voluntary"]
    chosen = [m for m in voluntary if preferred(m)]
    if not chosen or len(chosen) == len(voluntary):
        return windows
    return [m for m in windows if m in chosen or roles[id(m)] != "voluntary" or keep(m)]


def _credit_only(doc: Document, text: str) -> bool:
    """The sentence offers store credit, an exchange or a replacement, and no money refund."""
    named = {m for m in METHODS if offers(doc.lex, m, text)}
    return bool(named) and "original_payment" not in named


def _floor(main: Mention, windows: list[Mention], roles: dict[int, Role]) -> Mention:
    """The legal withdrawal period is a minimum: a shorter window of the store's own (seven
    days to exchange beside fourteen to withdraw) does not replace it."""
    legal = [m for m in windows if roles[id(m)] == "legal"]
    longest = max(legal, key=lambda m: m.duration.days, default=None)
    if longest is not None and roles[id(main)] == "voluntary" and (
            main.duration.days < longest.duration.days):
        return longest
    return main


def _rank(role: Role, mention: Mention) -> tuple[int, int, int, int]:
    """Best role first; among voluntary windows the longest; otherwise the earliest."""
    longest = -mention.duration.days if role == "voluntary" else 0
    return _PRIORITY.index(role), longest, mention.sentence.index, mention.duration.start


def _later(lex: Lexicon, text: str, start: int) -> bool:
    """'Once those 30 days are up, another 30 days...', 'after 14 days': a window that
    follows another one, or days that are exceeded rather than granted (the `beyond` word
    just before them: "over 30 days", "nach 14 Tagen")."""
    lead = text[:start]
    if lex.has("after_window", lead):
        return True
    if lex.validity.search(lead[-_NEAR_CHARS:]):
        return False  # "the period expires after 14 days": how long it lasts
    beyond = list(lex.cue("beyond").finditer(lead))
    return bool(beyond) and not lead[beyond[-1].end() :].strip(" ,")


def _near(lex: Lexicon, cue: CueName, clause: str, start: int, end: int,
          others: list[tuple[int, int]]) -> bool:
    """Whether the cue occurs within a few words of clause[start:end], and no other number of
    days in the clause (`others`) is nearer to it: the cue is that one's ("the legal 14-day
    period, and 60 days of our own")."""
    for match in lex.cue(cue).finditer(clause):
        distance = _words_apart(clause, match.span(), (start, end))
        if distance <= _NEAR_WORDS and all(
                _words_apart(clause, match.span(), other) > distance for other in others):
            return True
    return False


def _words_apart(clause: str, one: tuple[int, int], other: tuple[int, int]) -> int:
    """Words between two spans of the clause."""
    left, right = (one, other) if one[1] <= other[0] else (other, one)
    return token_count(clause[left[1] : right[0]]) if left[1] <= right[0] else 0


def _window_days(doc: Document, main: Mention, same: list[Mention],
                 windows: list[Mention]) -> Finding:
    """The main window's days, or unclear when the policy also refuses returns or hedges."""
    refusal = _refusal(doc)
    if refusal is not None:
        return unclear(refusal.text, main.sentence.text)
    hedge = _hedge(doc)
    if hedge is not None and all(m.kind == "window_hint" for m in windows):
        return unclear(hedge.text, main.sentence.text, conflict=False)
    texts = [m.sentence.text for m in same if not m.sentence.is_heading]
    return found(main.duration.days, *(texts or [main.sentence.text]))


def _refusal(doc: Document) -> Sentence | None:
    """A sentence that refuses every return, or every change-of-mind return, naming no days."""
    for sentence in doc.sentences:
        lex, text = doc.lex, sentence.text
        refuses = lex.has("blanket_refusal", text) or lex.positive("no_change_of_mind", text)
        if refuses and not lex.durations.find(text):
            return sentence
    return None


def _hedge(doc: Document) -> Sentence | None:
    """A sentence saying the window varies (by product, on the product page)."""
    return next((s for s in doc.body() if doc.lex.has("hedge", s.text)), None)


def _start(doc: Document, main: Mention, others: list[Mention]) -> Finding | None:
    """What the main window counts from: said with its days, with the same days elsewhere,
    or by a sentence on when the period starts ("the period runs from delivery")."""
    same = [m for m in others if m.duration.days == main.duration.days]
    said: dict[str, str] = {}
    for mention in (main, *same):
        text = mention.sentence.text
        start = _start_of(doc.lex, text, mention.duration.end)
        if start is not None and (not said or _anchored(doc.lex, text, mention.duration.end)):
            said.setdefault(start, text)
    if len(said) > 1:  # "30 days from purchase ... the 30 days start on delivery"
        return unclear(*said.values())
    for start, text in said.items():
        return None if start == "shipment" else found(start, text)
    for sentence in doc.body():
        if doc.lex.has("window_noun", sentence.text) and not doc.lex.durations.find(sentence.text):
            start = _start_of(doc.lex, sentence.text, 0)
            if start is not None:
                return None if start == "shipment" else found(start, sentence.text)
    return None


def _anchored(lex: Lexicon, text: str, end: int) -> bool:
    """The days are said to count from something ("from", "à compter de", "ab"), about
    returns and not a subscription: a second start said so contradicts the first."""
    after = text[end : end + _ANCHOR_REACH]
    return lex.has("start_anchor", after) and not lex.has("subscription", text)


def _start_of(lex: Lexicon, text: str, end: int) -> str | None:
    """The event the window counts from: named right after the days, or after "from"."""
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
