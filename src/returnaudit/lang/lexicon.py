"""One language pack compiled for the policy reader: cue patterns, negation, durations."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from returnaudit.lang.amounts import percent_pattern
from returnaudit.lang.durations import DurationGrammar
from returnaudit.lang.negation import NegationRules, first_positive
from returnaudit.lang.packs import load_pack
from returnaudit.lang.patterns import anywhere, whole_words

if TYPE_CHECKING:
    from returnaudit.lang.schema import LanguagePack

CueName = Literal[
    "return_action",
    "window_noun",
    "refund_processing",
    "refund_subject",
    "return_received",
    "transit",
    "defect",
    "customer_damage",
    "change_of_mind",
    "subgroup",
    "membership_exclusive",
    "membership_same",
    "blanket_refusal",
    "start_anchor",
    "start_purchase",
    "start_delivery",
    "start_shipment",
    "cost_word",
    "free",
    "store_pays",
    "customer_pays",
    "partial_share",
    "outbound",
    "international",
    "exception",
    "conditional",
    "restocking",
    "handling_fee",
    "condition",
    "condition_outcome",
    "after_window",
    "length_of_use",
    "partial_refund",
    "purchase_method",
    "contact",
    "support_desk",
    "return_label",
    "authorization",
    "self_service",
    "alternative",
    "fallback",
    "third_party",
    "prerequisite",
    "questions",
    "guarantee",
    "coverage_limit",
    "marketplace",
    "payment_instrument",
    "prepaid",
    "free_item",
    "deduction",
    "store_dropoff",
    "threshold",
    "exchange_only",
    "no_change_of_mind",
    "postage",
    "region",
    "notify",
    "channel",
    "options",
    "other_matter",
    "subscription",
    "same_terms",
    "ordinary_group",
    "other_terms",
    "paid_with_credit",
    "general_scope",
    "wait",
    "store_reply",
    "used_state",
    "legal_right",
    "notice",
    "notice_anchor",
    "beyond",
    "extension",
    "hedge",
    "purchase_channel",
    "restricted_outcome",
    "back_reference",
    "warranty",
    "postage_due",
    "possible_charge",
]
"""The names of the keyword lists under `cues:` in every pack."""

METHODS = ("original_payment", "store_credit", "exchange", "replacement", "repair")
"""The refund outcomes, in their canonical order."""


@dataclass(frozen=True)
class Lexicon:
    """Everything a rule needs to read text in one language."""

    code: str
    cues: Mapping[str, re.Pattern[str]]
    methods: Mapping[str, re.Pattern[str]]
    exchange_idioms: re.Pattern[str]
    reorder: re.Pattern[str]
    return_alternative: re.Pattern[str]
    exclusive: re.Pattern[str]
    validity: re.Pattern[str]
    explicit_money: re.Pattern[str]
    exclusion_cues: re.Pattern[str]
    categories: Mapping[str, re.Pattern[str]]
    clause_breaks: re.Pattern[str]
    negation: NegationRules
    durations: DurationGrammar
    percent: re.Pattern[str]
    abbreviations: frozenset[str]

    def cue(self, name: CueName) -> re.Pattern[str]:
        """The compiled pattern of one cue list."""
        return self.cues[name]

    def has(self, name: CueName, text: str) -> bool:
        """Whether any fragment of the cue occurs in the text, negated or not."""
        return self.cues[name].search(text) is not None

    def positive(self, name: CueName, text: str, *, inside: bool = False) -> re.Match[str] | None:
        """The first occurrence of the cue that is not negated."""
        return self.first_positive(self.cues[name], text, inside=inside)

    def first_positive(
        self, pattern: re.Pattern[str], text: str, *, inside: bool = False
    ) -> re.Match[str] | None:
        """The first match of any pattern that is not negated."""
        return first_positive(pattern, text, self.negation, inside=inside)

    def negated(self, text: str, match: re.Match[str], *, inside: bool = False) -> bool:
        """Whether a match is under a negation."""
        return self.negation.is_negated(text, match.start(), match.end(), inside=inside)


def compile_pack(pack: LanguagePack) -> Lexicon:
    """Compile every list of a validated pack."""
    methods = pack.methods
    return Lexicon(
        code=pack.code,
        cues={name: whole_words(value) for name, value in pack.cues},
        methods={name: whole_words(getattr(methods, name)) for name in METHODS},
        exchange_idioms=whole_words(methods.exchange_idioms),
        reorder=whole_words(methods.reorder),
        return_alternative=whole_words(methods.return_alternative),
        exclusive=whole_words(methods.exclusive),
        validity=whole_words(methods.validity),
        explicit_money=anywhere(methods.explicit_money),
        exclusion_cues=whole_words(pack.exclusions.cues),
        categories={name: whole_words(words) for name, words in pack.exclusions.categories.items()},
        clause_breaks=whole_words(pack.clause_breaks),
        negation=NegationRules.from_pack(pack.negation),
        durations=DurationGrammar(pack.numbers, pack.units),
        percent=percent_pattern(pack.numbers.percent_words),
        abbreviations=frozenset(word.lower() for word in pack.abbreviations),
    )


@functools.cache
def lexicon_for(code: str) -> Lexicon:
    """The compiled lexicon of a shipped language pack (cached)."""
    return compile_pack(load_pack(code))
