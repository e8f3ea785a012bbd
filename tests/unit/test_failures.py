"""A store that could not be reached: errors, not verdicts; no gate passes; the cause once."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from returnaudit.artifacts.model import Artifacts, FlowArtifact, RunError
from returnaudit.artifacts.saved import SavedAudit, save
from returnaudit.cli.app import app
from returnaudit.report.build import build_report
from returnaudit.reporters.terminal import render_terminal
from returnaudit.scenario.models import Budgets

from .helpers import artifacts

CAUSE = ("could not open http://127.0.0.1:9/: net::ERR_UNSAFE_PORT: the browser refuses this "
         "port, which is reserved for other services (use the store's web port, such as 80, "
         "443 or 8080)")


def unreachable() -> Artifacts:
    return artifacts(status="error", entry=None, pages=(), policy_page=None,
                     flow=FlowArtifact("failed", (), None, None, 0),
                     errors=(RunError("store", CAUSE),))


def test_no_check_has_a_verdict_and_no_gate_passes() -> None:
    report = build_report(unreachable(), Budgets(max_screens=5, max_support_contacts=0))
    assert {check.status for check in report.checks} == {"error"}
    assert report.gates and not any(gate.passed for gate in report.gates)
    assert all(gate.actual is None for gate in report.gates)
    assert report.score is None and not report.passed


def test_the_terminal_gives_the_cause_once() -> None:
    console = Console(record=True, width=200)
    report = build_report(unreachable(), Budgets(max_screens=5))
    render_terminal(report, console)
    text = console.export_text()
    assert text.count("net::ERR_UNSAFE_PORT") == 1
    assert "26 checks not run; 2 gate(s) not measured" in text
    assert "expected 5, got 0" not in text


def test_quiet_still_says_why_the_run_exits_3(tmp_path: Path) -> None:
    saved = tmp_path / "shop.artifacts.json"
    save(saved, SavedAudit(unreachable(), None, None))
    result = CliRunner().invoke(app, ["rescore", str(saved), "--quiet", "--out-dir",
                                      str(tmp_path)])
    assert result.exit_code == 3
    assert result.output.strip() == f"error: Shop, return: could not run: {CAUSE}"


def test_every_format_says_the_gates_were_not_measured() -> None:
    from returnaudit.reporters.html import render_html
    from returnaudit.reporters.junit import render_junit
    from returnaudit.reporters.markdown import render_markdown

    report = build_report(unreachable(), Budgets(max_screens=5))
    for text in (render_html(report), render_junit([report]), render_markdown([report])):
        assert "not measured" in text
        assert "got 0" not in text
