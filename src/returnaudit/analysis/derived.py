"""What the checks and the report read: the artifacts plus what is computed from them once
(counts, support pushes and channels, the footer link, policy facts, structured data)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from returnaudit.analysis.counts import FlowCounts
from returnaudit.analysis.pages import first_of_kind
from returnaudit.analysis.platforms import RecognisedPlatform, recognise
from returnaudit.analysis.policy import PolicyFacts, detect_language, extract_facts
from returnaudit.analysis.policy.findings import Status
from returnaudit.analysis.signals import (
    FooterLink,
    SupportChannel,
    channels,
    find_returns_link,
    support_push,
)
from returnaudit.analysis.structured_data import StructuredDataResult, check_structured_data
from returnaudit.analysis.walk import Walk
from returnaudit.artifacts.model import Artifacts, PageSnapshot, PolicyPage
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_sentences
from returnaudit.lang.text import fold


@dataclass(frozen=True)
class NotAPolicy:
    """A page the returns link led to that holds no policy text, and what it looks like."""

    page: PolicyPage
    looks_like: str


POLICY_SENTENCE_WORDS = 6
"""Words in a sentence that reads as policy text rather than a label or a menu entry."""
FORM_FIELDS = 3
"""Fields that make a page a form first (a return request, a sign-in box)."""


def has_policy_text(page: PageSnapshot) -> bool:
    """A form (or a sign-in box) with fewer than three real sentences around it is not a
    policy: its labels and a line of instructions make no rule."""
    if page.form_fields < FORM_FIELDS and not page.has_password_field:
        return True
    sentences = (quote for quote, _ in page_sentences(page.text))
    return sum(len(s.split()) >= POLICY_SENTENCE_WORDS for s in sentences) >= 3


@dataclass(frozen=True)
class Analysis:
    """Read-only view of one audit for the checks; derived values are computed on first use."""

    artifacts: Artifacts

    @cached_property
    def walk(self) -> Walk:
        """The return flow as walked."""
        return Walk(self.artifacts.flow, self.artifacts.pages)

    @cached_property
    def withdrawal_walk(self) -> Walk | None:
        """The scenario's EU withdrawal path as walked, if it has one."""
        flow = self.artifacts.withdrawal
        return Walk(flow, self.artifacts.withdrawal_pages) if flow is not None else None

    @property
    def counts(self) -> FlowCounts:
        return self.walk.counts

    @property
    def flow_ran(self) -> bool:
        """Whether the scenario had a return flow to run."""
        return self.artifacts.flow.status != "not_run"

    @property
    def flow_error(self) -> str | None:
        """The tool could not finish the flow (a timeout of its own): flow checks are errors."""
        return next((e.message for e in self.artifacts.errors if e.where == "scenario"), None)

    @cached_property
    def flow_pages(self) -> tuple[PageSnapshot, ...]:
        """The screens the flow went through, in order, each once (none when no flow ran: the
        home page `audit URL` opens is not a return flow)."""
        if not self.flow_ran:
            return ()
        by_url = {p.url: p for p in self.artifacts.pages}
        urls = [s.url_after for s in self.artifacts.flow.steps if s.new_screen and s.url_after]
        return tuple(dict.fromkeys(by_url[u] for u in urls if u in by_url))

    @property
    def last_screen(self) -> PageSnapshot | None:
        return self.flow_pages[-1] if self.flow_pages else None

    @property
    def support_signals(self) -> Mapping[int, str]:
        """Step index -> why that step pushes the shopper to support (steps that ran)."""
        return self.walk.support_signals

    @property
    def support_steps(self) -> tuple[int, ...]:
        """The steps counted as support contacts: the first push on each screen."""
        return self.walk.support_steps

    @cached_property
    def support_pushes(self) -> tuple[tuple[str, str], ...]:
        """(url, sentence) of every page that tells the shopper to contact support to return."""
        said = ((page.url, support_push(page.text)) for page in self.artifacts.pages)
        return tuple((url, sentence) for url, sentence in said if sentence)

    @cached_property
    def channels(self) -> tuple[SupportChannel, ...]:
        """Every support channel seen, once, where it was first seen."""
        return channels((*self.artifacts.pages, *self.artifacts.shop_pages))

    @cached_property
    def footer_link(self) -> FooterLink:
        """The returns/refund link in the home page's footer."""
        entry = self.artifacts.entry
        return find_returns_link(entry.footer_links) if entry else FooterLink(False, None, None)

    @property
    def policy(self) -> PolicyPage | None:
        """The returns policy page, when one was found and read and holds policy text."""
        page = self.artifacts.policy_page
        if page is None or page.error is not None or self.not_a_policy is not None:
            return None
        return page

    @cached_property
    def not_a_policy(self) -> NotAPolicy | None:
        """The page taken for the policy when it holds no policy text (a bare return form, a
        sign-in page, an error page): it is not the policy, and no claim is read from it."""
        page = self.artifacts.policy_page
        if page is None or page.error is not None:
            return None
        snap = next((p for p in self.artifacts.pages if p.url == page.url), None)
        if snap is None or has_policy_text(snap):
            return None
        return NotAPolicy(page, "a sign-in page" if snap.has_password_field else "a form")

    @cached_property
    def product_page(self) -> PageSnapshot | None:
        """The product page the audit opened, if any."""
        return first_of_kind(self.artifacts.shop_pages, "product")

    @cached_property
    def cart_page(self) -> PageSnapshot | None:
        """The cart the audit opened, if any."""
        return first_of_kind(self.artifacts.shop_pages, "cart")

    @cached_property
    def policy_snapshot(self) -> PageSnapshot | None:
        policy = self.policy
        if policy is None:
            return None
        return next((p for p in self.artifacts.pages if p.url == policy.url), None)

    @cached_property
    def dedicated(self) -> bool | None:
        """Whether returns have a page of their own (its title or main heading says so)."""
        policy, snap = self.policy, self.policy_snapshot
        if policy is None:
            return None
        heading = snap.heading if snap is not None else None
        title = policy.title.split("|")[0].split(" – ")[0].split(" - ")[0]
        return is_returns_text(heading or "") or is_returns_text(title)

    @cached_property
    def policy_text(self) -> str:
        """The policy's own text: the returns section only, when it sits in a longer page."""
        policy = self.policy
        if policy is None:
            return ""
        if self.dedicated or self.policy_snapshot is None:
            return policy.text
        return returns_section(policy.text, self.policy_snapshot.headings)

    @cached_property
    def language(self) -> str | None:
        policy = self.policy
        if policy is None:
            return None
        return (policy.language or detect_language(self.policy_text)).split("-")[0].lower()

    @cached_property
    def facts(self) -> PolicyFacts:
        """What the policy says, with the guarantee/FAQ pages it links filling the gaps."""
        policy = self.policy
        if policy is None:
            return PolicyFacts.unknown()
        facts = extract_facts(self.policy_text, language=self.language, url=policy.url)
        for page in self.artifacts.related_pages:
            if page.error is None:
                more = extract_facts(page.text, language=self.language, url=page.url)
                facts = merge_facts(facts, more)
        return facts

    @cached_property
    def structured(self) -> StructuredDataResult:
        pages = [(p.url, p.json_ld, p.microdata) for p in self.artifacts.pages]
        return check_structured_data(pages)

    @property
    def all_pages(self) -> tuple[PageSnapshot, ...]:
        return self.artifacts.pages

    @cached_property
    def platforms(self) -> tuple[RecognisedPlatform, ...]:
        """The return portals, help centres and shop platforms the pages show."""
        pages = (*self.artifacts.pages, *self.artifacts.shop_pages)
        return recognise(pages, self.artifacts.scenario.store_url)


