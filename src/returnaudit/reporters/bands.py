"""Score bands, as Lighthouse draws them: the one place the 50 and 90 cut-offs live."""

from __future__ import annotations

from enum import StrEnum

AVERAGE_FROM = 50
GOOD_FROM = 90


class Band(StrEnum):
    """Where a 0-100 score falls."""

    POOR = "poor"
    AVERAGE = "average"
    GOOD = "good"


RANGES = {Band.POOR: f"0–{AVERAGE_FROM - 1}", Band.AVERAGE: f"{AVERAGE_FROM}–{GOOD_FROM - 1}",
          Band.GOOD: f"{GOOD_FROM}–100"}
"""Each band's scores as a legend writes them: 0–49, 50–89, 90–100."""


def band(score: float | None) -> Band | None:
    """The band of a score; None for no score."""
    if score is None:
        return None
    return Band.POOR if score < AVERAGE_FROM else Band.AVERAGE if score < GOOD_FROM else Band.GOOD
