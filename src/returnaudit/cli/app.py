"""The command line: thin Typer commands; the only place that maps errors to exit codes."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from returnaudit import __version__

EXIT_CODES = """Exit codes: 0 every gate passed · 1 a gate failed (budget, flow did not complete,
--fail-under) · 2 usage or scenario error · 3 the audit could not run (no browser, store
unreachable, browser crashed)."""

app = typer.Typer(
    name="returnaudit",
    help="Audit an online store's product-return experience in a real headless browser.\n\n"
    "Start with `returnaudit demo`, then `returnaudit audit https://your-shop.example/`, "
    "then describe your return flow in a scenario (`returnaudit schema`, scenarios/).\n\n"
    + EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

err = Console(stderr=True, highlight=False)


def _fail(exc: Exception) -> NoReturn:
    """One readable line on stderr and the layer's exit code; never a traceback."""
    from returnaudit.lib.errors import ReturnAuditError

    code = exc.exit_code if isinstance(exc, ReturnAuditError) else 3
    err.print(f"[bold red]error:[/] {exc}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        print(f"returnaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Audit an online store's product-return experience in a real headless browser."""


class TraceMode(StrEnum):
    """When to keep a Playwright trace."""

    off = "off"
    on = "on"
    on_failure = "on-failure"


class CookieBanner(StrEnum):
    """What to do with a cookie/consent banner after each `open`."""

    accept = "accept"
    leave = "leave"


ScenarioArgs = Annotated[list[str], typer.Argument(
    help="Scenario files, or folders of them (*.yaml).", show_default=False)]
OutDir = Annotated[Path, typer.Option("--out-dir", help="Where reports are written.")]
JsonOpt = Annotated[str | None, typer.Option(
    "--json", help="Write the JSON report here ('-' for stdout); default OUT_DIR/<name>.json.")]
BrowserOpt = Annotated[str | None, typer.Option(
    "--browser", envvar="RETURNAUDIT_BROWSER", help="Chromium/Chrome executable to drive.")]
ConnectOpt = Annotated[str | None, typer.Option(
    "--connect", help="A Playwright browser server to use (ws://HOST:PORT/).")]
CdpOpt = Annotated[str | None, typer.Option(
    "--cdp", help="A Chromium started with --remote-debugging-port (http://HOST:PORT).")]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", min=1, help="Seconds one whole scenario may take.")]
StepTimeoutOpt = Annotated[float, typer.Option(
    "--step-timeout", min=0.5, help="Seconds one step may wait for its page or element.")]
BlockOpt = Annotated[str | None, typer.Option(
    "--block", help="What to keep out of the store's pages, comma-separated: images, fonts, "
    "media (autoplay), trackers (analytics and ad hosts); or all (the default), or none. "
    "No check reads them. Screenshots bring images and fonts back.", show_default=False)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")]
VerboseOpt = Annotated[bool, typer.Option(
    "--verbose", "-v", help="Show every check in the terminal report, passing ones too.")]
RubricOpt = Annotated[Path | None, typer.Option(
    "--rubric", help="A YAML file overriding rubric weights or thresholds (same shape as "
    "the bundled rubric, only what changes).", show_default=False)]
FailUnderOpt = Annotated[float | None, typer.Option(
    "--fail-under", min=0, max=100, help="Exit 1 when the overall score is below this.",
    show_default=False)]
HtmlOpt = Annotated[Path | None, typer.Option(
    "--html", help="Write a self-contained HTML report here (several scenarios: a folder, "
    "one <name>.html each).", show_default=False)]
JunitOpt = Annotated[Path | None, typer.Option(
    "--junit", help="Write JUnit XML for CI: a suite per lesson, a case per check and gate.",
    show_default=False)]
MarkdownOpt = Annotated[Path | None, typer.Option(
    "--markdown", help="Write a Markdown summary (for pull-request comments). Under GitHub "
    "Actions the summary and annotations are published automatically.", show_default=False)]
SaveArtifactsOpt = Annotated[bool, typer.Option(
    "--save-artifacts", help="Also write OUT_DIR/<name>.artifacts.json, for `rescore`.")]


BaselineOpt = Annotated[Path | None, typer.Option(
    "--baseline", help="A saved JSON report (or a folder of them, one per scenario) to compare "
    "with: any regression fails the run (exit 1).", show_default=False)]
UpdateBaselineOpt = Annotated[bool, typer.Option(
    "--update-baseline", help="Write this run's report as the new baseline (nothing else ever "
    "overwrites one).")]
ToleranceOpt = Annotated[float, typer.Option(
    "--tolerance", min=0, help="Score points a lesson or the overall score may drop before it "
    "counts as a regression.")]


def _blocked(block: str | None, *, screenshots: bool,
             remote: bool = False) -> frozenset[str]:
    """`--block` (default all) as kinds; screenshots show the store as a shopper sees it."""
    from returnaudit.browser.blocking import parse_block

    kinds = parse_block(block or "all")
    if block is not None and remote:
        err.print("note: --block works through launch flags: it does not reach a browser "
                  "this run did not start (--connect, --cdp)", soft_wrap=True, highlight=False)
    return kinds - {"images", "fonts"} if screenshots else kinds


def _judging(rubric: Path | None, fail_under: float | None, baseline: Path | None = None,
             update_baseline: bool = False, tolerance: float = 0.0) -> Any:
    from returnaudit.lib.errors import UsageError
    from returnaudit.pipeline.baseline import Baseline
    from returnaudit.pipeline.run import Judging
    from returnaudit.scoring.rubric import default_rubric, load_override, with_overrides

    override = load_override(rubric) if rubric else None
    if override:
        with_overrides(default_rubric(), override, source=str(rubric))  # fail early, exit 2
    if update_baseline and baseline is None:
        raise UsageError("--update-baseline needs --baseline PATH (where to write it)")
    chosen = Baseline(baseline, update_baseline, tolerance) if baseline else None
    return Judging(override, fail_under, chosen)


@app.command()
def run(
    scenarios: ScenarioArgs,
    *,
    json_path: JsonOpt = None,
    out_dir: OutDir = Path("reports"),
    html: HtmlOpt = None,
    junit: JunitOpt = None,
    markdown: MarkdownOpt = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", help="Run against another host: replaces scheme, host and port of "
        "store.url (and its path, if the URL has one).")] = None,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
    screenshots: Annotated[bool, typer.Option(
        "--screenshots", help="Save a screenshot after every step (OUT_DIR/screenshots/).")
    ] = False,
    trace: Annotated[TraceMode, typer.Option(
        "--trace", help="Record a Playwright trace in OUT_DIR/traces/ (on-failure: kept only "
        "for failed flows; open it with `playwright show-trace`).")] = TraceMode.off,
    allow_submit: Annotated[bool, typer.Option(
        "--allow-submit", help="Run `submit: true` steps on non-loopback hosts (creates real "
        "returns on the store).")] = False,
    timeout: TimeoutOpt = 120.0,
    step_timeout: StepTimeoutOpt = 10.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Scenarios at once.")] = 1,
    shard: Annotated[str | None, typer.Option(
        "--shard", help="Run a stable slice I/N of the scenarios (a CI matrix of N jobs); "
        "combine the shards' summaries with `returnaudit merge`.", show_default=False)] = None,
    csv: Annotated[Path | None, typer.Option(
        "--csv", help="Write the ranking of a multi-store run as CSV.", show_default=False)
    ] = None,
    headed: Annotated[bool, typer.Option("--headed", help="Show the browser window.")] = False,
    browser_arg: Annotated[list[str] | None, typer.Option(
        "--browser-arg", help="Extra Chromium flag, repeatable (e.g. a proxy or "
        "--host-resolver-rules for a staging host).")] = None,
    block: BlockOpt = None,
    cookie_banner: Annotated[CookieBanner, typer.Option(
        "--cookie-banner", help="accept: click a cookie/consent banner's accept button after "
        "each `open` (English, French, German labels); leave: let the flow meet it, as a "
        "shopper does, to count it as friction.")] = CookieBanner.accept,
    rubric: RubricOpt = None,
    fail_under: FailUnderOpt = None,
    baseline: BaselineOpt = None,
    update_baseline: UpdateBaselineOpt = False,
    tolerance: ToleranceOpt = 0.0,
    save_artifacts: SaveArtifactsOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Run scenario files in a real browser: score the store, print the report, write JSON."""
    from returnaudit.browser.options import BrowserOptions, CollectOptions, RunOptions
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.pipeline import run as core
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.verdict import exit_code
    from returnaudit.scenario.paths import expand_paths

    try:
        paths = expand_paths(scenarios)
        if shard is not None:
            from returnaudit.pipeline.shard import parse_shard, slice_paths, write_empty_shard

            paths = slice_paths(paths, *parse_shard(shard))
            if not paths:  # more shards than scenarios: nothing to do, and that is fine
                write_empty_shard(shard, out_dir, None if quiet else err)
                raise typer.Exit(0)
        options = CollectOptions(
            browser=BrowserOptions(connect=connect, cdp=cdp, executable=browser, headed=headed,
                                   block=_blocked(block, screenshots=screenshots,
                                                  remote=bool(connect or cdp)),
                                   extra_args=tuple(browser_arg or ())),
            run=RunOptions(step_timeout_s=step_timeout, allow_submit=allow_submit,
                           accept_cookies=cookie_banner is CookieBanner.accept,
                           screenshots_dir=out_dir / "screenshots" if screenshots else None,
                           trace=trace.value, traces_dir=out_dir / "traces"),
            scenario_timeout_s=timeout, jobs=jobs,
        )
        outputs = Outputs(out_dir=out_dir, json_path=json_path, quiet=quiet, verbose=verbose,
                          save_artifacts=save_artifacts, html=html, junit=junit,
                          markdown=markdown, several=len(paths) > 1 or shard is not None,
                          csv=csv)
        judging = _judging(rubric, fail_under, baseline, update_baseline, tolerance)
        reports = core.run_scenarios(lambda: core.load_all(paths, base_url), options, outputs, err,
                             judging)
    except ReturnAuditError as exc:
        _fail(exc)
    raise typer.Exit(exit_code(reports))


@app.command()
def audit(
    url: Annotated[str, typer.Argument(help="The store's home page (http or https).",
                                       show_default=False)],
    *,
    json_path: JsonOpt = None,
    out_dir: OutDir = Path("reports"),
    html: HtmlOpt = None,
    junit: JunitOpt = None,
    markdown: MarkdownOpt = None,
    policy_url: Annotated[str | None, typer.Option(
        "--policy-url", help="Where the returns policy is, when the footer does not link it.",
        show_default=False)] = None,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
    block: BlockOpt = None,
    timeout: TimeoutOpt = 120.0,
    step_timeout: StepTimeoutOpt = 10.0,
    rubric: RubricOpt = None,
    fail_under: FailUnderOpt = None,
    save_artifacts: SaveArtifactsOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Quick audit with no scenario: footer link, policy, support channels, structured data.

    The return-flow checks say "not run: add a scenario" and do not count.
    """
    from returnaudit.browser.options import BrowserOptions, CollectOptions, RunOptions
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.pipeline import run as core
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.verdict import exit_code
    from returnaudit.scenario import url_scenario

    try:
        outputs = Outputs(out_dir=out_dir, json_path=json_path, quiet=quiet, verbose=verbose,
                          save_artifacts=save_artifacts, html=html, junit=junit,
                          markdown=markdown)
        options = CollectOptions(
            browser=BrowserOptions(connect=connect, cdp=cdp, executable=browser,
                                   block=_blocked(block, screenshots=False,
                                                  remote=bool(connect or cdp))),
            run=RunOptions(step_timeout_s=step_timeout), scenario_timeout_s=timeout)
        reports = core.run_scenarios(lambda: core.Loaded([url_scenario(url, policy_url)], []),
                                     options, outputs, err, _judging(rubric, fail_under))
    except ReturnAuditError as exc:
        _fail(exc)
    raise typer.Exit(exit_code(reports))


@app.command()
def rescore(
    artifacts: Annotated[list[Path], typer.Argument(
        help="Files written by --save-artifacts.", show_default=False)],
    *,
    json_path: JsonOpt = None,
    out_dir: OutDir = Path("reports"),
    html: HtmlOpt = None,
    junit: JunitOpt = None,
    markdown: MarkdownOpt = None,
    rubric: RubricOpt = None,
    fail_under: FailUnderOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Re-run the checks and scoring over saved artifacts, without a browser."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.rescore import rescore as rescore_all
    from returnaudit.pipeline.verdict import exit_code

    try:
        outputs = Outputs(out_dir=out_dir, json_path=json_path, quiet=quiet, verbose=verbose,
                          html=html, junit=junit, markdown=markdown,
                          several=len(artifacts) > 1)
        reports = rescore_all(artifacts, _judging(rubric, fail_under), outputs, err)
    except ReturnAuditError as exc:
        _fail(exc)
    raise typer.Exit(exit_code(reports))


@app.command()
def validate(scenarios: ScenarioArgs) -> None:
    """Check scenario files without a browser; errors name file:line:column and the field."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.scenario import load_scenario
    from returnaudit.scenario.paths import expand_paths

    problems = 0
    try:
        paths = expand_paths(scenarios)
    except ReturnAuditError as exc:
        _fail(exc)
    for path in paths:
        try:
            scenario = load_scenario(path)
        except ReturnAuditError as exc:
            err.print(f"[bold red]✘[/] {exc}", soft_wrap=True, highlight=False)
            problems += 1
            continue
        steps = len(scenario.steps)
        err.print(f"[green]✔[/] {path}: {scenario.name} ({steps} step{'s' * (steps != 1)})",
                  highlight=False, soft_wrap=True)
    raise typer.Exit(2 if problems else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the scenario format (for editors' YAML support)."""
    import json

    from returnaudit.scenario.schema import scenario_json_schema

    print(json.dumps(scenario_json_schema(), indent=2))


@app.command()
def merge(
    folders: Annotated[list[Path], typer.Argument(
        help="Output folders of sharded runs (each with its summary.json), or the summary "
        "files themselves.", show_default=False)],
    *,
    out_dir: OutDir = Path("reports"),
    csv: Annotated[Path | None, typer.Option("--csv", help="Also write the ranking as CSV.",
                                             show_default=False)] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the benchmark page (index.html) into this folder, linking "
        "each store's HTML report found in its shard's folder.", show_default=False)] = None,
    quiet: QuietOpt = False,
) -> None:
    """Combine the summaries of sharded runs into one summary and ranking."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.shard import merge_summaries

    try:
        outputs = Outputs(out_dir=out_dir, csv=csv, html=html, quiet=quiet)
        code = merge_summaries(folders, outputs, err)
    except ReturnAuditError as exc:
        _fail(exc)
    raise typer.Exit(code)


@app.command()
def compare(
    base: Annotated[Path, typer.Argument(help="The baseline report (JSON).",
                                         show_default=False)],
    head: Annotated[Path, typer.Argument(help="The new report (JSON).", show_default=False)],
    *,
    tolerance: ToleranceOpt = 0.0,
) -> None:
    """Regressions between two saved reports of a store; exit 1 on any.

    A regression: a check got worse, a score dropped, more screens or support contacts, the
    footer link lost, or a flow that no longer completes.
    """
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.report.compare import compare as diff
    from returnaudit.report.load import load_report
    from returnaudit.reporters.comparison import render_comparison

    try:
        comparison = diff(load_report(base), load_report(head), tolerance=tolerance)
    except ReturnAuditError as exc:
        _fail(exc)
    render_comparison(comparison, err)
    raise typer.Exit(1 if comparison.regressions else 0)


class Format(StrEnum):
    """Formats `report` renders."""

    html = "html"
    md = "md"
    junit = "junit"
    json = "json"


@app.command()
def report(
    path: Annotated[Path, typer.Argument(help="A JSON report written by --json.",
                                         show_default=False)],
    *,
    format: Annotated[Format, typer.Option("--format", "-f", help="What to render.")
                      ] = Format.html,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write here instead of stdout.", show_default=False)] = None,
) -> None:
    """Re-render a saved report as HTML, Markdown, JUnit XML or JSON."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.lib.files import write_atomic
    from returnaudit.report.load import load_report
    from returnaudit.reporters.formats import FORMATS

    try:
        text = FORMATS[format.value].render([load_report(path)])
    except ReturnAuditError as exc:
        _fail(exc)
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)
        err.print(f"[dim]{format.value}:[/] {output}", highlight=False)


