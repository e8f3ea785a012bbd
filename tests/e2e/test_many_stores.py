"""Many stores in one run (real Chromium): isolation, the summary, and sharding."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app
from returnaudit.demo.run import demo_scenarios

from ..conftest import FIXTURE_SCENARIOS

pytestmark = pytest.mark.browser


def test_bad_scenarios_become_error_rows_and_the_good_ones_are_reported(
        site_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    for name in ("no-footer", "cookie", "slow"):
        shutil.copy(FIXTURE_SCENARIOS / f"{name}.yaml", folder / f"{name}.yaml")
    (folder / "typo.yaml").write_text("version: 1\nname: Typo\nstore: {url: http://x/}\n"
                                      "flow:\n  - clik: Returns\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--base-url", site_url, "--out-dir",
                                      str(out), "--jobs", "2", "--timeout", "10",
                                      "--step-timeout", "30", "--quiet"])
    assert result.exit_code == 2  # an invalid scenario file, reported after the others ran
    rows = {row["name"]: row for row in json.loads((out / "summary.json").read_text())["stores"]}
    assert rows["No-footer fixture, links in a bottom div"]["status"] == "completed"
    assert rows["Cookie fixture, consent overlay before the footer link"]["passed"] is True
    slow = rows["Slow fixture, returns page never loads"]
    assert slow["status"] == "error"
    assert slow["error"] == "the scenario did not finish within 10 s"
    assert rows["typo"]["status"] == "invalid"
    assert "unknown action 'clik'" in rows["typo"]["error"]


def test_an_audit_that_crashes_is_its_own_error_row(site_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # A defect of the tool's, injected into one store's discovery (not a stand-in for the
    # browser, which stays real): that store becomes an error row, the others are reported.
    from returnaudit.browser.discover import Discovery

    real_run = Discovery.run

    async def crash_on_cookie(self: Discovery, entry: Any, policy_url: str | None) -> Any:
        if "/cookie/" in entry.url:
            raise KeyError("footerLinks")
        return await real_run(self, entry, policy_url)

    monkeypatch.setattr(Discovery, "run", crash_on_cookie)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "run", *(str(FIXTURE_SCENARIOS / f"{n}.yaml") for n in ("no-footer", "cookie", "spa")),
        "--base-url", site_url, "--out-dir", str(out), "--jobs", "2", "--quiet"])
    assert result.exit_code == 3, result.output  # an audit could not run
    rows = {row["name"]: row for row in json.loads((out / "summary.json").read_text())["stores"]}
    crashed = rows["Cookie fixture, consent overlay before the footer link"]
    assert crashed["status"] == "error"
    assert crashed["error"] == ("the audit crashed (KeyError: 'footerLinks'); set "
                                "RETURNAUDIT_DEBUG=1 for the traceback, and please report it")
    assert rows["No-footer fixture, links in a bottom div"]["status"] == "completed"
    assert rows["SPA fixture, pushState return portal"]["status"] == "completed"


def test_three_shards_merged_equal_one_run(site_url: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    files = [*map(str, demo_scenarios()),
             *(str(FIXTURE_SCENARIOS / f"{n}.yaml") for n in ("no-footer", "cookie", "spa"))]
    runner = CliRunner()

    def run_in(folder: Path, *extra: str) -> None:
        folder.mkdir()
        monkeypatch.chdir(folder)  # every machine writes to its own reports/
        runner.invoke(app, ["run", *files, "--base-url", site_url, "--quiet", *extra])

    run_in(tmp_path / "single")
    for shard in (1, 2, 3):
        run_in(tmp_path / f"shard-{shard}", "--shard", f"{shard}/3")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["merge", *(f"shard-{i}/reports" for i in (1, 2, 3)),
                                 "--out-dir", "merged", "--quiet"])
    assert result.exit_code == 1  # the poor store fails its flow gate either way
    single = json.loads((tmp_path / "single" / "reports" / "summary.json").read_text())
    merged = json.loads((tmp_path / "merged" / "summary.json").read_text())
    assert len(single["stores"]) == 6
    assert merged == single
