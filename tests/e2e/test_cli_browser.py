"""CLI commands that need a real browser: doctor, screenshots, several scenarios, -m entry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios

from ..conftest import FIXTURE_SCENARIOS

pytestmark = pytest.mark.browser


def test_doctor_finds_and_starts_a_browser() -> None:
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "✔ browser:" in result.output and "version: Chromium" in result.output


def test_doctor_with_a_bad_browser_path_exits_3() -> None:
    result = CliRunner().invoke(app, ["doctor", "--browser", "/no/such/chrome"])
    assert result.exit_code == 3
    assert result.output == "error: --browser: '/no/such/chrome' is not an executable file\n"


def test_screenshots_are_saved_per_step(site_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [
        "run", str(FIXTURE_SCENARIOS / "cookie.yaml"), "--base-url", site_url, "--quiet",
        "--screenshots", "--out-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(next(tmp_path.glob("*.json")).read_text())
    shots = [s["screenshot"] for s in report["flow"]["steps"]]
    assert all(shots) and all(Path(s).read_bytes().startswith(b"\x89PNG") for s in shots)


def test_several_scenarios_in_one_run_write_one_report_each(site_url: str,
                                                            tmp_path: Path) -> None:
    files = [str(p) for p in demo_scenarios()]
    result = CliRunner().invoke(app, ["run", *files, "--base-url", site_url, "--quiet",
                                      "--out-dir", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 1  # the poor store fails its flow gate
    names = sorted(p.name for p in tmp_path.glob("*.json"))
    assert names == ["budgetbin-try-to-return-a-speaker.json",
                     "maison-lumiere-retourner-une-lampe.json",
                     "northwind-outfitters-return-a-shirt.json", "summary.json"]


def test_python_dash_m_and_json_to_stdout(site_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "returnaudit", "run", str(FIXTURE_SCENARIOS / "no-footer.yaml"),
         "--base-url", site_url, "--json", "-"],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["policy"]["footer_link"]["found"] is True
    assert "Returns policy" in done.stderr


def test_trace_is_kept_for_a_failed_flow_only(site_url: str, tmp_path: Path) -> None:
    for name in ("login", "no-footer"):
        CliRunner().invoke(app, ["run", str(FIXTURE_SCENARIOS / f"{name}.yaml"), "--base-url",
                                 site_url, "--quiet", "--trace", "on-failure", "--out-dir",
                                 str(tmp_path), "--step-timeout", "3"])
    traces = sorted(p.name for p in (tmp_path / "traces").iterdir())
    assert traces == ["login-fixture-returns-behind-a-sign-in-wall.zip"]
    report = json.loads((tmp_path / "login-fixture-returns-behind-a-sign-in-wall.json").read_text())
    assert report["flow"]["trace"].endswith("login-fixture-returns-behind-a-sign-in-wall.zip")
