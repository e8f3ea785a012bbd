"""The one schema of every language pack: strict pydantic models, so a typo is a clear error."""

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
    prepaid: Fragments
    free_item: Fragments
    deduction: Fragments
    store_dropoff: Fragments
    threshold: Fragments
    exchange_only: Fragments
    no_change_of_mind: Fragments
    postage: Fragments
    region: Fragments
    notify: Fragments
    channel: Fragments
    options: Fragments
    other_matter: Fragments
    legal_right: Fragments
    notice: Fragments
    notice_anchor: Fragments
    beyond: Fragments
    extension: Fragments
    hedge: Fragments
    purchase_channel: Fragments
    restricted_outcome: Fragments
    back_reference: Fragments
    warranty: Fragments
    postage_due: Fragments


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


class Tone(_Strict):
    """Customer-centred and restrictive wording, counted against each other."""

    friendly: Fragments
    restrictive: Fragments


class Confirmation(_Strict):
    """What the last screen of a return flow should give the shopper."""

    label: Fragments
    return_number: Fragments
    next_steps: Fragments


class Offers(_Strict):
    """What a return flow may offer besides a refund."""

    exchange: Fragments
    store_credit: Fragments
    repair: Fragments
    replacement: Fragments
    incentive: Fragments


class Signals(_Strict):
    """What link texts, buttons and page sentences say; every pack's lists are read together."""

    returns_link: Fragments
    not_returns_link: Fragments = []
    returns_address: Stems
    contact_link: Fragments
    contact_address: Stems
    """The first word of a contact page's path: /contact-us."""
    chat_launcher: Fragments
    chat_markup: Stems = []
    """Stems in a chat launcher's id or class."""
    support_push: Fragments
    returns_mention: Fragments
    returns_words: Stems
    related_link: Fragments
    tone: Tone
    confirmation: Confirmation
    offers: Offers
    flexibility: Fragments
    marketplace: Fragments


class Browsing(_Strict):
    """What the browser reads to decide where to go and what to click."""

    promising: Stems
    product_path: Stems
    cart_path: Stems
    consent_accept: list[str]
    """Exact button texts, in lower case, tried in order."""
    search_fields: list[str] = []
    """Names of a search box's input field (exact)."""


class LanguagePack(_Strict):
    """Everything language-specific returnaudit knows about one language."""

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    locale: str = Field(pattern=r"^[a-z]{2,3}(?:-[A-Z]{2})?$")
    """The browser locale a scenario in this language gets (Accept-Language, navigator)."""
    stopwords: list[str] = Field(min_length=10)
    abbreviations: list[str] = []
    clause_breaks: Fragments = []
    numbers: NumberWords
    units: Units
    negation: Negation
    cues: Cues
    methods: Methods
    exclusions: Exclusions
    signals: Signals
    browsing: Browsing
