"""The one builder of run settings from the command line, used by `run`, `audit`, `rescore`
and `demo`: browser, outputs and judging. Imported when a command runs, not for `--help`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from returnaudit.cli.console import err
from returnaudit.cli.options import CookieBanner, TraceMode

if TYPE_CHECKING:
    from returnaudit.browser.options import CollectOptions
    from returnaudit.pipeline.judge import Judging
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.run import RunSettings


@dataclass(frozen=True, kw_only=True)
class RunFlags:
    """The options of `run`, `audit`, `rescore` and `demo` as given; a command that lacks an
    option leaves its default. Field names are the option names."""

    out_dir: Path = Path("reports")
    json_path: str | None = None
    html: Path | None = None
    junit: Path | None = None
    markdown: Path | None = None
    csv: Path | None = None
    save_artifacts: bool = False
    quiet: bool = False
    verbose: bool = False
    browser: str | None = None
    connect: str | None = None
    cdp: str | None = None
    headed: bool = False
    browser_arg: list[str] | None = None
    block: str | None = None
    screenshots: bool = False
    trace: TraceMode = TraceMode.off
    cookie_banner: CookieBanner = CookieBanner.accept
    allow_submit: bool = False
    timeout: float = 120.0
    step_timeout: float = 10.0
    jobs: str | None = None
    """A number, `auto`, or None (auto)."""
    rubric: Path | None = None
    fail_under: float | None = None
    require: list[str] | None = None
    baseline: Path | None = None
    update_baseline: bool = False
    tolerance: float = 0.0


def run_settings(flags: RunFlags) -> RunSettings:
    """The run settings the options ask for; bad combinations are usage errors (exit 2)."""
    from returnaudit.pipeline.run import RunSettings

    return RunSettings(collect=_collect(flags), outputs=_outputs(flags),
                       judging=_judging(flags))


def _outputs(flags: RunFlags) -> Outputs:
    """Where the reports go."""
    from returnaudit.pipeline.outputs import Outputs

    return Outputs(out_dir=flags.out_dir, json_path=flags.json_path, quiet=flags.quiet,
                   verbose=flags.verbose, save_artifacts=flags.save_artifacts, html=flags.html,
                   junit=flags.junit, markdown=flags.markdown, csv=flags.csv)


def _collect(flags: RunFlags) -> CollectOptions:
    from returnaudit.browser.options import BrowserOptions, CollectOptions, RunOptions

    browser = BrowserOptions(
        connect=flags.connect, cdp=flags.cdp, executable=flags.browser, headed=flags.headed,
        block=_blocked(flags), extra_args=tuple(flags.browser_arg or ()))
    run = RunOptions(
        step_timeout_s=flags.step_timeout, allow_submit=flags.allow_submit,
        accept_cookies=flags.cookie_banner is CookieBanner.accept,
        screenshots_dir=flags.out_dir / "screenshots" if flags.screenshots else None,
        trace=flags.trace.value, traces_dir=flags.out_dir / "traces")
    return CollectOptions(browser=browser, run=run, scenario_timeout_s=flags.timeout,
                          jobs=parse_jobs(flags.jobs))


def parse_jobs(text: str | None) -> int | None:
    """`--jobs N` as N; `auto` (or no option) as None: chosen as the run goes."""
    from returnaudit.lib.errors import UsageError

    if text is None or text.strip().lower() == "auto":
        return None
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise UsageError(f"--jobs: a number of scenarios at once (1 or more) or auto, "
                         f"not '{text}'")
    return jobs


def _blocked(flags: RunFlags) -> frozenset[str]:
    """`--block` (default all) as kinds; screenshots show the store as a shopper sees it."""
    from returnaudit.browser.blocking import parse_block

    kinds = parse_block(flags.block or "all")
    if flags.block is not None and (flags.connect or flags.cdp):
        err.print("note: --block works through launch flags: it does not reach a browser "
                  "this run did not start (--connect, --cdp)", soft_wrap=True, highlight=False)
    return kinds - {"images", "fonts"} if flags.screenshots else kinds


def _judging(flags: RunFlags) -> Judging:
    """How the run judges. The rubric and the baseline are loaded here only when an option
    names them (to fail early on a bad one): otherwise judging's set-up is not on the start-up
    path, and the run's warm-up loads it beside the first audit."""
    from returnaudit.lib.errors import UsageError
    from returnaudit.pipeline.judge import Judging

    override = None
    if flags.rubric:
        from returnaudit.scoring.rubric import default_rubric, load_override, with_overrides

        override = load_override(flags.rubric)
        if override:
            with_overrides(default_rubric(), override, source=str(flags.rubric))  # fail early
    if flags.update_baseline and flags.baseline is None:
        raise UsageError("--update-baseline needs --baseline PATH (where to write it)")
    baseline = None
    if flags.baseline:
        from returnaudit.pipeline.baseline import Baseline

        baseline = Baseline(flags.baseline, flags.update_baseline, flags.tolerance)
    return Judging(rubric_override=override, fail_under=flags.fail_under, baseline=baseline,
                   require=parse_require(flags.require or []))


def parse_require(items: list[str]) -> dict[str, str]:
    """`--require CHECK[:partial]` as {check: pass | partial}; an unknown check is exit 2."""
    if not items:
        return {}
    import difflib

    from returnaudit.lib.errors import UsageError
    from returnaudit.scoring.rubric import default_rubric

    rubric = default_rubric()
    known = [c for lesson in rubric.lessons.values() for c in lesson.checks]
    known += list(rubric.compliance)
    wanted = {}
    for item in items:
        check, _, level = item.partition(":")
        if check not in known:
            close = difflib.get_close_matches(check, known, n=1, cutoff=0.6)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise UsageError(f"--require: unknown check '{check}'{hint}")
        if level not in ("", "pass", "partial"):
            raise UsageError(f"--require {item}: the level is pass or partial, got '{level}'")
        wanted[check] = level or "pass"
    return wanted
