"""The one exit-code rule (DESIGN.md §2) and the score bands, as tables."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from returnaudit.pipeline.verdict import exit_code
from returnaudit.reporters.bands import RANGES, Band, band


@dataclass(frozen=True)
class Store:
    status: str
    passed: bool


OK, FAILED = Store("completed", True), Store("completed", False)
ERROR, INVALID = Store("error", False), Store("invalid", False)


@pytest.mark.parametrize(("stores", "gates", "code"), [
    ([OK, OK], True, 0),
    ([OK, FAILED], True, 1),
    ([OK, FAILED], False, 0),
    ([FAILED, ERROR], True, 3),
    ([FAILED, ERROR], False, 3),
    ([ERROR, INVALID], True, 2),
    ([], True, 0),
])
def test_exit_code(stores: list[Store], gates: bool, code: int) -> None:
    assert exit_code(stores, gates=gates) == code


@pytest.mark.parametrize(("score", "expected"), [
    (None, None), (0.0, Band.POOR), (49.9, Band.POOR), (50.0, Band.AVERAGE),
    (89.9, Band.AVERAGE), (90.0, Band.GOOD), (100.0, Band.GOOD),
])
def test_band(score: float | None, expected: Band | None) -> None:
    assert band(score) == expected


def test_band_ranges_as_legends_write_them() -> None:
    assert list(RANGES.values()) == ["0–49", "50–89", "90–100"]
