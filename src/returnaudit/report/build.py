"""Build the Report from artifacts: counts, policy section, support channels and gates."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ..artifacts import Artifacts, SupportChannel
from ..metrics import FlowCounts, count, support_contact_steps
from ..scenario.models import Budgets
from .model import (
    FlowSection,
    FooterLinkSection,
    Gate,
    PolicySection,
    Report,
    ReportError,
    ReportStep,
    ScenarioRef,
    StructuredData,
    ToolInfo,
)

_COUNT_BUDGETS = ("screens", "interactions", "fields", "support_contacts")


def build_report(artifacts: Artifacts, budgets: Budgets | None = None) -> Report:
    """The report for one audit; `passed` is true when every gate passed."""
    counts = count(artifacts.flow.steps)
    gates = tuple(_gates(artifacts, counts, budgets))
    return Report(
        tool=ToolInfo("returnaudit", __version__),
        scenario=ScenarioRef(artifacts.scenario.name, artifacts.scenario.file,
                             artifacts.scenario.store_url),
        started_at=artifacts.started_at,
        duration_ms=artifacts.duration_ms,
        status=artifacts.status,
        score=None,
        passed=artifacts.status == "completed" and all(g.passed for g in gates),
        lessons=(),
        checks=(),
        flow=_flow(artifacts, counts),
        policy=_policy(artifacts),
        support_channels=_channels(artifacts),
        gates=gates,
        errors=tuple(ReportError(e.where, e.message) for e in artifacts.errors),
    )


def _flow(artifacts: Artifacts, counts: FlowCounts) -> FlowSection:
    flow = artifacts.flow
    contacts = support_contact_steps(flow.steps)
    return FlowSection(
        status=flow.status, screens=counts.screens, interactions=counts.interactions,
        fields=counts.fields, support_contacts=counts.support_contacts,
        duration_ms=flow.duration_ms, goal=flow.goal, goal_met=flow.goal_met,
        failure=flow.failure,
        steps=tuple(ReportStep.from_record(s, s.index in contacts) for s in flow.steps),
        trace=artifacts.trace,
    )


def _policy(artifacts: Artifacts) -> PolicySection:
    page = artifacts.policy_page
    link = artifacts.footer_link
    found = page is not None and page.error is None
    return PolicySection(
        url=page.url if page is not None and found else None,
        footer_link=FooterLinkSection(link.found, link.text, link.href),
        clicks_from_home=1 if link.found and page is not None and found and page.via == "footer"
        else None,
        dedicated=None,
        language=page.language if page is not None and found else None,
        facts={},
        fact_evidence={},
        structured_data=StructuredData(None, None, ()),
    )


def _channels(artifacts: Artifacts) -> tuple[SupportChannel, ...]:
    """Every channel once (by kind and evidence), where it was first seen."""
    seen: dict[tuple[str, str], SupportChannel] = {}
    for page in artifacts.pages:
        for channel in page.channels:
            seen.setdefault((channel.kind, channel.evidence), channel)
    return tuple(seen.values())


def _gates(artifacts: Artifacts, counts: FlowCounts, budgets: Budgets | None) -> list[Gate]:
    gates: list[Gate] = []
    if artifacts.flow.status != "not_run":
        status = artifacts.flow.status
        # Stopping before a submit step on a live store is the safety rule working, not a failure.
        ok = status in ("completed", "stopped_before_submit")
        gates.append(Gate("flow-completed", ok, "completed", status))
    if budgets is None:
        return gates
    for name in _COUNT_BUDGETS:
        limit = getattr(budgets, f"max_{name}")
        if limit is not None:
            actual: Any = getattr(counts, name)
            gates.append(Gate(f"max_{name}", actual <= limit, limit, actual))
    return gates
