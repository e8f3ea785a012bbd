"""The one schema of every language pack: strict pydantic models, so a typo is a clear error."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

_OPEN_END = re.compile(r"\s(?:\((?:\?:)?[^()]*\)|\\?\S)[?*]$|\s$")
"""A fragment that can end in a space ("labels? (?:de retour)?" without its group): matched
as whole words, nothing may follow that space, so it silently never matches."""
_ONE_DIGIT_END = re.compile(r"\\d\)*$")
"""A fragment ending in one digit ("over \\$\\d"): as whole words it matches "$5", never "$50"."""
_TWO_SPACES = re.compile(r"  | \)[?*+]? | \((?:\?:)? ")
"""A fragment that needs two spaces in a row: two written, or a space on both sides of a group's
edge ("en (?:\\S+ )? avoir", "frais (?: de port)"): page and policy text has one space between
words, so that fragment (or that group) never matches."""
_ELISION_END = re.compile(r"'(?:\|[^()|]*)*\)*\??$")
"""A fragment that can end in an apostrophe ("à moins qu(?:e|')"): as whole words a word must
not follow it, and in French one always does ("qu'ils"), so it never matches."""


def _compiles(fragments: list[str]) -> list[str]:
    """Reject a fragment that is not a valid regular expression, or that can end in a space,
    naming it."""
    for fragment in fragments:
        try:
            re.compile(fragment)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {fragment!r}: {exc}") from None
        if _OPEN_END.search(fragment):
            raise ValueError(f"{fragment!r} can end in a space, so as whole words it never "
                             "matches without its last part: put the space inside the group")
        if _TWO_SPACES.search(fragment):
            raise ValueError(f"{fragment!r} needs two spaces in a row, and text is read with one "
                             "space between words, so it never matches: keep one space")
        if _ONE_DIGIT_END.search(fragment):
            raise ValueError(f"{fragment!r} ends in one digit, so as whole words it never "
                             "matches a number of two digits: end it in \\d+")
    return fragments


def _whole_words(fragments: list[str]) -> list[str]:
    """Fragments matched as whole words: valid, and none that can end in an elision."""
    for fragment in _compiles(fragments):
        if _ELISION_END.search(fragment):
            raise ValueError(f"{fragment!r} can end in an apostrophe, so as whole words it "
                             "never matches the word that follows it: end it in \\w+")
    return fragments


Fragments = Annotated[list[str], AfterValidator(_whole_words)]
"""A list of regular-expression fragments, each matched as whole words, case-insensitively."""

Stems = Annotated[list[str], AfterValidator(_compiles)]
"""Regular-expression fragments matched anywhere, inside words too (web addresses run words
together: "returnpolicy", "kundenservice"), case-insensitively."""


class _Strict(BaseModel):
    # defer_build: a run builds its packs from texts already known valid (packs._construct),
    # so the validators are only made when a pack is validated (tests, an edited pack).
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
    short: Fragments = []
    """Negations of the next few words only, prepositions such as "without": "returned
    without tags will be refunded" refunds."""
    scope: int = Field(default=6, ge=1, le=20)
    after_scope: int = Field(default=4, ge=0, le=20)
    short_scope: int = Field(default=2, ge=1, le=20)
    paired: Fragments = []
    """Negations before a word that need a partner after it (French "ne ... pas"): "nous ne
    remboursons pas" negates, "ne sont remboursés qu'en avoir" and "à moins qu'il ne soit
    défectueux" do not."""
    partners: Fragments = []
    """The partners of `paired`, read in the `after_scope` words after the word."""
    alternatives: Fragments = []
    """Words that join a word to a negated one before it, with the article after them ("we
    can't offer a refund or an exchange": "or an"); the negation then reaches it too."""


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
    handling_fee: Fragments
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
    subscription: Fragments
    same_terms: Fragments
    ordinary_group: Fragments
    other_terms: Fragments
    """Another seller's own return terms apply ("that retailer's return policy applies")."""
    used_state: Fragments
    """An item no longer new: opened, used, worn ("opened items", "getragene Schuhe")."""
    store_reply: Fragments
    """The store answering within some days ("we'll reply within 2 business days")."""
    wait: Fragments
    """Telling the shopper how long to wait ("please allow", "comptez", "rechne mit")."""
    general_scope: Fragments
    """Words for all or most of the shop's items ("most items", "la plupart des articles")."""
    paid_with_credit: Fragments
    """Paid with a gift card or voucher ("if you paid with a gift card")."""
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
    possible_charge: Fragments


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


class WithdrawalFields(_Strict):
    """Labels of the only fields Art. 11a(2) lets the statement ask for."""

    name: Fragments
    order: Fragments
    """What identifies the contract: an order or contract number."""
    contact: Fragments
    """The electronic contact the acknowledgment goes to: an e-mail address."""


class Withdrawal(_Strict):
    """The EU withdrawal function (Art. 11a of Directive 2011/83/EU, as amended by Directive
    (EU) 2023/2673) in this language: its statutory wording, and what does not count."""

    statutory: str
    """The label the law gives the function, suggested when a label is missing or unclear."""
    statutory_confirmation: str
    """The label the law gives the confirmation control."""
    function: Fragments
    """Labels that name the function unambiguously (the statutory one and its equivalents)."""
    ambiguous: Fragments
    """Labels that may lead to the function without naming it (followed, never enough)."""
    confirm: Fragments
    """Unambiguous labels of the second-stage confirmation control."""
    acknowledgment: Fragments
    """A page saying the receipt of the withdrawal was acknowledged on a durable medium."""
    model_form: Fragments
    """The model withdrawal form (a document to fill and send): not an online function."""
    sign_in: Fragments
    """Labels of a sign-in page or an account area."""
    mention: Fragments
    """Words that speak of withdrawing at all: a page behind an unclear link that says them
    and holds a statement form is the function."""
    fields: WithdrawalFields


class WithdrawalPack(_Strict):
    """A language the tool knows only the EU withdrawal function's words of
    (`lang/withdrawal/<code>.yaml`), until a whole pack for it is written."""

    code: str = Field(pattern=r"^[a-z]{2,3}$")
    name: str
    withdrawal: Withdrawal


class Guesses(_Strict):
    """What `init` writes where it cannot read the store: button names and texts in this
    language, and sample answers for form fields that do not identify the order."""

    next_button: str = Field(min_length=1)
    """The usual name of a portal's "next page" button."""
    submit_button: str = Field(min_length=1)
    """The usual name of a portal's final button."""
    goal: str = Field(min_length=1)
    """A text a return's confirmation usually shows (a label)."""
    name: str = Field(min_length=1)
    phone: str = Field(min_length=1)
    text: str = Field(min_length=1)
    """An answer to a required free-text field (a comment, a reason in words)."""


class Init(_Strict):
    """What `returnaudit init` reads to find a store's return path and fill its form."""

    start_return: Fragments
    """Link and button texts that start a return (a portal, a form, an order lookup)."""
    account: Fragments
    """Links to a customer account or its orders."""
    help_link: Fragments
    """Links to FAQ and help pages."""
    order_number: Fragments
    """Labels (or field names) of the order-number field."""
    order_word: Fragments
    """The word before an order number in a page's text ("Order NW-10042")."""
    email: Fragments
    zip: Fragments
    name: Fragments
    phone: Fragments
    quantity: Fragments
    reason: Fragments
    submit_button: Fragments
    """Names of a button that sends the return itself (marked `submit: true`)."""
    guesses: Guesses


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
    init: Init
    withdrawal: Withdrawal | None = None
