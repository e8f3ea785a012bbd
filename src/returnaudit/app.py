"""What the commands do, away from option parsing: load, audit, report, decide the exit code."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from .browser.options import AuditOptions
from .errors import UsageError
from .files import slug, write_atomic

if TYPE_CHECKING:
    from .artifacts import Artifacts
    from .baseline import Baseline
    from .progress import LiveProgress
    from .report import Report
    from .saved import SavedAudit
    from .scenario import Scenario


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
class Judging:
    """How results are judged: rubric overrides (--rubric) and --fail-under."""

    rubric_override: dict[str, Any] | None = None
    fail_under: float | None = None
    baseline: Baseline | None = None


@dataclass(frozen=True)
class Loaded:
    """The valid scenarios, and the files that are not (their one-line errors)."""

    scenarios: list[Scenario]
    invalid: list[tuple[str, str]]


def load_all(paths: Sequence[Path], base_url: str | None = None) -> Loaded:
    """Validate every scenario before any browser starts. One file: its error stops the run.
    Several: an invalid file becomes an error row and the others still run."""
    from .errors import ScenarioError
    from .scenario import load_scenario

    scenarios, invalid = [], []
    for path in paths:
        try:
            scenarios.append(load_scenario(path))
        except ScenarioError as exc:
            if len(paths) == 1:
                raise
            invalid.append((str(path), str(exc)))
    if not scenarios:
        raise ScenarioError("\n".join(message for _, message in invalid))
    if base_url:
        scenarios = [s.with_base_url(base_url) for s in scenarios]
    return Loaded(scenarios, invalid)


def audit(load: Callable[[], Loaded], options: AuditOptions, outputs: Outputs,
          console: Console, judging: Judging | None = None) -> list[Report | Outcome]:
    """Validate the scenarios (`load`), audit them, show and write each report as it completes.

    Playwright's driver (a separate process, not a browser) boots while the rest of the
    program is imported and `load` validates, on a worker thread: on two cores the two overlap
    instead of adding up. No browser starts unless every scenario is valid.
    """
    from .browser.session import start_driver

    reports: dict[int, Report] = {}
    judging = judging or Judging()

    async def done(scenario: Scenario, artifacts: Artifacts) -> None:
        saved = _saved(scenario, artifacts)
        report = judge(saved, judging)
        if judging.baseline is not None:
            report = judging.baseline.apply(report, None if outputs.quiet else console)
        reports[id(scenario)] = report
        _write(report, slug(scenario.name), outputs, console)
        if judging.baseline is not None and judging.baseline.update:
            path = judging.baseline.write(report)
            if not outputs.quiet:
                console.print(f"[dim]Baseline updated:[/] {path}")
        if outputs.save_artifacts:
            from .saved import save

            path = outputs.out_dir / f"{slug(scenario.name)}.artifacts.json"
            save(path, saved)
            if not outputs.quiet:
                console.print(f"[dim]Artifacts:[/] {path}")

    async def main() -> Loaded:
        booting = asyncio.create_task(start_driver())
        try:
            loaded = await asyncio.to_thread(_import_and_load, load)
            scenarios = loaded.scenarios
            for _, message in loaded.invalid:
                console.print(f"[bold red]✘[/] {message}", soft_wrap=True, highlight=False)
            if outputs.json_path and len(scenarios) > 1:
                raise UsageError("--json takes a single scenario; use --out-dir for several")
            if judging.baseline is not None:
                for scenario in scenarios:
                    judging.baseline.guard(_report_path(outputs, slug(scenario.name)),
                                           scenario.name)
        except BaseException:
            await (await booting).stop()
            raise
        from .browser.audit import audit_all
        from .progress import LiveProgress

        live = LiveProgress(console, len(scenarios)) if not outputs.quiet else None
        with live if live is not None else nullcontext():
            driver = await booting
            try:
                await audit_all(scenarios, options, _finished(done, live), driver, live)
            finally:
                await driver.stop()
        return loaded

    loaded = asyncio.run(main())
    ordered: list[Report | Outcome] = [reports[id(s)] for s in loaded.scenarios]
    write_run_outputs(ordered, outputs, console, loaded.invalid)
    return ordered + [Outcome("invalid", False) for _ in loaded.invalid]


def _finished(done: Callable[[Scenario, Artifacts], Awaitable[None]],
              live: LiveProgress | None) -> Callable[[Scenario, Artifacts], Awaitable[None]]:
    async def finished(scenario: Scenario, artifacts: Artifacts) -> None:
        if live is not None:
            live.finished(scenario)
        await done(scenario, artifacts)

    return finished


def write_run_outputs(reports: Sequence[Report | Outcome], outputs: Outputs,
                      console: Console, invalid: Sequence[tuple[str, str]] = (),
                      names: Sequence[str] | None = None) -> None:
    """What covers the whole run: summary and ranking, JUnit, Markdown, and GitHub's summary
    and annotations."""
    from .report import Report

    full = [r for r in reports if isinstance(r, Report)]
    written: list[tuple[str, Path]] = []
    if outputs.several and len(full) == len(reports):
        files = names or [slug(r.scenario.name) for r in full]
        written.extend(_summarise(full, files, invalid, outputs, console))
    if outputs.junit is not None:
        from .reporters.junit import write_junit

        write_junit(full, outputs.junit)
        written.append(("JUnit", outputs.junit))
    markdown = None
    if outputs.markdown is not None or os.environ.get("GITHUB_STEP_SUMMARY"):
        from .reporters.markdown import render_markdown, write_markdown

        markdown = render_markdown(full)
        if outputs.markdown is not None:
            write_markdown(full, outputs.markdown)
            written.append(("Markdown", outputs.markdown))
    if os.environ.get("GITHUB_ACTIONS") == "true" or os.environ.get("GITHUB_STEP_SUMMARY"):
        import sys

        from .reporters.github import publish_to_github

        publish_to_github(full, markdown or "", os.environ, sys.stdout)
    if not outputs.quiet:
        for kind, path in written:
            console.print(f"[dim]{kind}:[/] {path}")


def _import_and_load(load: Callable[[], Loaded]) -> Loaded:
    """Import what the audit needs, then validate; run on a thread while the driver boots."""
    from .browser import audit  # noqa: F401  (the import is the work)
    from .reporters import json_report  # noqa: F401

    return load()


def _saved(scenario: Scenario, artifacts: Artifacts) -> SavedAudit:
    """Secrets are masked once, in the artifacts, so nothing downstream can show them."""
    from .artifacts import Artifacts
    from .redact import Redactor
    from .saved import SavedAudit

    if scenario.secrets:
        artifacts = Artifacts.from_dict(Redactor(scenario.secrets).data(artifacts.to_dict()))
    return SavedAudit(artifacts, scenario.budgets, scenario.rubric_override)


def judge(saved: SavedAudit, judging: Judging) -> Report:
    """Score saved artifacts into a report (the same function serves run and rescore)."""
    from .report import build_report
    from .rubric import default_rubric, with_overrides

    overrides = [o for o in (judging.rubric_override, saved.rubric_override) if o]
    rubric = with_overrides(default_rubric(), *overrides) if overrides else default_rubric()
    return build_report(saved.artifacts, saved.budgets, rubric, judging.fail_under)


def rescore(paths: Sequence[Path], judging: Judging, outputs: Outputs,
            console: Console) -> list[Report | Outcome]:
    """Re-run the checks and scoring over saved artifacts: no browser."""
    if outputs.json_path and len(paths) > 1:
        raise UsageError("--json takes a single file; use --out-dir for several")
    workers = min(os.cpu_count() or 1, len(paths) // PARALLEL_FROM)
    if workers < 2:
        reports: list[Report | Outcome] = [_rescore_one(path, judging, outputs, console)
                                           for path in paths]
        write_run_outputs(reports, outputs, console, names=[_output_name(p) for p in paths])
        return reports
    # Checks and fact extraction are pure CPU: thousands of files go faster on every core.
    quiet = replace(outputs, quiet=True)
    _warm_up()  # loaded once here, inherited by the forked workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        slim = outputs.quiet and not (outputs.junit or outputs.markdown)
        work = partial(_rescore_one, judging=judging, outputs=quiet, slim=slim)
        reports = list(pool.map(work, paths, chunksize=32))
    if not outputs.quiet:
        from .report import Report
        from .reporters.terminal import render_terminal

        for report in reports:
            assert isinstance(report, Report)
            render_terminal(report, console, verbose=outputs.verbose)
    write_run_outputs(reports, outputs, console, names=[_output_name(p) for p in paths])
    return reports


PARALLEL_FROM = 50
"""Files per worker process below which a pool costs more than it saves."""


def _warm_up() -> None:
    from .policy.lexicon import lexicon_for
    from .policy.packs import available_languages
    from .rubric import default_rubric
    from .signals.keywords import keywords

    keywords()
    default_rubric()
    for code in available_languages():
        lexicon_for(code)


@dataclass(frozen=True)
class Outcome:
    """What the exit code needs of a report (sent back by workers instead of whole reports)."""

    status: str
    passed: bool


def _rescore_one(path: Path, judging: Judging, outputs: Outputs,
                 console: Console | None = None, *, slim: bool = False) -> Report | Outcome:
    from .saved import load

    report = judge(load(path), judging)
    _write(report, _output_name(path), outputs, console or Console(stderr=True))
    return Outcome(report.status, report.passed) if slim else report


def _write(report: Report, name: str, outputs: Outputs, console: Console) -> None:
    from .reporters.json_report import render_json, write_json

    if not outputs.quiet:
        from .reporters.terminal import render_terminal  # rich tables only when shown

        render_terminal(report, console, verbose=outputs.verbose)
    if outputs.json_path == "-":
        print(render_json(report), end="")
        return
    path = _report_path(outputs, name)
    write_json(report, path)
    if not outputs.quiet:
        console.print(f"[dim]JSON report:[/] {path}")
    if outputs.html is not None:
        from .reporters.html import write_html

        html = outputs.html / f"{name}.html" if outputs.several else outputs.html
        write_html(report, html)
        if not outputs.quiet:
            console.print(f"[dim]HTML report:[/] {html}")


def _summarise(reports: Sequence[Report], names: Sequence[str],
               invalid: Sequence[tuple[str, str]], outputs: Outputs,
               console: Console) -> list[tuple[str, Path]]:
    """reports/summary.json, the ranking table, --csv and the HTML benchmark page."""
    from . import summary
    from .reporters.ranking import render_csv, render_ranking

    rows = [summary.row_for(report, _report_path(outputs, name))
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
        from .reporters.summary_html import write_summary_html

        written.append(("Benchmark page", write_summary_html(ranked, outputs.html)))
    if not outputs.quiet:
        render_ranking(ranked, console)
    return written


def _output_name(saved: Path) -> str:
    """`shop.artifacts.json` is rescored into `shop.json` (and `shop.html`)."""
    return saved.name.removesuffix(".json").removesuffix(".artifacts")


def _report_path(outputs: Outputs, name: str) -> Path:
    if outputs.json_path and outputs.json_path != "-":
        return Path(outputs.json_path)
    return outputs.out_dir / f"{name}.json"


def exit_code(reports: Sequence[Report | Outcome]) -> int:
    """2 when a scenario file was invalid, 3 when an audit could not run, 1 when a gate failed,
    else 0 (DESIGN.md §2)."""
    if any(r.status == "invalid" for r in reports):
        return 2
    if any(r.status == "error" for r in reports):
        return 3
    return 0 if all(r.passed for r in reports) else 1
