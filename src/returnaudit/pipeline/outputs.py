"""Where a run's results go: each report (terminal, JSON, HTML) and what covers the whole run
(summary and ranking, JUnit, Markdown, GitHub)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from returnaudit.lib.files import slug, write_atomic

if TYPE_CHECKING:
    from returnaudit.report import Report


@dataclass(frozen=True)
class Outputs:
    """Where reports go."""

    out_dir: Path = Path("reports")
    json_path: str | None = None
    quiet: bool = False
    verbose: bool = False
    save_artifacts: bool = False
    html: Path | None = None
    """One scenario: this file; several: a folder with <name>.html each."""
    junit: Path | None = None
    markdown: Path | None = None
    several: bool = False
    """More than one scenario: HTML goes to a folder, and a summary and ranking are written."""
    csv: Path | None = None


@dataclass(frozen=True)
class Outcome:
    """What the exit code needs of a report (sent back by workers instead of whole reports)."""

    status: str
    passed: bool


def write_report(report: Report, name: str, outputs: Outputs, console: Console) -> None:
    from returnaudit.reporters.json_report import render_json, write_json

    if not outputs.quiet:
        from returnaudit.reporters.terminal import render_terminal  # rich tables only when shown

        render_terminal(report, console, verbose=outputs.verbose)
    if outputs.json_path == "-":
        print(render_json(report), end="")
        return
    path = report_path(outputs, name)
    write_json(report, path)
    if not outputs.quiet:
        console.print(f"[dim]JSON report:[/] {path}")
    if outputs.html is not None:
        from returnaudit.reporters.html import write_html

        html = outputs.html / f"{name}.html" if outputs.several else outputs.html
        write_html(report, html)
        if not outputs.quiet:
            console.print(f"[dim]HTML report:[/] {html}")


def write_run_outputs(reports: Sequence[Report | Outcome], outputs: Outputs,
                      console: Console, invalid: Sequence[tuple[str, str]] = (),
                      names: Sequence[str] | None = None) -> None:
    """What covers the whole run: summary and ranking, JUnit, Markdown, and GitHub's summary
    and annotations."""
    from returnaudit.report import Report

    full = [r for r in reports if isinstance(r, Report)]
    written: list[tuple[str, Path]] = []
    if outputs.several and len(full) == len(reports):
        files = names or [slug(r.scenario.name) for r in full]
        written.extend(_summarise(full, files, invalid, outputs, console))
    if outputs.junit is not None:
        from returnaudit.reporters.junit import write_junit

        write_junit(full, outputs.junit)
        written.append(("JUnit", outputs.junit))
    markdown = None
    if outputs.markdown is not None or os.environ.get("GITHUB_STEP_SUMMARY"):
        from returnaudit.reporters.markdown import render_markdown, write_markdown

        markdown = render_markdown(full)
        if outputs.markdown is not None:
            write_markdown(full, outputs.markdown)
            written.append(("Markdown", outputs.markdown))
    if os.environ.get("GITHUB_ACTIONS") == "true" or os.environ.get("GITHUB_STEP_SUMMARY"):
        import sys

        from returnaudit.reporters.github import publish_to_github

        publish_to_github(full, markdown or "", os.environ, sys.stdout)
    if not outputs.quiet:
        for kind, path in written:
            console.print(f"[dim]{kind}:[/] {path}")


def _summarise(reports: Sequence[Report], names: Sequence[str],
               invalid: Sequence[tuple[str, str]], outputs: Outputs,
               console: Console) -> list[tuple[str, Path]]:
    """reports/summary.json, the ranking table, --csv and the HTML benchmark page."""
    from returnaudit.report import summary
    from returnaudit.reporters.ranking import render_csv, render_ranking

    rows = [summary.row_for(report, report_path(outputs, name))
            for report, name in zip(reports, names, strict=True)]
    rows += [summary.invalid_row(file, message) for file, message in invalid]
    ranked = summary.build(rows)
    path = outputs.out_dir / "summary.json"
    summary.write(ranked, path)
    written = [("Summary", path)]
    if outputs.csv is not None:
        write_atomic(outputs.csv, render_csv(ranked))
        written.append(("CSV", outputs.csv))
    if outputs.html is not None:
        from returnaudit.reporters.benchmark_html import write_summary_html

        written.append(("Benchmark page", write_summary_html(ranked, outputs.html)))
    if not outputs.quiet:
        render_ranking(ranked, console)
    return written


def output_name(saved: Path) -> str:
    """`shop.artifacts.json` is rescored into `shop.json` (and `shop.html`)."""
    return saved.name.removesuffix(".json").removesuffix(".artifacts")


def report_path(outputs: Outputs, name: str) -> Path:
    if outputs.json_path and outputs.json_path != "-":
        return Path(outputs.json_path)
    return outputs.out_dir / f"{name}.json"
