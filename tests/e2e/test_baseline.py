"""Baselines end to end: the same store before and after a change, in real Chromium."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app

from ..conftest import FIXTURE_SCENARIOS

pytestmark = pytest.mark.browser

V1, V2 = FIXTURE_SCENARIOS / "baseline-v1.yaml", FIXTURE_SCENARIOS / "baseline-v2.yaml"


def run(scenario: Path, site_url: str, out: Path, *extra: str) -> tuple[int, Any, str]:
    result = CliRunner().invoke(app, ["run", str(scenario), "--base-url", site_url,
                                      "--json", str(out), *extra])
    return result.exit_code, json.loads(out.read_text()), result.output


def test_a_lost_footer_link_and_an_extra_screen_are_regressions(site_url: str,
                                                                tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    code, _, _ = run(V1, site_url, tmp_path / "v1.json", "--baseline", str(base),
                     "--update-baseline")
    assert code == 0 and base.exists()
    before = base.read_bytes()
    code, report, output = run(V2, site_url, tmp_path / "v2.json", "--baseline", str(base))
    assert code == 1
    gate = next(g for g in report["gates"] if g["name"] == "baseline")
    assert gate["passed"] is False
    assert "the footer's returns link 'Returns' is gone" in gate["actual"]
    assert "screens: 3 → 4 (more)" in gate["actual"]
    assert "regression(s) against the baseline" in output
    assert base.read_bytes() == before  # a run never overwrites the baseline


def test_an_unchanged_store_passes(site_url: str, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    run(V1, site_url, tmp_path / "a.json", "--baseline", str(base), "--update-baseline")
    code, report, output = run(V1, site_url, tmp_path / "b.json", "--baseline", str(base))
    assert code == 0
    assert next(g for g in report["gates"] if g["name"] == "baseline")["passed"] is True
    assert "no regression" in output


def test_improvements_alone_pass(site_url: str, tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    run(V2, site_url, tmp_path / "a.json", "--baseline", str(base), "--update-baseline")
    code, _, output = run(V1, site_url, tmp_path / "b.json", "--baseline", str(base))
    assert code == 0
    assert "✔ better" in output and "no regression" in output


def test_compare_command_names_both_regressions(site_url: str, tmp_path: Path) -> None:
    run(V1, site_url, tmp_path / "v1.json")
    run(V2, site_url, tmp_path / "v2.json")
    result = CliRunner().invoke(app, ["compare", str(tmp_path / "v1.json"),
                                      str(tmp_path / "v2.json")])
    assert result.exit_code == 1
    assert "footer-link" in result.output and "screens" in result.output
    back = CliRunner().invoke(app, ["compare", str(tmp_path / "v2.json"),
                                    str(tmp_path / "v1.json")])
    assert back.exit_code == 0


def test_the_baseline_is_never_the_report_path(site_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(V1), "--base-url", site_url, "--out-dir",
                                      str(tmp_path), "--baseline",
                                      str(tmp_path / "mugworks-return-a-mug.json")])
    assert result.exit_code == 2
    assert "is the baseline: a run never overwrites it" in result.output