@app.command()
def doctor(
    *,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
) -> None:
    """Find a usable Chromium and start it once; say exactly how to get one if none."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.pipeline.doctor import check_browser

    try:
        lines = check_browser(browser=browser, connect=connect, cdp=cdp)
    except ReturnAuditError as exc:
        _fail(exc)
    for line in lines:
        err.print(f"[green]✔[/] {line}", highlight=False)


@app.command()
def demo(
    *,
    out_dir: OutDir = Path("reports"),
    browser: BrowserOpt = None,
    serve: Annotated[bool, typer.Option(
        "--serve", help="Only serve the demo stores on 127.0.0.1:8732 until Ctrl-C, to run "
        "scenarios/ against them yourself.")] = False,
    quiet: QuietOpt = False,
) -> None:
    """Serve the bundled demo stores on loopback and audit them: works offline."""
    from returnaudit.demo.run import run_demo, serve_forever
    from returnaudit.lib.errors import ReturnAuditError

    try:
        if serve:
            serve_forever(err)
            return
        code = run_demo(out_dir=out_dir, browser=browser, quiet=quiet, console=err)
    except ReturnAuditError as exc:
        _fail(exc)
    raise typer.Exit(code)


def main() -> None:
    """Console entry point: no traceback reaches the user unless RETURNAUDIT_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("RETURNAUDIT_DEBUG"):
            raise
        err.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc} (set "
                  "RETURNAUDIT_DEBUG=1 for the traceback, and please report it)", soft_wrap=True)
        sys.exit(3)
