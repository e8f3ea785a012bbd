"""GitHub Actions: annotation lines, their order and escaping, and the job summary."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from returnaudit.artifacts.plain import from_plain
from returnaudit.report import Report
from returnaudit.report.model import CheckEntry, EvidenceEntry
from returnaudit.reporters.github import (
    annotations,
    escape_data,
    escape_property,
    publish_to_github,
)

GOLDEN = Path(__file__).parent.parent / "golden"
ACTIONS = {"GITHUB_ACTIONS": "true"}


def golden(name: str) -> Report:
    return from_plain(Report, json.loads((GOLDEN / f"{name}.report.json").read_text("utf-8")))


def check(check_id: str, status: str, weight: float, score: float) -> CheckEntry:
    return CheckEntry(id=check_id, lesson="l", title=f"T {check_id}", status=status, score=score,
                      weight=weight, summary="s", evidence=(), why="", how_to_fix="")


@pytest.mark.parametrize(("text", "data", "prop"), [
    ("100% done", "100%25 done", "100%25 done"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("Shop: x, y", "Shop: x, y", "Shop%3A x%2C y"),
    ("%0A", "%250A", "%250A"),
    ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
])
def test_escaping(text: str, data: str, prop: str) -> None:
    assert (escape_data(text), escape_property(text)) == (data, prop)


def test_gates_first_then_fix_first_order() -> None:
    lines = annotations([golden("budgetbin")])
    assert lines[0] == ("::error title=BudgetBin%2C try to return a speaker%3A gate flow-completed"
                        "::expected completed, got failed")
    assert lines[1] == ("::error title=BudgetBin%2C try to return a speaker%3A Shoppers cannot "
                        "start a return by themselves::the shopper is pushed to support 1 time(s): "
                        "page says: 9.5 To start a return, email us at returns@budgetbin.example "
                        "with your order number. (http://127.0.0.1:8732/budgetbin/terms.html)")
    assert [line.split("%3A ", 1)[1].split("::")[0] for line in lines[2:4]] == [
        "Damaged or missing items are not covered", "No purchase guarantee"]
    assert len(lines) == 10


def test_partial_checks_are_warnings() -> None:
    lines = annotations([golden("maison-lumiere")], limit=50)
    levels = {line.split("%3A ", 1)[1].split("::")[0]: line.split(" ", 1)[0] for line in lines}
    assert levels["The return form asks for too much"] == "::warning"
    assert levels["No purchase guarantee"] == "::error"
    assert len(lines) == 8


def test_after_fix_first_by_lost_points_then_id() -> None:
    checks = (check("b-low", "partial", 1.0, 0.5), check("c-big", "fail", 2.0, 0.0),
              check("a-low", "fail", 0.5, 0.0), check("ok", "pass", 9.0, 1.0),
              check("skip", "not_applicable", 9.0, 0.0))
    report = dataclasses.replace(golden("maison-lumiere"), checks=checks, fix_first=())
    titles = [line.split("%3A T ")[1].split("::")[0] for line in annotations([report])]
    assert titles == ["c-big", "a-low", "b-low"]


@pytest.mark.parametrize(("limit", "expected"), [(0, 0), (1, 1), (5, 5), (100, 32)])
def test_limit_counts_over_all_reports(limit: int, expected: int) -> None:
    reports = [golden("maison-lumiere"), golden("budgetbin")]
    lines = annotations(reports, limit=limit)
    assert len(lines) == expected
    if lines:
        assert "gate flow-completed" in lines[0]


def test_message_with_evidence_url_and_newlines() -> None:
    evidence = EvidenceEntry("http://s/r?a=1,2", None, None, None, None)
    bad = dataclasses.replace(check("x", "fail", 1.0, 0.0), summary="50% off\nnow",
                              evidence=(evidence,))
    report = dataclasses.replace(golden("maison-lumiere"), checks=(bad,), fix_first=())
    assert annotations([report]) == [
        "::error title=Maison Lumière%2C retourner une lampe%3A T x::50%25 off%0Anow "
        "(http://s/r?a=1,2)"]


def test_summary_is_appended_and_annotations_printed(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    env = {**ACTIONS, "GITHUB_STEP_SUMMARY": str(summary)}
    out = io.StringIO()
    publish_to_github([golden("budgetbin")], "# first\n", env, out)
    publish_to_github([golden("budgetbin")], "# second", env, out)
    assert summary.read_text("utf-8") == "earlier step\n# first\n\n# second\n\n"
    lines = out.getvalue().splitlines()
    assert len(lines) == 20 and lines[:10] == annotations([golden("budgetbin")])


def test_summary_only_when_not_in_actions(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    out = io.StringIO()
    publish_to_github([golden("budgetbin")], "# md", {"GITHUB_STEP_SUMMARY": str(summary)}, out)
    assert summary.read_text("utf-8") == "# md\n\n" and out.getvalue() == ""


@pytest.mark.parametrize("env", [{}, {"GITHUB_ACTIONS": "false"}, {"GITHUB_STEP_SUMMARY": ""}])
def test_nothing_happens_outside_github_actions(env: dict[str, str], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    publish_to_github([golden("budgetbin")], "# md", env, out)
    assert out.getvalue() == "" and list(tmp_path.iterdir()) == []
