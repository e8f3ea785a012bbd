"""Regression rules over hand-changed reports (no browser)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.report import Report
from returnaudit.report.compare import compare
from returnaudit.report.load import load_report

GOLDEN = Path(__file__).parent.parent / "golden"


@pytest.fixture
def base() -> Report:
    return load_report(GOLDEN / "maison-lumiere.report.json")


def _check(report: Report, check_id: str, status: str) -> Report:
    checks = tuple(replace(c, status=status) if c.id == check_id else c for c in report.checks)
    return replace(report, checks=checks)


def test_identical_reports_have_no_changes(base: Report) -> None:
    assert compare(base, base).changes == ()


@pytest.mark.parametrize(("before", "after", "regression"), [
    ("pass", "partial", True), ("partial", "fail", True), ("pass", "error", True),
    ("fail", "pass", False), ("partial", "pass", False)])
def test_check_status_changes(base: Report, before: str, after: str, regression: bool) -> None:
    old = _check(base, "help-search", before)
    new = _check(base, "help-search", after)
    (change,) = compare(old, new).changes
    assert (change.kind, change.name, change.regression) == ("check", "help-search", regression)


def test_not_applicable_changes_are_not_judged(base: Report) -> None:
    assert compare(_check(base, "help-search", "not_applicable"), base).changes == ()


@pytest.mark.parametrize(("tolerance", "regressions"), [(0.0, 1), (3.0, 0)])
def test_score_drop_within_tolerance(base: Report, tolerance: float, regressions: int) -> None:
    assert base.score is not None
    lower = replace(base, score=base.score - 2)
    assert len(compare(base, lower, tolerance=tolerance).regressions) == regressions


def test_more_screens_and_support_contacts_are_regressions(base: Report) -> None:
    longer = replace(base, flow=replace(base.flow, screens=base.flow.screens + 1,
                                        support_contacts=1))
    names = {c.name for c in compare(base, longer).regressions}
    assert names == {"screens", "support_contacts"}


def test_flow_that_no_longer_completes(base: Report) -> None:
    broken = replace(base, flow=replace(base.flow, status="failed"))
    (change,) = compare(base, broken).regressions
    assert change.message == "the return flow no longer completes"


def test_lost_footer_link(base: Report) -> None:
    link = replace(base.policy.footer_link, found=False, text=None, href=None)
    lost = replace(base, policy=replace(base.policy, footer_link=link))
    (change,) = compare(base, lost).regressions
    assert change.message == "the footer's returns link 'Retours et remboursements' is gone"
    assert compare(lost, base).regressions == ()


def test_compare_command_exit_codes(base: Report, tmp_path: Path) -> None:
    worse = _check(base, "help-search", "error")
    (tmp_path / "a.json").write_text(json.dumps(base.to_dict()))
    (tmp_path / "b.json").write_text(json.dumps(worse.to_dict()))
    runner = CliRunner()
    assert runner.invoke(app, ["compare", str(tmp_path / "a.json"),
                               str(tmp_path / "a.json")]).exit_code == 0
    result = runner.invoke(app, ["compare", str(tmp_path / "a.json"), str(tmp_path / "b.json")])
    assert result.exit_code == 1 and "1 regression(s) against the baseline" in result.output
    assert "help-search" in result.output


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "not a JSON report"),
    ('{"schema": "other/1"}', "not a returnaudit report (expected schema 'returnaudit.report/1')"),
])
def test_compare_rejects_files_that_are_not_reports(tmp_path: Path, content: str,
                                                    message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    result = CliRunner().invoke(app, ["compare", str(bad), str(bad)])
    assert result.exit_code == 2 and message in result.output


def test_compare_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "x.json"), "y.json"])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'x.json'}: no such report file\n"


def test_baseline_paths_file_or_folder(tmp_path: Path) -> None:
    from returnaudit.pipeline.baseline import Baseline

    assert Baseline(tmp_path / "b.json").file_for("Shop A") == tmp_path / "b.json"
    assert Baseline(tmp_path / "baselines").file_for("Shop A") == (
        tmp_path / "baselines" / "shop-a.json")
    assert Baseline(tmp_path).file_for("Shop A") == tmp_path / "shop-a.json"
