"""Golden: saved artifacts -> report JSON, byte for byte apart from timings.

When a change to checks or scoring is intended, regenerate the expected reports with
`returnaudit rescore tests/golden/NAME.artifacts.json --json tests/golden/NAME.report.json`
and review the diff like code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from returnaudit.cli.app import app

GOLDEN = Path(__file__).parent.parent / "golden"
_TIMING = re.compile(r'"(duration_ms|started_at)": ("[^"]*"|\d+)')


def _without_timings(text: str) -> str:
    return _TIMING.sub(r'"\1": null', text)


@pytest.mark.parametrize("name", ["maison-lumiere", "budgetbin"])
def test_rescoring_saved_artifacts_gives_the_golden_report(name: str, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["rescore", str(GOLDEN / f"{name}.artifacts.json"),
                                      "--json", str(out), "--quiet"])
    assert result.exit_code in (0, 1), result.output
    expected = (GOLDEN / f"{name}.report.json").read_text(encoding="utf-8")
    assert _without_timings(out.read_text(encoding="utf-8")) == _without_timings(expected)


def test_golden_reports_carry_scores_and_evidence() -> None:
    report = json.loads((GOLDEN / "budgetbin.report.json").read_text(encoding="utf-8"))
    assert report["score"] is not None and report["score"] <= 35
    gate = next(c for c in report["checks"] if c["id"] == "no-support-gate")
    assert gate["status"] == "fail" and gate["evidence"][0]["quote"]
