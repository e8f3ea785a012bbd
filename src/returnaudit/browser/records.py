"""Step records of steps that did not complete (failed, stopped, skipped, cut off)."""

from __future__ import annotations

import time

from returnaudit.artifacts.model import StepRecord


def unfinished(index: int, action: str, target: str, status: str, *,
               started: float | None = None, url_before: str | None = None,
               url_after: str | None = None, heading_after: str | None = None,
               error: str | None = None, screenshot: str | None = None) -> StepRecord:
    """A step that did not complete: it counts for nothing (no screen, interaction, field or
    support contact)."""
    took = int((time.perf_counter() - started) * 1000) if started is not None else 0
    return StepRecord(
        index=index, action=action, target=target, url_before=url_before, url_after=url_after,
        heading_after=heading_after, new_screen=False, interaction=False, field=False,
        duration_ms=took, status=status, error=error, screenshot=screenshot)
