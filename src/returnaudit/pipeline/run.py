"""`run`, `audit` and the demo as one recipe: validate, boot the browser, audit each store,
judge it and write its report as it completes, then write what covers the whole run."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from returnaudit.browser.early import EarlyDriver, early
from returnaudit.browser.options import CollectOptions
from returnaudit.lib.errors import UsageError
from returnaudit.lib.files import slug
from returnaudit.lib.phases import mark
from returnaudit.pipeline.judge import Judging, judge, redacted
from returnaudit.pipeline.outputs import (
    Outcome,
    Outputs,
    report_path,
    write_report,
    write_run_outputs,
)
from returnaudit.pipeline.verdict import exit_code

if TYPE_CHECKING:
    from returnaudit.artifacts.model import Artifacts
    from returnaudit.artifacts.saved import SavedAudit
    from returnaudit.pipeline.progress import LiveProgress
    from returnaudit.report import Report
    from returnaudit.scenario import Scenario


@dataclass(frozen=True, kw_only=True)
class RunSettings:
    """Everything a run needs besides its scenarios: the browser, the outputs, the judging."""

    collect: CollectOptions = field(default_factory=CollectOptions)
    outputs: Outputs = field(default_factory=Outputs)
    judging: Judging = field(default_factory=Judging)


@dataclass(frozen=True)
class Loaded:
    """The valid scenarios, and the files that are not (their one-line errors)."""

    scenarios: list[Scenario]
    invalid: list[tuple[str, str]]


def run_files(arguments: Sequence[str], settings: RunSettings, console: Console, *,
              base_url: str | None = None, shard: str | None = None) -> int:
    """`returnaudit run`: audit the scenario files (folders expanded; `shard` I/N: a slice of
    them) and return the exit code."""
    from returnaudit.pipeline.shard import parse_shard, slice_paths, write_empty_shard
    from returnaudit.scenario.paths import expand_paths

    paths = expand_paths(arguments)
    if shard is not None:
        paths = slice_paths(paths, *parse_shard(shard))
        if not paths:  # more shards than scenarios: nothing to do, and that is fine
            quiet = settings.outputs.quiet
            write_empty_shard(shard, settings.outputs.out_dir, None if quiet else console)
            return 0
    several = len(paths) > 1 or shard is not None
    settings = replace(settings, outputs=replace(settings.outputs, several=several))
    return exit_code(run_scenarios(lambda: load_all(paths, base_url), settings, console))


def audit_url(url: str, policy_url: str | None, settings: RunSettings,
              console: Console) -> int:
    """`returnaudit audit`: the store at `url` with no scenario; the exit code."""
    from returnaudit.scenario import url_scenario

    reports = run_scenarios(lambda: Loaded([url_scenario(url, policy_url)], []), settings,
                            console)
    return exit_code(reports)


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


def run_scenarios(load: Callable[[], Loaded], settings: RunSettings,
                  console: Console) -> list[Report | Outcome]:
    """Validate the scenarios (`load`), audit them, show and write each report as it completes;
    then the run's summary, JUnit and Markdown. No browser starts unless every scenario is
    valid."""
    run = _Run(settings, console)
    driver = early()
    if driver is None:
        loaded = asyncio.run(run.validate_and_collect(load))
    else:
        loaded = driver.run(run.validate_and_collect(load, driver))
    return run.finish(loaded)


class _Run:
    """One run: the reports so far, and where they go."""

    def __init__(self, settings: RunSettings, console: Console) -> None:
        self.settings = settings
        self.outputs = settings.outputs
        self.judging = settings.judging
        self.console = console
        self.shown = None if self.outputs.quiet else console
        """Where to say what happens, unless quiet."""
        self.reports: dict[int, Report] = {}
        self.live: LiveProgress | None = None
        self.warming: asyncio.Task[None] | None = None
        self.writing = asyncio.Lock()
        """One report judged and written at a time, in the order the audits end."""

    async def validate_and_collect(self, load: Callable[[], Loaded],
                                   driver: EarlyDriver | None = None) -> Loaded:
        """Playwright's driver (a separate process, not a browser) boots while the audit's
        code is imported and `load` validates, on a worker thread; once every scenario is
        valid, the browser launches and the first store is audited while another thread
        readies what only judging and the reports need: on two cores each pair overlaps
        instead of adding up. With `driver` (booting since the process started, on the loop
        this runs on), its start is used instead of a new one."""
        if driver is not None:
            booting = driver.take()
        else:
            from returnaudit.browser.session import start_driver

            booting = asyncio.create_task(start_driver())
        try:
            loaded = await asyncio.to_thread(_import_and_load, load)
            self.check(loaded)
            mark("start-up", "(imports, validation; the driver boots meanwhile)")
        except BaseException:
            await (await booting).stop()
            raise
        languages = {scenario.language for scenario in loaded.scenarios}
        self.warming = asyncio.create_task(asyncio.to_thread(warm_up, languages))
        await self.collect(loaded.scenarios, booting)
        await self.warming
        return loaded

    def check(self, loaded: Loaded) -> None:
        """Name the invalid files; refuse outputs that cannot hold this run."""
        for _, message in loaded.invalid:
            self.console.print(f"[bold red]✘[/] {message}", soft_wrap=True, highlight=False)
        if self.outputs.json_path and len(loaded.scenarios) > 1:
            raise UsageError("--json takes a single scenario; use --out-dir for several")
        if self.judging.baseline is not None:
            for scenario in loaded.scenarios:
                self.judging.baseline.guard(report_path(self.outputs, slug(scenario.name)),
                                            scenario.name)

    async def collect(self, scenarios: list[Scenario], booting: asyncio.Task[Any]) -> None:
        """Audit every scenario in one browser (through the driver `booting`), `jobs` at a
        time, with live progress."""
        from returnaudit.browser.collect import collect_all
        from returnaudit.pipeline.progress import LiveProgress

        self.live = None if self.shown is None else LiveProgress(self.shown, len(scenarios))
        with self.live if self.live is not None else nullcontext():
            driver = await booting
            mark("browser", "driver start (what was left)")
            try:
                await collect_all(scenarios, self.settings.collect, self.done, driver,
                                  self.live)
            finally:
                await driver.stop()
                mark("shutdown", "driver stop")

    async def done(self, scenario: Scenario, artifacts: Artifacts) -> None:
        """One store audited: judged and written on a worker thread, so the audits still
        running (and the browser's closing, after the last) go on meanwhile."""
        if self.live is not None:
            self.live.finished(scenario)
        async with self.writing:
            if self.warming is not None:
                await self.warming
            await asyncio.to_thread(self.report, scenario, artifacts)

    def report(self, scenario: Scenario, artifacts: Artifacts) -> None:
        """Judge one store, then show and write its report (and artifacts)."""
        saved = redacted(scenario, artifacts)
        report = self.judged(saved)
        mark("judging")
        self.reports[id(scenario)] = report
        write_report(report, slug(scenario.name), self.outputs, self.console)
        mark("writing", "report")
        if self.judging.baseline is not None and self.judging.baseline.update:
            path = self.judging.baseline.write(report)
            self.say(f"[dim]Baseline updated:[/] {path}")
        if self.outputs.save_artifacts:
            self.save(saved, slug(scenario.name))

    def judged(self, saved: SavedAudit) -> Report:
        """The report, with its baseline gate when there is a baseline."""
        report = judge(saved, self.judging)
        if self.judging.baseline is not None:
            report = self.judging.baseline.apply(report, self.shown)
        return report

    def save(self, saved: SavedAudit, name: str) -> None:
        """--save-artifacts: what `rescore` reads back."""
        from returnaudit.artifacts.saved import save

        path = self.outputs.out_dir / f"{name}.artifacts.json"
        save(path, saved)
        self.say(f"[dim]Artifacts:[/] {path}")

    def say(self, text: str) -> None:
        """A line on the console, unless quiet."""
        if self.shown is not None:
            self.shown.print(text)

    def finish(self, loaded: Loaded) -> list[Report | Outcome]:
        """The reports in the scenarios' order, and what covers the whole run."""
        ordered: list[Report | Outcome] = [self.reports[id(s)] for s in loaded.scenarios]
        write_run_outputs(ordered, self.outputs, self.console, loaded.invalid)
        mark("writing", "run outputs")
        return ordered + [Outcome("invalid", False) for _ in loaded.invalid]


def _import_and_load(load: Callable[[], Loaded]) -> Loaded:
    """Import what the audit needs and validate; run on a thread while the driver boots."""
    from returnaudit.browser import collect as audit  # noqa: F401  (the import is the work)

    return load()


def warm_up(languages: Iterable[str | None] | None = None) -> None:
    """Compile the page words and the platform probes (the browser needs them first), import
    the checks, the policy reader and the reporters, and compile the rubric and the
    policy-language patterns (of `languages`, or of every language when one is unknown):
    ~0.2 s the first judgement would otherwise spend."""
    from returnaudit.analysis.platforms import platform_probes
    from returnaudit.lang.page_words import page_words

    page_words()
    platform_probes()
    from returnaudit.analysis.policy import extract  # noqa: F401  (the imports are the work)
    from returnaudit.checks import CHECKS  # noqa: F401
    from returnaudit.lang import detect  # noqa: F401
    from returnaudit.lang.lexicon import lexicon_for
    from returnaudit.lang.packs import available_languages
    from returnaudit.report import build  # noqa: F401
    from returnaudit.reporters import json_report  # noqa: F401
    from returnaudit.scoring.rubric import default_rubric

    default_rubric()
    known = set(available_languages())
    wanted = set(languages) if languages is not None else {None}
    for code in sorted(known if not wanted <= known else {c for c in wanted if c}):
        lexicon_for(code)
