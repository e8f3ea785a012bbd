"""Build the Report from artifacts: scores, checks, counts, policy, support channels, gates."""

from __future__ import annotations

from typing import Any

from returnaudit import __version__
from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.walk import Walk
from returnaudit.artifacts.model import Artifacts
from returnaudit.checks import CHECKS, COMPLIANCE
from returnaudit.checks.base import Status
from returnaudit.report.gates import gates_for
from returnaudit.report.model import (
    CheckEntry,
    EvidenceEntry,
    FixFirstEntry,
    FlowSection,
    FooterLinkSection,
    LessonEntry,
    PolicySection,
    Report,
    ReportError,
    ReportStep,
    ScenarioRef,
    StructuredData,
    ToolInfo,
)
from returnaudit.scenario.models import Budgets
from returnaudit.scoring.rubric import Rubric, default_rubric
from returnaudit.scoring.score import CheckOutcome, Scored, score


def build_report(artifacts: Artifacts, budgets: Budgets | None = None,
                 rubric: Rubric | None = None, fail_under: float | None = None) -> Report:
    """The report for one audit; `passed` is true when every gate passed."""
    rubric = rubric or default_rubric()
    inp = Analysis(artifacts)
    scored = score(inp, rubric)
    gates = tuple(gates_for(artifacts, inp.counts, scored, budgets, fail_under))
    return Report(
        tool=ToolInfo("returnaudit", __version__),
        scenario=ScenarioRef(artifacts.scenario.name, artifacts.scenario.file,
                             artifacts.scenario.store_url),
        started_at=artifacts.started_at,
        duration_ms=artifacts.duration_ms,
        status=artifacts.status,
        score=scored.score,
        passed=artifacts.status == "completed" and all(g.passed for g in gates),
        lessons=tuple(LessonEntry(ls.id, ls.number, ls.title, ls.score, ls.checks, ls.checked,
                                  ls.enough_evidence) for ls in scored.lessons),
        checks=tuple(_check(o) for o in scored.outcomes),
        flow=_flow(inp.walk, inp.artifacts.trace),
        policy=_policy(inp),
        support_channels=inp.channels,
        gates=gates,
        errors=tuple(ReportError(e.where, e.message) for e in artifacts.errors),
        fix_first=_fix_first(scored),
        platforms=inp.platforms,
        withdrawal=_flow(inp.withdrawal_walk) if inp.withdrawal_walk else None,
        compliance=tuple(_check(o) for o in scored.compliance),
    )


def _check(outcome: CheckOutcome) -> CheckEntry:
    meta, result = (CHECKS.get(outcome.id) or COMPLIANCE[outcome.id]), outcome.result
    shown_as_passing = result.status in (Status.PASS, Status.NOT_APPLICABLE)
    return CheckEntry(
        id=outcome.id, lesson=outcome.lesson,
        title=meta.title if shown_as_passing else meta.failure_title,
        status=result.status.value, score=result.score, weight=outcome.weight,
        summary=result.summary,
        evidence=tuple(EvidenceEntry(e.url, e.selector, e.step, e.quote, e.screenshot)
                       for e in result.evidence),
        why=meta.why, how_to_fix=meta.how_to_fix,
    )


def _fix_first(scored: Scored) -> tuple[FixFirstEntry, ...]:
    return tuple(FixFirstEntry(f.id, CHECKS[f.id].failure_title, f.gain, CHECKS[f.id].how_to_fix)
                 for f in scored.fix_first)


def _flow(walk: Walk, trace: str | None = None) -> FlowSection:
    flow, counts = walk.flow, walk.counts
    contacts = {index: walk.support_signals[index] for index in walk.support_steps}
    return FlowSection(
        status=flow.status, screens=counts.screens, interactions=counts.interactions,
        fields=counts.fields, support_contacts=counts.support_contacts,
        duration_ms=flow.duration_ms, goal=flow.goal, goal_met=flow.goal_met,
        failure=flow.failure,
        steps=tuple(ReportStep.from_record(s, contacts.get(s.index)) for s in flow.steps),
        trace=trace,
    )


def _policy(inp: Analysis) -> PolicySection:
    link, page = inp.footer_link, inp.policy
    structured = inp.structured
    facts: dict[str, Any] = {k: (list(v) if isinstance(v, tuple) else v)
                             for k, v in inp.facts.to_dict().items()}
    return PolicySection(
        url=page.url if page else None,
        footer_link=FooterLinkSection(link.found, link.text, link.href),
        clicks_from_home=page.clicks_from_home if page else None,
        dedicated=inp.dedicated,
        language=inp.language,
        facts=facts,
        fact_evidence=inp.facts.evidence_dict(),
        structured_data=StructuredData(structured.present if page or structured.present else None,
                                       structured.valid, structured.problems),
        fact_status=dict(inp.facts.status_dict()),
        fact_sentences=inp.facts.sentences_dict(),
    )