def returns_section(text: str, headings: tuple[str, ...]) -> str:
    """The part of a long page under its returns heading, up to the next heading."""
    lines = text.splitlines()
    names = {fold(h) for h in headings}
    start = next((i for i, line in enumerate(lines)
                  if fold(line) in names and is_returns_text(line)), None)
    if start is None:
        return text
    end = next((i for i in range(start + 1, len(lines)) if fold(lines[i]) in names
                and not is_returns_text(lines[i])), len(lines))
    return "\n".join(lines[start:end])


_FILL_FROM_RELATED = ("guarantee", "guarantee_amount", "damaged_or_missing_covered",
                      "marketplace_sellers", "refund_methods", "refund_days", "window_days")


def merge_facts(base: PolicyFacts, extra: PolicyFacts) -> PolicyFacts:
    """`base`, with facts it says nothing of taken from a related page (guarantee, FAQ); a fact
    the policy leaves unclear stays unclear."""
    from dataclasses import replace

    names = [name for name in _FILL_FROM_RELATED if base.status_of(name) == "unstated"
             and extra.status_of(name) == "stated"
             and getattr(extra, name) not in (None, False)]
    if not names:
        return base
    evidence, sentences = dict(base.evidence), dict(base.sentences)
    status: dict[str, Status] = {**base.status_dict(), **dict.fromkeys(names, "stated")}
    for name in names:
        if name in extra.evidence:
            evidence[name] = extra.evidence[name]
        sentences[name] = extra.sentences.get(name, ())
    changes: dict[str, object] = {name: getattr(extra, name) for name in names}
    return replace(base, **changes, evidence=MappingProxyType(evidence),  # type: ignore[arg-type]
                   status=MappingProxyType(status), sentences=MappingProxyType(sentences))
