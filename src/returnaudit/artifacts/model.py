"""Artifacts: the plain, JSON-serialisable facts the browser gathers; checks read only these.

Raw facts only (texts, links, buttons, what was clicked): what they mean is decided in
`analysis`, so `rescore` re-judges saved artifacts with today's language packs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from returnaudit.artifacts.plain import from_plain, to_plain

ARTIFACTS_SCHEMA = "returnaudit.artifacts/2"


@dataclass(frozen=True)
class Link:
    """A link as the shopper sees it."""

    text: str
    href: str


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
    chat_vendors: tuple[str, ...]
    """Support chat widgets whose script, global or markup is on the page, by vendor."""
    has_contact_form: bool
    """A form with a text area and an email field (not a search)."""
    json_ld: tuple[str, ...]
    has_search: bool
    has_password_field: bool
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
    form_fields: int = 0
    """Visible fields of the page's forms, searches left out."""
    assets: tuple[str, ...] = ()
    """Addresses of the page's scripts and stylesheets (capped): platform signatures."""
    generator: str | None = None
    """The page's <meta name=generator>."""
    markers: tuple[str, ...] = ()
    """The platform selectors (analysis/data/platforms.yaml) that match in the page."""
    window_globals: tuple[str, ...] = ()
    """The platform globals (analysis/data/platforms.yaml) the page defines."""
    footer_text: str = ""
    """The footer's text (capped): a "Powered by ..." line."""


@dataclass(frozen=True)
class ClickTarget:
    """What the browser saw of an element it clicked."""

    text: str
    href: str | None
    attributes: str
    """id, class and aria-label (of the element and its link) joined: chat launcher markup."""


@dataclass(frozen=True)
class ContactNote:
    """A `contact` step: the scenario says the shopper must contact support here."""

    channel: str
    """email | phone | chat | form"""
    note: str | None


@dataclass(frozen=True)
class FieldOption:
    """One option of a <select>."""

    label: str
    value: str


@dataclass(frozen=True)
class FormField:
    """One visible form control, as the shopper sees it."""

    kind: str
    """text | email | tel | number | checkbox | radio | select | textarea | ... (the type)"""
    label: str
    name: str
    placeholder: str
    autocomplete: str
    required: bool
    checked: bool
    """A checkbox or radio that is already ticked."""
    value: str
    """The current value (a select's chosen option)."""
    options: tuple[FieldOption, ...] = ()


@dataclass(frozen=True)
class FormButton:
    """A button of a form."""

    text: str
    submits: bool
    """A submit button (the default type), not a plain `type=button`."""


@dataclass(frozen=True)
class PageForm:
    """A form of a page (or the loose fields of its main content)."""

    action: str
    """The address it sends to, absolute; "" when it has none (a script handles it)."""
    method: str
    """get | post | script"""
    search: bool
    password: bool
    region: str
    """main | header | footer: where it sits (a newsletter box in the footer is no return form)."""
    fields: tuple[FormField, ...]
    buttons: tuple[FormButton, ...]


@dataclass(frozen=True)
class WithdrawalProbe:
    """The page a link to the EU withdrawal function opened, read without submitting anything:
    its forms show what the statement asks for and what its button says."""

    label: str
    """The link's text."""
    found_on: str
    """The page the link was on."""
    page: PageSnapshot
    forms: tuple[PageForm, ...]


@dataclass(frozen=True)
class StepRecord:
    """One executed (or skipped) step of the flow: what was done and the screen it led to."""

    index: int
    action: str
    target: str
    url_before: str | None
    url_after: str | None
    heading_after: str | None
    new_screen: bool
    interaction: bool
    field: bool
    duration_ms: int
    status: str
    """passed | failed | skipped | stopped"""
    error: str | None = None
    screenshot: str | None = None
    notes: tuple[str, ...] = ()
    clicked: ClickTarget | None = None
    """The element a click step clicked."""
    contact: ContactNote | None = None
    page: int | None = None
    """Index in `Artifacts.pages` of the snapshot of the new screen this step led to."""


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
    market: str | None = None
    """The scenario's `store.market`: eu | other | None (read from the pages)."""


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
    policy_page: PolicyPage | None
    errors: tuple[RunError, ...] = ()
    related_pages: tuple[PolicyPage, ...] = ()
    """Guarantee / buyer-protection and returns-FAQ pages linked from the policy or footer."""
    shop_pages: tuple[PageSnapshot, ...] = ()
    """A product page and the cart, read for returns information shown before purchase."""
    withdrawal: FlowArtifact | None = None
    """The scenario's EU withdrawal path as walked; its steps' `page` index
    `withdrawal_pages`."""
    withdrawal_pages: tuple[PageSnapshot, ...] = ()
    withdrawal_probe: WithdrawalProbe | None = None
    """The page the withdrawal function's link opened, when discovery followed one."""
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
