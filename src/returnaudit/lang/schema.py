"""The schema of a language pack: strict pydantic models, so a typo in a pack is a clear error."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _compiles(fragments: list[str]) -> list[str]:
    """Reject a fragment that is not a valid regular expression, naming it."""
    for fragment in fragments:
        try:
            re.compile(fragment)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {fragment!r}: {exc}") from None
    return fragments


Fragments = Annotated[list[str], AfterValidator(_compiles)]
"""A list of regular-expression fragments, each matched as whole words, case-insensitively."""

Stems = Annotated[list[str], AfterValidator(_compiles)]
"""Regular-expression fragments matched anywhere, inside words too (web addresses run words
together: "returnpolicy", "kundenservice"), case-insensitively."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberWords(_Strict):
    """How numbers are written out in words, and how ranges are joined."""

    words: dict[str, int] = Field(min_length=1)
    multipliers: dict[str, int] = {}
    articles: list[str] = []
    range_connectors: Fragments
    between: Fragments = []
    between_join: Fragments = []
    percent_words: list[str] = []


class Units(_Strict):
    """Words for each unit of time; business days are counted as days."""

    hour: Fragments
    business_day: Fragments
    day: Fragments
    week: Fragments
    month: Fragments
    year: Fragments


class Negation(_Strict):
    """Negation cues before (and, for some languages, after) a word, and what ends their scope."""

    before: Fragments
    after: Fragments = []
    breaks: Fragments = []
    scope: int = Field(default=6, ge=1, le=20)
    after_scope: int = Field(default=4, ge=0, le=20)


class Cues(_Strict):
    """Named keyword lists; each rule module documents the cues it reads."""

    return_action: Fragments
    window_noun: Fragments
    refund_processing: Fragments
    refund_subject: Fragments
    return_received: Fragments
    transit: Fragments
    defect: Fragments
    customer_damage: Fragments
    change_of_mind: Fragments
    subgroup: Fragments
    membership_exclusive: Fragments
    membership_same: Fragments
    blanket_refusal: Fragments
    start_anchor: Fragments
    start_purchase: Fragments
    start_delivery: Fragments
    start_shipment: Fragments
    cost_word: Fragments
    free: Fragments
    store_pays: Fragments
    customer_pays: Fragments
    partial_share: Fragments
    outbound: Fragments
    international: Fragments
    exception: Fragments
    conditional: Fragments
    restocking: Fragments
    condition: Fragments
    condition_outcome: Fragments
    after_window: Fragments
    length_of_use: Fragments
    partial_refund: Fragments
    purchase_method: Fragments
    contact: Fragments
    support_desk: Fragments
    return_label: Fragments
    authorization: Fragments
    self_service: Fragments
    alternative: Fragments
    fallback: Fragments
    third_party: Fragments
    prerequisite: Fragments
    questions: Fragments
    guarantee: Fragments
    coverage_limit: Fragments
    marketplace: Fragments
    payment_instrument: Fragments


class Methods(_Strict):
    """Words for each refund outcome, plus phrases that look like an exchange but are not."""

    original_payment: Fragments
    store_credit: Fragments
    exchange: Fragments
    replacement: Fragments
    repair: Fragments
    exchange_idioms: Fragments = []
    reorder: Fragments = []
    return_alternative: Fragments = []
    exclusive: Fragments = []
    """'only', 'uniquement': a named outcome that rules out a plain money refund."""
    validity: Fragments = []
    """'valid for', 'valable': a duration that is a credit's lifetime, not a refund delay."""
    explicit_money: Stems = []
    """'card', 'paiement': a money refund named as such, which 'only' does not rule out."""


class Exclusions(_Strict):
    """Cues that an item cannot be returned, and the categories such items fall in."""

    cues: Fragments
    categories: dict[str, Fragments] = {}


class LanguagePack(_Strict):
    """Everything language-specific the policy reader knows about one language."""

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    stopwords: list[str] = Field(min_length=10)
    abbreviations: list[str] = []
    clause_breaks: Fragments = []
    numbers: NumberWords
    units: Units
    negation: Negation
    cues: Cues
    methods: Methods
    exclusions: Exclusions
