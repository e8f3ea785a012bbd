"""The policy facts: what a returns policy says, each found fact with the sentence it came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import TypedDict

from returnaudit.analysis.policy.findings import FactValue, Finding, Status

__all__ = ["NO_POLICY", "Evidence", "PolicyFacts", "detect_language", "extract_facts"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read."""

    quote: str
    """The sentence the fact came from, whitespace-collapsed, at most about 300 characters."""
    url: str | None
    """The page the sentence is on, when known."""


@dataclass(frozen=True)
class PolicyFacts:
    """What a returns policy says (DESIGN.md §4, "policy facts").

    `extract_facts` leaves the yes/no facts False when the text says nothing of them and the other
    facts None; a fact whose cues conflict or hedge is None with the status "unclear" (a wrong
    answer is worse than none); `PolicyFacts.unknown()` (NO_POLICY) has every fact None, for
    "no policy found".
    """

    window_days: int | None = None
    """The main change-of-mind return window, in days (1 month = 30)."""
    window_start: str | None = None
    """What the window counts from: "purchase" or "delivery"."""
    free_returns: bool | None = None
    """Whether a change-of-mind return costs the shopper nothing."""
    return_shipping_paid_by: str | None = None
    """Who pays change-of-mind return shipping: "customer" or "store"."""
    restocking_fee: bool | None = False
    """Whether a restocking fee or charge can apply."""
    restocking_fee_percent: float | None = None
    """The restocking fee as a percentage of the price, when stated."""
    refund_methods: tuple[str, ...] | None = None
    """Outcomes offered, in order: original_payment, store_credit, exchange, replacement, repair."""
    refund_days: int | None = None
    """The longest stated number of days before the refund is issued or posted."""
    condition_tiers: bool | None = False
    """Whether the item's condition changes the outcome (opened -> fee, used -> credit)."""
    time_tiers: bool | None = False
    """Whether the time the item was held changes the outcome."""
    purchase_method_tiers: bool | None = False
    """Whether how it was bought (sale, gift receipt, in store, members) changes the outcome."""
    exclusions: tuple[str, ...] | None = ()
    """Categories that cannot be returned (ids such as "hygiene", "sale_items"), sorted."""
    guarantee: bool | None = False
    """Whether a named guarantee goes beyond the return right (money-back, buyer protection)."""
    guarantee_amount: float | None = None
    """The guarantee's limit in the page's currency ("up to $2,500" -> 2500.0)."""
    damaged_or_missing_covered: bool | None = False
    """Whether damaged, defective, wrong or undelivered items are said to be handled."""
    marketplace_sellers: bool | None = False
    """Whether the policy speaks of third-party (marketplace) sellers."""
    support_contact_required: bool | None = False
    """Whether the shopper must email, call, chat or write to start a return."""
    evidence: Mapping[str, Evidence] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, hash=False
    )
    """Fact name -> the decisive sentence; only for the facts stated."""
    status: Mapping[str, Status] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, hash=False
    )
    """Fact name -> stated | unclear | unstated, for every fact read from a text."""
    sentences: Mapping[str, tuple[Evidence, ...]] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, hash=False
    )
    """Fact name -> every sentence behind it; for an unclear fact, those that disagree."""
    conflicts: frozenset[str] = field(default=frozenset(), compare=False, hash=False)
    """The unclear facts whose sentences contradict each other (not merely hedged)."""

    @classmethod
    def unknown(cls) -> PolicyFacts:
        """Every fact None: no policy was found at all."""
        return cls(
            restocking_fee=None,
            condition_tiers=None,
            time_tiers=None,
            purchase_method_tiers=None,
            exclusions=None,
            guarantee=None,
            damaged_or_missing_covered=None,
            marketplace_sellers=None,
            support_contact_required=None,
        )

    def to_dict(self) -> dict[str, object]:
        """The plain facts (lists for tuples), keys in declaration order, no evidence."""
        return {name: _plain(getattr(self, name)) for name in FACT_NAMES}

    def evidence_dict(self) -> dict[str, dict[str, str | None]]:
        """Fact name -> {quote, url}, in fact order."""
        return {
            name: {"quote": self.evidence[name].quote, "url": self.evidence[name].url}
            for name in FACT_NAMES
            if name in self.evidence
        }

    def status_of(self, name: str) -> Status:
        """Whether the text states the fact, leaves it unclear, or says nothing of it (facts
        built by hand, without statuses, are stated when they hold a value)."""
        if name in self.status:
            return self.status[name]
        return "unstated" if getattr(self, name) in (None, False, ()) else "stated"

    def status_dict(self) -> dict[str, Status]:
        """Fact name -> stated | unclear | unstated, for every fact, in fact order."""
        return {name: self.status_of(name) for name in FACT_NAMES}

    def sentences_dict(self) -> dict[str, list[dict[str, str | None]]]:
        """Fact name -> every sentence behind it as {quote, url}, in fact order."""
        return {
            name: [{"quote": one.quote, "url": one.url} for one in self.sentences[name]]
            for name in FACT_NAMES
            if self.sentences.get(name)
        }


