"""Checks declare the rubric thresholds they read: a rubric without one fails at load, and a
check that reads a threshold it does not declare fails here."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re

import pytest

from returnaudit.analysis.derived import Analysis
from returnaudit.checks import CHECKS
from returnaudit.lib.errors import UsageError
from returnaudit.scoring.rubric import default_rubric, with_overrides
from returnaudit.scoring.score import score
from tests.unit.checks.builders import without_policy


def _reads(check_id: str) -> set[tuple[str, str]]:
    """The `rubric.threshold("group", "name")` calls in the check's module, and the
    `graded(value, rubric, "group", ...)` calls (which read `group.pass` and `group.partial`)."""
    tree = ast.parse(inspect.getsource(inspect.getmodule(CHECKS[check_id].evaluate)))
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    direct = {(call.args[0].value, call.args[1].value) for call in calls
              if isinstance(call.func, ast.Attribute) and call.func.attr == "threshold"
              and all(isinstance(a, ast.Constant) for a in call.args)}
    graded = {(call.args[2].value, limit) for call in calls
              if isinstance(call.func, ast.Name) and call.func.id == "graded"
              and isinstance(call.args[2], ast.Constant) for limit in ("pass", "partial")}
    return direct | graded


@pytest.mark.parametrize("check_id", list(CHECKS))
def test_a_check_declares_every_threshold_it_reads(check_id: str) -> None:
    assert _reads(check_id) == set(CHECKS[check_id].thresholds)


def test_the_bundled_rubric_has_every_declared_threshold() -> None:
    rubric = default_rubric()
    for check in CHECKS.values():
        for group, name in check.thresholds:
            assert rubric.threshold(group, name) is not None


def test_a_misspelled_threshold_fails_before_any_check_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    tone = CHECKS["customer-friendly-tone"]
    monkeypatch.setitem(CHECKS, tone.id, dataclasses.replace(
        tone, thresholds=(("tone", "friendly_ration"),)))
    message = "rubric.yaml: no threshold 'tone.friendly_ration' (read by customer-friendly-tone)"
    for rubric in (default_rubric(), with_overrides(
            default_rubric(), {"thresholds": {"tone": {"friendly_ratio": 0.5}}})):
        with pytest.raises(UsageError, match=re.escape(message)):
            score(Analysis(without_policy()), rubric)
