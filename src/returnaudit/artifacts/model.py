"""Artifacts: the plain, JSON-serialisable data the browser gathers; audits read only these."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from returnaudit.artifacts.plain import from_plain, to_plain

ARTIFACTS_SCHEMA = "returnaudit.artifacts/1"


@dataclass(frozen=True)
class Link:
    """A link as the shopper sees it."""

    text: str
    href: str


@dataclass(frozen=True)
class SupportChannel:
    """A way to reach customer support, and where it was seen."""

    kind: str
    """email | phone | chat | form | contact_page"""
    url: str
    """The page it was seen on."""
    evidence: str
    """The address, number, chat vendor or link text."""


@dataclass(frozen=True)
class PageSnapshot:
    """What one visited page offered, gathered once when the screen first appeared."""

    url: str
    title: str
    lang: str | None
    heading: str | None
    footer_source: str | None
    """footer | contentinfo | landmark | bottom-links | None: how the footer was found."""
    footer_links: tuple[Link, ...]
    header_links: tuple[Link, ...]
    links: tuple[Link, ...]
    """Every visible same-page link (capped), for discovery and contact pages."""
    channels: tuple[SupportChannel, ...]
    json_ld: tuple[str, ...]
    has_search: bool
    has_password_field: bool
    support_push: str | None
    """The sentence telling the shopper to contact support to return, if any."""
    text: str
    """Main text of the page (header, footer and nav left out), capped."""
    http_status: int | None = None
    microdata: tuple[dict[str, Any], ...] = ()
    """Microdata items that hold a MerchantReturnPolicy: {type, properties: {name: [values]}}."""
    questions: tuple[str, ...] = ()
    """Question-like summaries, terms and headings of the main content (FAQ structure)."""
    headings: tuple[str, ...] = ()
    """h1-h3 texts of the main content, in order."""
    list_items: int = 0
    ordered_steps: bool = False
    """An ordered list of two or more items (numbered next steps)."""
    qr_code: bool = False


@dataclass(frozen=True)
class StepRecord:
    """One executed (or skipped) step of the flow, with the signals the counts are made of."""

    index: int
    action: str
    target: str
    url_before: str | None
    url_after: str | None
    heading_after: str | None
    new_screen: bool
    interaction: bool
    field: bool
    support_signal: str | None
    """Why this step pushes the shopper to support (contact step, mailto click, page text)."""
    duration_ms: int
    status: str
    """passed | failed | skipped | stopped"""
    error: str | None = None
    screenshot: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class FlowFailure:
    """Evidence for a failed flow: which step, which target, and what the page showed instead."""

    step: int
    target: str
    message: str
    url: str | None
    heading: str | None
    candidates: tuple[str, ...]
    """Visible link and button texts on the page, nearest to the target first."""


@dataclass(frozen=True)
class FlowArtifact:
    """The shopper's path as run."""

    status: str
    """completed | failed | stopped_before_submit | not_run"""
    steps: tuple[StepRecord, ...]
    goal: str | None
    goal_met: bool | None
    duration_ms: int
    failure: FlowFailure | None = None


@dataclass(frozen=True)
class FooterLink:
    """The returns/refund policy link found in the entry page's footer."""

    found: bool
    text: str | None
    href: str | None


@dataclass(frozen=True)
class PolicyPage:
    """The page read as the returns policy, and how it was reached."""

    url: str
    via: str
    """footer | policy_url | crawl | link (a guarantee or FAQ page the policy links to)"""
    http_status: int | None
    title: str
    text: str
    language: str | None
    error: str | None = None
    clicks_from_home: int | None = None
    """Fewest clicks from the home page (breadth-first, depth <= 3); None if not reached."""


@dataclass(frozen=True)
class RunError:
    """Something that went wrong, and where."""

    where: str
    message: str


@dataclass(frozen=True)
class ScenarioInfo:
    """Which scenario produced these artifacts."""

    name: str
    file: str | None
    store_url: str
    language: str | None


@dataclass(frozen=True)
class Artifacts:
    """Everything one audit gathered: saved with --save-artifacts, re-scored with no browser."""

    scenario: ScenarioInfo
    tool_version: str
    started_at: str
    duration_ms: int
    status: str
    """completed | error (the audit could not run: store unreachable, browser crashed)"""
    entry: PageSnapshot | None
    pages: tuple[PageSnapshot, ...]
    flow: FlowArtifact
    footer_link: FooterLink
    policy_page: PolicyPage | None
    errors: tuple[RunError, ...] = ()
    related_pages: tuple[PolicyPage, ...] = ()
    """Guarantee / buyer-protection and returns-FAQ pages linked from the policy or footer."""
    shop_pages: tuple[PageSnapshot, ...] = ()
    """A product page and the cart, read for returns information shown before purchase."""
    trace: str | None = None
    """Path of the Playwright trace, when one was kept."""
    schema: str = field(default=ARTIFACTS_SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data."""
        plain: dict[str, Any] = to_plain(self)
        return plain

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Artifacts:
        """Rebuild artifacts saved by `to_dict`."""
        rebuilt: Artifacts = from_plain(cls, data)
        return rebuilt
