"""CI outputs through the CLI, from saved artifacts (no browser): JUnit, Markdown, HTML,
GitHub's job summary and annotations, and `report` re-rendering."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from typer.testing import CliRunner

from returnaudit.cli.app import app

GOLDEN = Path(__file__).parent.parent / "golden"
SAVED = [str(GOLDEN / "maison-lumiere.artifacts.json"), str(GOLDEN / "budgetbin.artifacts.json")]


def test_rescore_writes_junit_markdown_and_html(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [
        "rescore", *SAVED, "--quiet", "--out-dir", str(tmp_path), "--junit",
        str(tmp_path / "r.xml"), "--markdown", str(tmp_path / "r.md"), "--html",
        str(tmp_path / "html")])
    assert result.exit_code == 1  # BudgetBin's flow did not complete
    suites = ET.parse(tmp_path / "r.xml").getroot()
    cases = suites.findall(".//testcase")
    assert len(cases) == 2 * 27 + 4  # every check of both stores (26 + 1 compliance), 3 + 1 gates
    summary = (tmp_path / "r.md").read_text()
    assert "| 1 | Maison Lumière, retourner une lampe | 76 |" in summary
    pages = sorted(p.name for p in (tmp_path / "html").iterdir())
    assert pages == ["budgetbin.html", "index.html", "maison-lumiere.html"]
    index = (tmp_path / "html" / "index.html").read_text()
    assert '<a href="maison-lumiere.html">Maison Lumière, retourner une lampe</a>' in index
    assert index.index("Maison Lumière") < index.index("BudgetBin")  # ranked by score
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert [row["report"] for row in summary["stores"]] == [
        str(tmp_path / "maison-lumiere.json"), str(tmp_path / "budgetbin.json")]


def test_benchmark_page_escapes_store_names(tmp_path: Path) -> None:
    from returnaudit.report import summary
    from returnaudit.reporters.benchmark_html import render_summary_html

    row = summary.invalid_row("x.yaml", "<script>alert(1)</script>")
    page = render_summary_html(summary.build([row]))
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_github_summary_is_appended_and_annotations_printed(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    result = CliRunner().invoke(app, ["rescore", SAVED[1], "--quiet", "--out-dir",
                                      str(tmp_path)], env=env)
    text = summary.read_text()
    assert text.startswith("earlier step\n") and "BudgetBin" in text
    lines = [line for line in result.output.splitlines() if line.startswith("::")]
    assert lines[0] == ("::error title=BudgetBin%2C try to return a speaker%3A gate "
                        "flow-completed::expected completed, got failed")
    assert len(lines) <= 10


def test_report_command_rerenders_a_saved_report(tmp_path: Path) -> None:
    report = str(GOLDEN / "maison-lumiere.report.json")
    for fmt, check in (("md", "Maison Lumière"), ("junit", "<testsuites"),
                       ("html", "<!DOCTYPE html"), ("json", '"schema"')):
        result = CliRunner().invoke(app, ["report", report, "--format", fmt])
        assert result.exit_code == 0, result.output
        assert check.lower() in result.output.lower()
    out = tmp_path / "r.html"
    assert CliRunner().invoke(app, ["report", report, "-o", str(out)]).exit_code == 0
    assert "Maison Lumière" in out.read_text()
    assert json.loads(CliRunner().invoke(app, ["report", report, "-f", "json"]).output)


def test_report_command_rejects_unknown_format_and_missing_file(tmp_path: Path) -> None:
    assert CliRunner().invoke(app, ["report", "x.json", "--format", "pdf"]).exit_code == 2
    result = CliRunner().invoke(app, ["report", str(tmp_path / "none.json")])
    assert result.exit_code == 2
    assert result.output == f"error: {tmp_path / 'none.json'}: no such report file\n"
