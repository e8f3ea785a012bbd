"""The one negation/scope rule: a cue is negated by a negation word shortly before it, in its
clause (or after it, for languages like German)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from returnaudit.lang.patterns import NEVER, WORD, whole_words

if TYPE_CHECKING:
    from returnaudit.lang.schema import Negation

_PUNCTUATION_BREAK = re.compile(r"[,;:.!?()\[\]–—]")
_REACH = 240
"""Characters read on either side of a cue; scopes are a few words, so this is plenty."""


@dataclass(frozen=True)
class NegationRules:
    """Compiled negation cues of one language."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    breaks: re.Pattern[str]
    scope: int
    after_scope: int
    short: re.Pattern[str]
    short_scope: int
    paired: re.Pattern[str]
    partners: re.Pattern[str]
    alternatives: re.Pattern[str]

    @classmethod
    def from_pack(cls, negation: Negation) -> NegationRules:
        """Compile a pack's negation section."""
        return cls(
            before=whole_words(negation.before),
            after=whole_words(negation.after),
            breaks=whole_words(negation.breaks),
            scope=negation.scope,
            after_scope=negation.after_scope,
            short=whole_words(negation.short),
            short_scope=negation.short_scope,
            paired=whole_words(negation.paired),
            partners=whole_words(negation.partners),
            alternatives=_trailing(negation.alternatives),
        )

    def is_negated(self, text: str, start: int, end: int, *, inside: bool = False) -> bool:
        """True when text[start:end] is negated; `inside` also reads the span itself."""
        if inside and self.before.search(text[start:end]):
            return True
        before = self._window_before(text[max(0, start - _REACH) : start])
        if self.before.search(before):
            return True
        shorts = list(self.short.finditer(before))
        if shorts and len(WORD.findall(before[shorts[-1].end() :])) < self.short_scope:
            return True  # "without a refund", "instead of a refund", not "without tags will
            # be refunded"
        after = self._window_after(text[end : end + _REACH])
        if self.paired.search(before) and self.partners.search(after):
            return True  # "ne remboursons pas"
        if self.after.search(after):
            return True
        # "no refund or exchange": the word before "or" stands in the same negation
        joined = self.alternatives.search(text, max(0, start - _REACH), start)
        return joined is not None and joined.start() > 0 and self.is_negated(
            text, _word_start(text, joined.start()), joined.start())

    def _window_before(self, text: str) -> str:
        """The last `scope` words before a cue, within its clause."""
        clause = _PUNCTUATION_BREAK.split(text)[-1]
        stops = list(self.breaks.finditer(clause))
        if stops:
            clause = clause[stops[-1].end() :]
        words = WORD.findall(clause)
        return " ".join(words[-self.scope :])

    def _window_after(self, text: str) -> str:
        """The first `after_scope` words after a cue, within its clause."""
        if self.after_scope == 0:
            return ""
        clause = _PUNCTUATION_BREAK.split(text)[0]
        words = WORD.findall(clause)
        return " ".join(words[: self.after_scope])


def _trailing(fragments: list[str]) -> re.Pattern[str]:
    """A pattern for one of the fragments right before the end of the searched span."""
    parts = [fragment for fragment in fragments if fragment]
    if not parts:
        return NEVER
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")\s+$", re.IGNORECASE)


def _word_start(text: str, end: int) -> int:
    """Where the last word before `end` starts."""
    return max((word.start() for word in WORD.finditer(text, max(0, end - _REACH), end)),
               default=end)


@dataclass(frozen=True)
class AnyNegation:
    """Several languages' rules read together: a cue is negated when any of them says so (a
    page is read with every pack at once)."""

    rules: tuple[NegationRules, ...]

    def is_negated(self, text: str, start: int, end: int, *, inside: bool = False) -> bool:
        """True when any language's rule negates text[start:end]."""
        return any(rule.is_negated(text, start, end, inside=inside) for rule in self.rules)


def first_positive(pattern: re.Pattern[str], text: str, rules: NegationRules | AnyNegation,
                   *, inside: bool = False) -> re.Match[str] | None:
    """The first match of the pattern that is not negated."""
    for match in pattern.finditer(text):
        if not rules.is_negated(text, match.start(), match.end(), inside=inside):
            return match
    return None