_NOT_FACTS = frozenset({"evidence", "status", "sentences", "conflicts"})
FACT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(PolicyFacts) if f.name not in _NOT_FACTS)
"""The facts, in their contract order."""

NO_POLICY = PolicyFacts.unknown()
"""The facts when no policy was found at all: every fact None."""


def extract_facts(text: str, *, language: str | None = None, url: str | None = None) -> PolicyFacts:
    """Read a policy text (any language with a pack; detected when not given)."""
    # Imported here: the packs need pydantic and yaml, which `--help` should not pay for.
    from returnaudit.analysis.policy.extract import find_facts

    _, findings = find_facts(text, language)
    unknown = set(findings) - set(FACT_NAMES)
    if unknown:
        raise KeyError(f"rules returned unknown facts: {sorted(unknown)}")
    read = _Reader(findings)
    return PolicyFacts(
        window_days=read.integer("window_days"),
        window_start=read.text("window_start"),
        free_returns=read.boolean("free_returns"),
        return_shipping_paid_by=read.text("return_shipping_paid_by"),
        restocking_fee=read.flag("restocking_fee"),
        restocking_fee_percent=read.number("restocking_fee_percent"),
        refund_methods=read.words("refund_methods"),
        refund_days=read.integer("refund_days"),
        condition_tiers=read.flag("condition_tiers"),
        time_tiers=read.flag("time_tiers"),
        purchase_method_tiers=read.flag("purchase_method_tiers"),
        exclusions=read.words("exclusions") or (),
        guarantee=read.flag("guarantee"),
        guarantee_amount=read.number("guarantee_amount"),
        damaged_or_missing_covered=read.flag("damaged_or_missing_covered"),
        marketplace_sellers=read.flag("marketplace_sellers"),
        support_contact_required=read.flag("support_contact_required"),
        **_provenance(findings, url),
    )


class _Provenance(TypedDict):
    """Where each fact was read and how clearly: PolicyFacts' fields besides the values."""

    evidence: Mapping[str, Evidence]
    status: Mapping[str, Status]
    sentences: Mapping[str, tuple[Evidence, ...]]
    conflicts: frozenset[str]


def _provenance(findings: Mapping[str, Finding], url: str | None) -> _Provenance:
    """evidence, status, sentences and conflicts, from the rules' findings."""
    stated = {name: f for name, f in findings.items() if f.status == "stated"}
    return {
        "evidence": MappingProxyType({k: Evidence(v.quote, url) for k, v in stated.items()}),
        "status": MappingProxyType(
            {name: findings[name].status if name in findings else "unstated"
             for name in FACT_NAMES}
        ),
        "sentences": MappingProxyType(
            {k: tuple(Evidence(q, url) for q in v.quotes or (v.quote,))
             for k, v in findings.items()}
        ),
        "conflicts": frozenset(k for k, v in findings.items() if v.conflict),
    }


def detect_language(text: str) -> str:
    """The code of the pack whose stopwords are most frequent in the text ("en" if none)."""
    from returnaudit.lang.detect import detect_language as detect

    return detect(text)


class _Reader:
    """Typed access to the rules' values; a value of the wrong type is a bug, not data."""

    def __init__(self, findings: Mapping[str, Finding]) -> None:
        self._values = {name: finding.value for name, finding in findings.items()}
        self._unclear = {name for name, finding in findings.items() if finding.status == "unclear"}

    def _get(self, name: str, kind: type | tuple[type, ...]) -> FactValue:
        value = self._values.get(name)
        if value is not None and not isinstance(value, kind):
            raise TypeError(f"fact {name!r} has a {type(value).__name__}: {value!r}")
        return value

    def integer(self, name: str) -> int | None:
        value = self._get(name, int)
        return value if isinstance(value, int) else None

    def number(self, name: str) -> float | None:
        value = self._get(name, (int, float))
        return float(value) if isinstance(value, int | float) else None

    def text(self, name: str) -> str | None:
        value = self._get(name, str)
        return value if isinstance(value, str) else None

    def boolean(self, name: str) -> bool | None:
        value = self._get(name, bool)
        return value if isinstance(value, bool) else None

    def flag(self, name: str) -> bool | None:
        """A yes/no fact: False when not found, None when found unclear."""
        return None if name in self._unclear else self.boolean(name) is True

    def words(self, name: str) -> tuple[str, ...] | None:
        value = self._get(name, tuple)
        return value if isinstance(value, tuple) else None


def _plain(value: object) -> object:
    return list(value) if isinstance(value, tuple) else value
