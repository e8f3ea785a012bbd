"""A walked path (the return flow, or the EU withdrawal path) read once: why each step pushed
the shopper to support, which steps count as support contacts, and the counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from returnaudit.analysis.counts import FlowCounts, count, support_contact_steps
from returnaudit.analysis.signals import step_support_signal
from returnaudit.artifacts.model import FlowArtifact, PageSnapshot


@dataclass(frozen=True)
class Walk:
    """One path's steps and the screens they point into."""

    flow: FlowArtifact
    pages: tuple[PageSnapshot, ...]

    @cached_property
    def support_signals(self) -> Mapping[int, str]:
        """Step index -> why that step pushes the shopper to support (steps that ran)."""
        found = {}
        for step in self.flow.steps:
            signal = step_support_signal(step, self.pages) if step.status == "passed" else None
            if signal:
                found[step.index] = signal
        return MappingProxyType(found)

    @cached_property
    def support_steps(self) -> tuple[int, ...]:
        """The steps counted as support contacts: the first push on each screen."""
        return tuple(sorted(support_contact_steps(self.flow.steps, self.support_signals)))

    @cached_property
    def counts(self) -> FlowCounts:
        return count(self.flow.steps, self.support_signals)
