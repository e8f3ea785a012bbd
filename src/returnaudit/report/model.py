"""The report's shape, DESIGN.md §7: keys are added over time, never renamed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from returnaudit.analysis.platforms import RecognisedPlatform
from returnaudit.analysis.signals import SupportChannel
from returnaudit.artifacts.model import FlowFailure, StepRecord
from returnaudit.artifacts.plain import to_plain

REPORT_SCHEMA = "returnaudit.report/1"


@dataclass(frozen=True)
class ToolInfo:
    name: str
    version: str


@dataclass(frozen=True)
class ScenarioRef:
    name: str
    file: str | None
    store_url: str


@dataclass(frozen=True)
class FlowSection:
    """The flow as run, with its counts."""

    status: str
    screens: int
    interactions: int
    fields: int
    support_contacts: int
    duration_ms: int
    goal: str | None
    goal_met: bool | None
    failure: FlowFailure | None
    steps: tuple[ReportStep, ...]
    trace: str | None = None


@dataclass(frozen=True)
class ReportStep:
    """One step as the report shows it."""

    index: int
    action: str
    target: str
    url_before: str | None
    url_after: str | None
    new_screen: bool
    support_contact: bool
    support_reason: str | None
    duration_ms: int
    status: str
    error: str | None
    screenshot: str | None
    notes: tuple[str, ...]

    @classmethod
    def from_record(cls, record: StepRecord, support_reason: str | None) -> ReportStep:
        """The step; `support_reason` when it counts as a push to support."""
        return cls(
            index=record.index, action=record.action, target=record.target,
            url_before=record.url_before, url_after=record.url_after,
            new_screen=record.new_screen, support_contact=support_reason is not None,
            support_reason=support_reason,
            duration_ms=record.duration_ms, status=record.status, error=record.error,
            screenshot=record.screenshot, notes=record.notes,
        )


@dataclass(frozen=True)
class FooterLinkSection:
    found: bool
    text: str | None
    href: str | None


@dataclass(frozen=True)
class StructuredData:
    present: bool | None
    valid: bool | None
    problems: tuple[str, ...]


@dataclass(frozen=True)
class PolicySection:
    """Where the returns policy is and what it says."""

    url: str | None
    footer_link: FooterLinkSection
    clicks_from_home: int | None
    dedicated: bool | None
    language: str | None
    facts: dict[str, Any]
    fact_evidence: dict[str, dict[str, str | None]]
    structured_data: StructuredData
    fact_status: dict[str, str] = field(default_factory=dict)
    """Fact -> stated | unclear | unstated (unclear: conflicting or hedged cues, value null)."""
    fact_sentences: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)
    """Fact -> every sentence behind it as {quote, url}; for an unclear fact, those that
    disagree. `fact_evidence` keeps the decisive one."""


@dataclass(frozen=True)
class LessonEntry:
    """A lesson's score (0-100; None when one of its checks errored, or when the audit saw
    too little of it: `enough_evidence` false) and its checks."""

    id: str
    number: int
    title: str
    score: float | None
    checks: tuple[str, ...]
    checked: int | None = None
    """How many of its checks had something to judge (the rest are not applicable); None in
    reports written before it was recorded."""
    enough_evidence: bool = True


@dataclass(frozen=True)
class EvidenceEntry:
    url: str | None
    selector: str | None
    step: int | None
    quote: str | None
    screenshot: str | None


@dataclass(frozen=True)
class CheckEntry:
    """One check's verdict, with the words to show for it."""

    id: str
    lesson: str
    title: str
    """The check's title when it passes (or does not apply), its failure title otherwise."""
    status: str
    score: float | None
    weight: float
    summary: str
    evidence: tuple[EvidenceEntry, ...]
    why: str
    how_to_fix: str


@dataclass(frozen=True)
class FixFirstEntry:
    """A change that would raise the overall score, and by how many points."""

    id: str
    title: str
    gain: float
    how_to_fix: str


@dataclass(frozen=True)
class Gate:
    """A condition the run must meet; one that fails makes the exit code 1."""

    name: str
    passed: bool
    expected: Any
    actual: Any
    """None: not measured (the audit could not run)."""

    @property
    def measured(self) -> str:
        """What reporters show for `actual`."""
        return "not measured" if self.actual is None else str(self.actual)


@dataclass(frozen=True)
class ReportError:
    where: str
    message: str


@dataclass(frozen=True)
class Report:
    """Everything one audit found; every output format is rendered from this."""

    tool: ToolInfo
    scenario: ScenarioRef
    started_at: str
    duration_ms: int
    status: str
    score: float | None
    passed: bool
    lessons: tuple[LessonEntry, ...]
    checks: tuple[CheckEntry, ...]
    flow: FlowSection
    policy: PolicySection
    support_channels: tuple[SupportChannel, ...]
    gates: tuple[Gate, ...]
    errors: tuple[ReportError, ...]
    fix_first: tuple[FixFirstEntry, ...] = ()
    platforms: tuple[RecognisedPlatform, ...] = ()
    """Return portals, help centres and shop platforms recognised: {name, kind, evidence}."""
    withdrawal: FlowSection | None = None
    """The scenario's EU withdrawal path as walked, counted like the flow."""
    compliance: tuple[CheckEntry, ...] = ()
    """Legal checks beside the lessons, not in the score (first: eu-withdrawal-function)."""
    schema: str = field(default=REPORT_SCHEMA)

    def evidence_note(self, lesson: LessonEntry) -> str:
        """'not enough evidence (1 of 6 checks)' or '2 of 6 checks n/a', for reporters."""
        statuses = {check.id: check.status for check in self.checks}
        total = len(lesson.checks)
        checked = lesson.checked if lesson.checked is not None else sum(
            statuses.get(c) != "not_applicable" for c in lesson.checks)
        if not lesson.enough_evidence:
            return f"not enough evidence ({checked} of {total} checks)"
        return f"{total - checked} of {total} checks n/a" if checked < total else ""

    @property
    def lessons_without_evidence(self) -> tuple[LessonEntry, ...]:
        return tuple(lesson for lesson in self.lessons if not lesson.enough_evidence)

    @property
    def score_basis(self) -> str:
        """'' when every lesson is in the score, else 'over 4 of 5 lessons'."""
        counted = len(self.lessons) - len(self.lessons_without_evidence)
        return f"over {counted} of {len(self.lessons)} lessons" if counted < len(self.lessons) \
            else ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-able data with the contract's key order: schema first."""
        data: dict[str, Any] = to_plain(self)
        return {"schema": data.pop("schema"), **data}
