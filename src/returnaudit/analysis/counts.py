"""The flow's numbers, counted from step records exactly as DESIGN.md §4 defines them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from returnaudit.artifacts.model import StepRecord


@dataclass(frozen=True)
class FlowCounts:
    """What the shopper went through."""

    screens: int
    """Screens after the entry page, up to the last one."""
    interactions: int
    """Clicks, fills, selects, checks and key presses that were done."""
    fields: int
    """Form fields filled or chosen."""
    support_contacts: int
    """Screens on which the shopper was pushed to contact support (at most one per screen)."""


def count(steps: Sequence[StepRecord], signals: Mapping[int, str]) -> FlowCounts:
    """Count over the steps that ran; skipped and failed steps count for nothing. `signals`:
    step index -> why that step pushes the shopper to support."""
    done = [s for s in steps if s.status == "passed"]
    return FlowCounts(
        screens=max(0, sum(s.new_screen for s in done) - 1),
        interactions=sum(s.interaction for s in done),
        fields=sum(s.field for s in done),
        support_contacts=len(support_contact_steps(done, signals)),
    )


def support_contact_steps(steps: Sequence[StepRecord], signals: Mapping[int, str]) -> set[int]:
    """Indexes of the steps that count as a support contact: the first signal on each screen.

    A step belongs to the screen it ends on. An "email us to start a return" page, the click on
    its mailto link and a `contact` step there are one push to support, not three.
    """
    chosen: set[int] = set()
    screen, counted = 0, False
    for step in steps:
        if step.status != "passed":
            continue
        if step.new_screen:
            screen, counted = screen + 1, False
        if signals.get(step.index) and not counted:
            chosen.add(step.index)
            counted = True
    return chosen
