"""Where a run's results go: each report (terminal, JSON, HTML) and what covers the whole run
(summary and ranking, JUnit, Markdown, GitHub). The one writer of report files."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from returnaudit.lib.files import slug, write_atomic
from returnaudit.reporters.formats import HTML, JSON, JUNIT, MARKDOWN, Format

if TYPE_CHECKING:
    from returnaudit.report import Report
    from returnaudit.report.summary import Row, Summary
    from returnaudit.reporters.benchmark_html import Locate

Written = tuple[str, Path]
"""What was written (as the terminal names it) and where."""


@dataclass(frozen=True, kw_only=True)
class Outputs:
    """Where reports go."""

    out_dir: Path = Path("reports")
    json_path: str | None = None
    """`--json`: the one scenario's JSON report here, '-' for stdout."""
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


def write_formatted(fmt: Format, reports: Sequence[Report], path: Path) -> Path:
    """`reports` rendered in `fmt`, written atomically: readers see the old file or the new."""
    write_atomic(path, fmt.render(reports))
    return path


def rerender(saved: Path, fmt: Format, output: Path | None, console: Console) -> None:
    """`returnaudit report`: a saved JSON report in `fmt`, written to `output` or stdout."""
    from returnaudit.report.load import load_report

    report = load_report(saved)
    if output is None:
        sys.stdout.write(fmt.render([report]))
    else:
        write_formatted(fmt, [report], output)
        console.print(f"[dim]{fmt.name}:[/] {output}", highlight=False)


def write_report(report: Report, name: str, outputs: Outputs, console: Console) -> None:
    """One store's report: on the terminal, as JSON (on stdout for `--json -`), as HTML."""
    if not outputs.quiet:
        from returnaudit.reporters.terminal import render_terminal  # rich tables only when shown

        render_terminal(report, console, verbose=outputs.verbose)
    elif report.status == "error":
        # --quiet silences the report, not the reason the run will exit 3.
        cause = report.errors[0].message if report.errors else "unknown error"
        console.print(f"error: {report.scenario.name}: could not run: {cause}",
                      markup=False, highlight=False, soft_wrap=True)
    if outputs.json_path == "-":
        print(JSON.render([report]), end="")
        return
    written = [(JSON.label, write_formatted(JSON, [report], report_path(outputs, name)))]
    if outputs.html is not None:
        html = outputs.html / f"{name}{HTML.suffix}" if outputs.several else outputs.html
        written.append((HTML.label, write_formatted(HTML, [report], html)))
    announce(written, outputs, console)


def write_run_outputs(reports: Sequence[Report | Outcome], outputs: Outputs,
                      console: Console, invalid: Sequence[tuple[str, str]] = (),
                      names: Sequence[str] | None = None) -> None:
    """What covers the whole run: summary and ranking, JUnit, Markdown, and GitHub's summary
    and annotations."""
    from returnaudit.report import Report, summary

    full = [r for r in reports if isinstance(r, Report)]
    written: list[Written] = []
    if outputs.several and len(full) == len(reports):
        files = names or [slug(r.scenario.name) for r in full]
        rows = [summary.row_for(report, report_path(outputs, name))
                for report, name in zip(full, files, strict=True)]
        rows += [summary.invalid_row(file, message) for file, message in invalid]
        written += write_summary(summary.build(rows), outputs, console)
    for fmt, path in ((JUNIT, outputs.junit), (MARKDOWN, outputs.markdown)):
        if path is not None:
            written.append((fmt.label, write_formatted(fmt, full, path)))
    _publish_to_github(full)
    announce(written, outputs, console)


def write_summary(ranked: Summary, outputs: Outputs, console: Console,
                  locate: Locate | None = None) -> list[Written]:
    """summary.json, the ranking table, --csv and the HTML benchmark page (index.html in the
    --html folder, linking each store's page: `locate`, by default the page beside it)."""
    from returnaudit.report import summary
    from returnaudit.reporters.ranking import render_csv, render_ranking

    path = outputs.out_dir / "summary.json"
    summary.write(ranked, path)
    written = [("Summary", path)]
    if outputs.csv is not None:
        write_atomic(outputs.csv, render_csv(ranked))
        written.append(("CSV", outputs.csv))
    if outputs.html is not None:
        from returnaudit.reporters.benchmark_html import render_summary_html

        page = outputs.html / "index.html"
        write_atomic(page, render_summary_html(ranked, locate or _beside(outputs.html)))
        written.append(("Benchmark page", page))
    if not outputs.quiet:
        render_ranking(ranked, console)
    return written


def announce(written: Sequence[Written], outputs: Outputs, console: Console) -> None:
    """Say where each file went (unless quiet)."""
    if not outputs.quiet:
        for kind, path in written:
            console.print(f"[dim]{kind}:[/] {path}", highlight=False)


def _beside(folder: Path) -> Locate:
    """Each store's own page when it is in `folder`, beside the benchmark page."""
    from returnaudit.reporters.benchmark_html import html_page

    def locate(row: Row) -> str | None:
        page = html_page(row)
        return page if page is not None and (folder / page).exists() else None

    return locate


def _publish_to_github(reports: Sequence[Report]) -> None:
    """GitHub's job summary (the Markdown) and annotations, when run in Actions."""
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") == "true" or step_summary:
        from returnaudit.reporters.github import publish_to_github

        markdown = MARKDOWN.render(reports) if step_summary else ""
        publish_to_github(reports, markdown, os.environ, sys.stdout)


def output_name(saved: Path) -> str:
    """`shop.artifacts.json` is rescored into `shop.json` (and `shop.html`)."""
    return saved.name.removesuffix(".json").removesuffix(".artifacts")


def report_path(outputs: Outputs, name: str) -> Path:
    """Where a store's JSON report goes: `--json`, else OUT_DIR/<name>.json."""
    if outputs.json_path and outputs.json_path != "-":
        return Path(outputs.json_path)
    return outputs.out_dir / f"{name}{JSON.suffix}"
