"""The commands that audit and score stores: `run`, `audit`, `rescore` and `demo`. Each collects
its options, builds the run settings and calls one pipeline function."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from returnaudit.cli.console import err
from returnaudit.cli.options import (
    AllowSubmitOpt,
    BaselineOpt,
    BaseUrlOpt,
    BlockOpt,
    BrowserArgOpt,
    BrowserOpt,
    CdpOpt,
    ConnectOpt,
    CookieBanner,
    CookieBannerOpt,
    CsvOpt,
    FailUnderOpt,
    HeadedOpt,
    HtmlOpt,
    JsonOpt,
    JunitOpt,
    MarkdownOpt,
    OutDir,
    QuietOpt,
    RequireOpt,
    RubricOpt,
    RunJobsOpt,
    SaveArtifactsOpt,
    ScenarioArgs,
    ScreenshotsOpt,
    ShardOpt,
    StepTimeoutOpt,
    TimeoutOpt,
    ToleranceOpt,
    TraceMode,
    TraceOpt,
    UpdateBaselineOpt,
    VerboseOpt,
)


def run(
    scenarios: ScenarioArgs,
    *,
    json_path: JsonOpt = None,
    out_dir: OutDir = Path("reports"),
    html: HtmlOpt = None,
    junit: JunitOpt = None,
    markdown: MarkdownOpt = None,
    base_url: BaseUrlOpt = None,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
    screenshots: ScreenshotsOpt = False,
    trace: TraceOpt = TraceMode.off,
    allow_submit: AllowSubmitOpt = False,
    timeout: TimeoutOpt = 120.0,
    step_timeout: StepTimeoutOpt = 10.0,
    jobs: RunJobsOpt = None,
    shard: ShardOpt = None,
    csv: CsvOpt = None,
    headed: HeadedOpt = False,
    browser_arg: BrowserArgOpt = None,
    block: BlockOpt = None,
    cookie_banner: CookieBannerOpt = CookieBanner.accept,
    rubric: RubricOpt = None,
    fail_under: FailUnderOpt = None,
    require: RequireOpt = None,
    baseline: BaselineOpt = None,
    update_baseline: UpdateBaselineOpt = False,
    tolerance: ToleranceOpt = 0.0,
    save_artifacts: SaveArtifactsOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> int:
    """Run scenario files in a real browser: score the store, print the report, write JSON."""
    from returnaudit.cli.settings import RunFlags, run_settings
    from returnaudit.pipeline.run import run_files

    settings = run_settings(RunFlags(
        json_path=json_path, out_dir=out_dir, html=html, junit=junit, markdown=markdown,
        browser=browser, connect=connect, cdp=cdp, screenshots=screenshots, trace=trace,
        allow_submit=allow_submit, timeout=timeout, step_timeout=step_timeout, jobs=jobs,
        csv=csv, headed=headed, browser_arg=browser_arg, block=block,
        cookie_banner=cookie_banner, rubric=rubric, fail_under=fail_under, require=require,
        baseline=baseline,
        update_baseline=update_baseline, tolerance=tolerance, save_artifacts=save_artifacts,
        quiet=quiet, verbose=verbose))
    return run_files(scenarios, settings, err, base_url=base_url, shard=shard)


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
    require: RequireOpt = None,
    save_artifacts: SaveArtifactsOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> int:
    """Quick audit with no scenario: footer link, policy, support channels, structured data.

    The return-flow checks say "not run: add a scenario" and do not count.
    """
    from returnaudit.cli.settings import RunFlags, run_settings
    from returnaudit.pipeline.run import audit_url

    settings = run_settings(RunFlags(
        json_path=json_path, out_dir=out_dir, html=html, junit=junit, markdown=markdown,
        browser=browser, connect=connect, cdp=cdp, block=block, timeout=timeout,
        step_timeout=step_timeout, rubric=rubric, fail_under=fail_under, require=require,
        save_artifacts=save_artifacts, quiet=quiet, verbose=verbose))
    return audit_url(url, policy_url, settings, err)


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
    require: RequireOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> int:
    """Re-run the checks and scoring over saved artifacts, without a browser."""
    from returnaudit.cli.settings import RunFlags, run_settings
    from returnaudit.pipeline.rescore import rescore as rescore_files

    settings = run_settings(RunFlags(
        json_path=json_path, out_dir=out_dir, html=html, junit=junit, markdown=markdown,
        rubric=rubric, fail_under=fail_under, require=require, quiet=quiet, verbose=verbose))
    return rescore_files(artifacts, settings.judging, settings.outputs, err)


def demo(
    *,
    out_dir: OutDir = Path("reports"),
    html: Annotated[Path | None, typer.Option(
        "--html", help="Where the HTML reports and the benchmark page go (default: "
        "OUT_DIR/html).", show_default=False)] = None,
    browser: BrowserOpt = None,
    serve: Annotated[bool, typer.Option(
        "--serve", metavar="",
        help="Only serve the demo stores on 127.0.0.1:8732 until Ctrl-C, to run "
        "scenarios/ against them yourself.")] = False,
    quiet: QuietOpt = False,
) -> int:
    """Serve the bundled demo stores on loopback and audit them: works offline."""
    from returnaudit.cli.settings import RunFlags, run_settings
    from returnaudit.demo.run import run_demo, serve_forever

    if serve:
        serve_forever(err)
        return 0
    flags = RunFlags(out_dir=out_dir, html=html or out_dir / "html", browser=browser,
                     quiet=quiet)
    return run_demo(run_settings(flags), err)
