"""The commands' options as `Annotated` types, so that every command spells an option, its
help and its default the same way."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


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
HtmlOpt = Annotated[Path | None, typer.Option(
    "--html", help="Write a self-contained HTML report here (several scenarios: a folder, "
    "one <name>.html each).", show_default=False)]
JunitOpt = Annotated[Path | None, typer.Option(
    "--junit", help="Write JUnit XML for CI: a suite per lesson, a case per check and gate.",
    show_default=False)]
MarkdownOpt = Annotated[Path | None, typer.Option(
    "--markdown", help="Write a Markdown summary (for pull-request comments). Under GitHub "
    "Actions the summary and annotations are published automatically.", show_default=False)]
CsvOpt = Annotated[Path | None, typer.Option(
    "--csv", help="Write the ranking of a multi-store run as CSV.", show_default=False)]
SaveArtifactsOpt = Annotated[bool, typer.Option(
    "--save-artifacts", metavar="",
    help="Also write OUT_DIR/<name>.artifacts.json, for `rescore`.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", metavar="",
                                        help="No terminal report.")]
VerboseOpt = Annotated[bool, typer.Option(
    "--verbose", "-v", metavar="",
    help="Show every check in the terminal report, passing ones too.")]

BaseUrlOpt = Annotated[str | None, typer.Option(
    "--base-url", help="Run against another host: replaces scheme, host and port of "
    "store.url (and its path, if the URL has one).")]
ShardOpt = Annotated[str | None, typer.Option(
    "--shard", help="Run a stable slice I/N of the scenarios (a CI matrix of N jobs); "
    "combine the shards' summaries with `returnaudit merge`.", show_default=False)]
BrowserOpt = Annotated[str | None, typer.Option(
    "--browser", envvar="RETURNAUDIT_BROWSER", help="Chromium/Chrome executable to drive.")]
ConnectOpt = Annotated[str | None, typer.Option(
    "--connect", help="A Playwright browser server to use (ws://HOST:PORT/).")]
CdpOpt = Annotated[str | None, typer.Option(
    "--cdp", help="A Chromium started with --remote-debugging-port (http://HOST:PORT).")]
HeadedOpt = Annotated[bool, typer.Option("--headed", metavar="", help="Show the browser window.")]
BrowserArgOpt = Annotated[list[str] | None, typer.Option(
    "--browser-arg", help="Extra Chromium flag, repeatable (e.g. a proxy or "
    "--host-resolver-rules for a staging host).")]
BlockOpt = Annotated[str | None, typer.Option(
    "--block", help="What to keep out of the store's pages, comma-separated: images, fonts, "
    "media (autoplay), trackers (analytics and ad hosts); or all (the default), or none. "
    "No check reads them. Screenshots bring images and fonts back.", show_default=False)]
ScreenshotsOpt = Annotated[bool, typer.Option(
    "--screenshots", metavar="", help="Save a screenshot after every step (OUT_DIR/screenshots/).")]
TraceOpt = Annotated[TraceMode, typer.Option(
    "--trace", help="Record a Playwright trace in OUT_DIR/traces/ (on-failure: kept only "
    "for failed flows; open it with `playwright show-trace`).")]
CookieBannerOpt = Annotated[CookieBanner, typer.Option(
    "--cookie-banner", help="accept: click a cookie/consent banner's accept button after "
    "each `open` (English, French, German labels); leave: let the flow meet it, as a "
    "shopper does, to count it as friction.")]
AllowSubmitOpt = Annotated[bool, typer.Option(
    "--allow-submit", metavar="",
    help="Run `submit: true` steps on non-loopback hosts (creates real "
    "returns on the store).")]
TimeoutOpt = Annotated[float, typer.Option(
    "--timeout", min=1, help="Seconds one whole scenario may take.")]
StepTimeoutOpt = Annotated[float, typer.Option(
    "--step-timeout", min=0.5, help="Seconds one step may wait for its page or element.")]
InitJobsOpt = Annotated[str | None, typer.Option(
    "--jobs", "-j", metavar="N|auto", help="Stores explored at once: a number, or auto (the "
    "default): as many as the CPU count and the stores' response times call for.",
    show_default=False)]
RunJobsOpt = Annotated[str | None, typer.Option(
    "--jobs", "-j", metavar="N|auto", help="Scenarios at once: a number, or auto (the "
    "default): as many as the CPU count and the stores' response times call for, chosen "
    "again as the run goes (1 for local stores on 2 cores, up to 8 for slow ones).",
    show_default=False)]

RubricOpt = Annotated[Path | None, typer.Option(
    "--rubric", help="A YAML file overriding rubric weights or thresholds (same shape as "
    "the bundled rubric, only what changes).", show_default=False)]
FailUnderOpt = Annotated[float | None, typer.Option(
    "--fail-under", min=0, max=100, help="Exit 1 when the overall score is below this.",
    show_default=False)]
RequireOpt = Annotated[list[str] | None, typer.Option(
    "--require", metavar="CHECK[:partial]", help="Exit 1 unless this check passes (or, with "
    ":partial, is at least partial), e.g. --require eu-withdrawal-function; repeatable. Works "
    "for compliance checks, which are not in the score.", show_default=False)]
BaselineOpt = Annotated[Path | None, typer.Option(
    "--baseline", help="A saved JSON report (or a folder of them, one per scenario) to compare "
    "with: any regression fails the run (exit 1).", show_default=False)]
UpdateBaselineOpt = Annotated[bool, typer.Option(
    "--update-baseline", metavar="",
    help="Write this run's report as the new baseline (nothing else ever "
    "overwrites one).")]
ToleranceOpt = Annotated[float, typer.Option(
    "--tolerance", min=0, help="Score points a lesson or the overall score may drop before it "
    "counts as a regression.")]
