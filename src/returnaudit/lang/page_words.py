"""The page-signal and browsing lists of every pack, compiled and read together.

A French store may well label its footer link in English, so a page is read with every pack
at once, and a cue is negated when any pack's negation rule says so. Labels (link texts,
headings, button names) are matched as they are; page text is read sentence by sentence, and
a sentence says something only where no negation covers the words ("we do not offer
exchanges").
Two lists read negation differently. Restrictive wording is negative by nature ("no refunds",
"will be refused"): a negation nearby belongs to another part of the sentence ("sent back
without authorisation will be refused"), so it is read as written. A push to support spans a
whole clause ("contact us ... to start a return"): a negation inside it denies it too ("pas
besoin de contacter notre service client").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from returnaudit.lang.negation import AnyNegation, NegationRules, first_positive
from returnaudit.lang.packs import load_all
from returnaudit.lang.patterns import NEVER, anywhere, whole_words
from returnaudit.lang.sentences import split_sentences
from returnaudit.lang.text import fold

if TYPE_CHECKING:
    from returnaudit.lang.schema import LanguagePack

AS_WRITTEN = frozenset({"tone.restrictive"})
"""Lists read without negation: wording that is negative by nature."""

CLAUSES = frozenset({"support_push"})
"""Lists whose words span a clause: a negation inside them denies them too."""

MAX_LABELS = 20_000
"""Labels remembered per list (a run over thousands of stores must not grow without end)."""

MAX_SENTENCE = 300
"""Characters of a sentence read and quoted: evidence stays short, a huge page stays fast."""


@dataclass(frozen=True)
class WordList:
    """One list of every pack: all the packs' words, and all their negation rules."""

    pattern: re.Pattern[str]
    negation: AnyNegation
    negatable: bool = True
    """False for wording that is negative by nature: read as written."""
    inside: bool = False
    """True for words that span a clause: a negation inside them counts too."""
    _labels: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """Labels already read: every page repeats the same header and footer links."""

    def names(self, label: str) -> bool:
        """Whether a label (a link text, a heading, a button name) holds any of the words."""
        known = self._labels.get(label)
        if known is None:
            if len(self._labels) >= MAX_LABELS:
                self._labels.clear()
            known = self._labels[label] = bool(self.pattern.search(fold(label)))
        return known

    def says(self, sentence: str) -> bool:
        """Whether a (folded) sentence holds any of the words, not negated."""
        if not self.negatable:
            return bool(self.pattern.search(sentence))
        return first_positive(self.pattern, sentence, self.negation, inside=self.inside) is not None

    def first(self, text: str) -> str | None:
        """The first sentence of a page text that says it."""
        return next(self._saying(text), None)

    def every(self, text: str) -> list[str]:
        """Every sentence of a page text that says it, in order."""
        return list(self._saying(text))

    def _saying(self, text: str) -> Iterator[str]:
        if not self.pattern.search(folded(text)):  # most pages: no need to cut into sentences
            return
        yield from (quote for quote, sentence in page_sentences(text) if self.says(sentence))


@dataclass(frozen=True)
class PageWords:
    """The lists of `signals:` and `browsing:` in every pack (see en.yaml for each one)."""

    returns_link: WordList
    not_returns_link: WordList
    contact_link: WordList
    chat_launcher: WordList
    support_push: WordList
    returns_mention: WordList
    related_link: WordList
    flexibility: WordList
    marketplace: WordList
    tone: Mapping[str, WordList]
    confirmation: Mapping[str, WordList]
    offers: Mapping[str, WordList]
    returns_address: re.Pattern[str]
    contact_address: re.Pattern[str]
    """Matched at the start of a path segment: /contact-us."""
    chat_markup: re.Pattern[str]
    returns_words: re.Pattern[str]
    promising: re.Pattern[str]
    product_path: re.Pattern[str]
    """A whole path segment: /products/."""
    cart_path: re.Pattern[str]
    """The start of a path segment: /cart."""
    consent_accept: tuple[str, ...]
    search_fields: tuple[str, ...]
    abbreviations: frozenset[str]


def compile_page_words(packs: Iterable[LanguagePack]) -> PageWords:
    """Compile the lists of these packs, read together."""
    chosen = tuple(packs)
    signals, browsing = [p.signals for p in chosen], [p.browsing for p in chosen]
    negation = AnyNegation(tuple(NegationRules.from_pack(p.negation) for p in chosen))

    def words(get: str) -> WordList:
        pattern = whole_words(word for section in signals for word in _attribute(section, get))
        return WordList(pattern, negation, negatable=get not in AS_WRITTEN, inside=get in CLAUSES)

    def stems(lists: Iterable[list[str]]) -> list[str]:
        return [stem for items in lists for stem in items]

    return PageWords(
        returns_link=words("returns_link"),
        not_returns_link=words("not_returns_link"),
        contact_link=words("contact_link"),
        chat_launcher=words("chat_launcher"),
        support_push=words("support_push"),
        returns_mention=words("returns_mention"),
        related_link=words("related_link"),
        flexibility=words("flexibility"),
        marketplace=words("marketplace"),
        tone={kind: words(f"tone.{kind}") for kind in ("friendly", "restrictive")},
        confirmation={part: words(f"confirmation.{part}")
                      for part in ("label", "return_number", "next_steps")},
        offers={kind: words(f"offers.{kind}")
                for kind in ("exchange", "store_credit", "repair", "replacement", "incentive")},
        returns_address=anywhere(stems(s.returns_address for s in signals)),
        contact_address=_segment(stems(s.contact_address for s in signals), r"\b"),
        chat_markup=anywhere(stems(s.chat_markup for s in signals)),
        returns_words=anywhere(stems(s.returns_words for s in signals)),
        promising=anywhere(stems(b.promising for b in browsing)),
        product_path=_segment(stems(b.product_path for b in browsing), "/"),
        cart_path=_segment(stems(b.cart_path for b in browsing), r"\b"),
        consent_accept=tuple(stems(b.consent_accept for b in browsing)),
        search_fields=tuple(stems(b.search_fields for b in browsing)),
        abbreviations=frozenset(word.lower() for pack in chosen for word in pack.abbreviations),
    )


def _attribute(section: object, path: str) -> list[str]:
    """`tone.friendly` -> section.tone.friendly."""
    value = section
    for name in path.split("."):
        value = getattr(value, name)
    assert isinstance(value, list)
    return value


def _segment(stems: list[str], end: str) -> re.Pattern[str]:
    """A path segment that starts with one of the stems, followed by `end`."""
    if not stems:
        return NEVER
    return re.compile("/(?:" + "|".join(stems) + ")" + end, re.IGNORECASE)


@cache
def page_words() -> PageWords:
    """The page words of every shipped pack (compiled once)."""
    return compile_page_words(load_all())


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """A whole page text folded (cached: every list reads the same few texts)."""
    return fold(text)


@lru_cache(maxsize=64)
def page_sentences(text: str) -> tuple[tuple[str, str], ...]:
    """Each sentence of a page text, cut to MAX_SENTENCE characters, with its folded form;
    cached, as several checks read the same policy and page texts."""
    cut = (s.text[:MAX_SENTENCE] for s in split_sentences(text, page_words().abbreviations))
    # The splitter's sentences are normalised and on one line already: folding is lower-casing.
    return tuple((sentence, sentence.lower()) for sentence in cut)
