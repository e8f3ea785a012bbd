"""What the commands do, away from option parsing: load, audit, report, decide the exit code."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from returnaudit.browser.options import CollectOptions
from returnaudit.lib.errors import UsageError
from returnaudit.lib.files import slug
from returnaudit.pipeline.outputs import (
    Outcome,
    Outputs,
    report_path,
    write_report,
    write_run_outputs,
)

if TYPE_CHECKING:
    from returnaudit.artifacts.model import Artifacts
    from returnaudit.artifacts.saved import SavedAudit
    from returnaudit.pipeline.baseline import Baseline
    from returnaudit.pipeline.progress import LiveProgress
    from returnaudit.report import Report
    from returnaudit.scenario import Scenario


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
    from returnaudit.lib.errors import ScenarioError
    from returnaudit.scenario import load_scenario

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


def run_scenarios(load: Callable[[], Loaded], options: CollectOptions, outputs: Outputs,
          console: Console, judging: Judging | None = None) -> list[Report | Outcome]:
    """Validate the scenarios (`load`), audit them, show and write each report as it completes.

    Playwright's driver (a separate process, not a browser) boots while the rest of the
    program is imported and `load` validates, on a worker thread: on two cores the two overlap
    instead of adding up. No browser starts unless every scenario is valid.
    """
    from returnaudit.browser.session import start_driver

    reports: dict[int, Report] = {}
    judging = judging or Judging()

    async def done(scenario: Scenario, artifacts: Artifacts) -> None:
        saved = _saved(scenario, artifacts)
        report = judge(saved, judging)
        if judging.baseline is not None:
            report = judging.baseline.apply(report, None if outputs.quiet else console)
        reports[id(scenario)] = report
        write_report(report, slug(scenario.name), outputs, console)
        if judging.baseline is not None and judging.baseline.update:
            path = judging.baseline.write(report)
            if not outputs.quiet:
                console.print(f"[dim]Baseline updated:[/] {path}")
        if outputs.save_artifacts:
            from returnaudit.artifacts.saved import save

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
                    judging.baseline.guard(report_path(outputs, slug(scenario.name)),
                                           scenario.name)
        except BaseException:
            await (await booting).stop()
            raise
        from returnaudit.browser.collect import collect_all
        from returnaudit.pipeline.progress import LiveProgress

        live = LiveProgress(console, len(scenarios)) if not outputs.quiet else None
        with live if live is not None else nullcontext():
            driver = await booting
            try:
                await collect_all(scenarios, options, _finished(done, live), driver, live)
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


def _import_and_load(load: Callable[[], Loaded]) -> Loaded:
    """Import what the audit needs, validate, and get judging ready; run on a thread while
    the driver boots (on two cores, the first report then waits for nothing but its audit)."""
    from returnaudit.browser import collect as audit  # noqa: F401  (the import is the work)
    from returnaudit.reporters import json_report  # noqa: F401

    loaded = load()
    if loaded.scenarios:
        warm_up()
    return loaded


def warm_up() -> None:
    """Import the checks and compile the keyword, rubric and policy-language patterns: ~0.2 s
    the first judgement would otherwise spend."""
    from returnaudit import report  # noqa: F401  (the import is the work)
    from returnaudit.lang.lexicon import lexicon_for
    from returnaudit.lang.packs import available_languages
    from returnaudit.lang.page_words import page_words
    from returnaudit.scoring.rubric import default_rubric

    page_words()
    default_rubric()
    for code in available_languages():
        lexicon_for(code)


def _saved(scenario: Scenario, artifacts: Artifacts) -> SavedAudit:
    """Secrets are masked once, in the artifacts, so nothing downstream can show them."""
    from returnaudit.artifacts.model import Artifacts
    from returnaudit.artifacts.saved import SavedAudit
    from returnaudit.lib.redact import Redactor

    if scenario.secrets:
        artifacts = Artifacts.from_dict(Redactor(scenario.secrets).data(artifacts.to_dict()))
    return SavedAudit(artifacts, scenario.budgets, scenario.rubric_override)


def judge(saved: SavedAudit, judging: Judging) -> Report:
    """Score saved artifacts into a report (the same function serves run and rescore)."""
    from returnaudit.report import build_report
    from returnaudit.scoring.rubric import default_rubric, with_overrides

    overrides = [o for o in (judging.rubric_override, saved.rubric_override) if o]
    rubric = with_overrides(default_rubric(), *overrides) if overrides else default_rubric()
    return build_report(saved.artifacts, saved.budgets, rubric, judging.fail_under)


def exit_code(reports: Sequence[Report | Outcome]) -> int:
    """2 when a scenario file was invalid, 3 when an audit could not run, 1 when a gate failed,
    else 0 (DESIGN.md §2)."""
    if any(r.status == "invalid" for r in reports):
        return 2
    if any(r.status == "error" for r in reports):
        return 3
    return 0 if all(r.passed for r in reports) else 1
