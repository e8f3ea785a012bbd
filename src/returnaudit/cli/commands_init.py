"""`returnaudit init`: explore a store as a shopper and write a commented scenario to fill in
(or one per store of a list, for agencies)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from returnaudit.cli.console import err
from returnaudit.cli.options import (
    BlockOpt,
    BrowserArgOpt,
    BrowserOpt,
    CdpOpt,
    ConnectOpt,
    HeadedOpt,
    InitJobsOpt,
    QuietOpt,
    StepTimeoutOpt,
)

UrlArg = Annotated[str | None, typer.Argument(
    help="The store's home page (http or https).", show_default=False)]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", help="Where to write the scenario ('-' for stdout); default "
    "./<host-and-path>.yaml.", show_default=False)]
LangOpt = Annotated[str | None, typer.Option(
    "--lang", help="The store's language (en, fr, de): the scenario's language and the words "
    "of its guesses; default the home page's <html lang>.", show_default=False)]
FromOpt = Annotated[Path | None, typer.Option(
    "--from", help="A file of store URLs, one a line (# starts a comment): a scenario per store "
    "in --out-dir.", show_default=False)]
InitOutDir = Annotated[Path, typer.Option(
    "--out-dir", help="With --from: where the scenarios are written.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Overwrite existing scenario files.")]
MaxPagesOpt = Annotated[int, typer.Option(
    "--max-pages", min=1, help="Pages to read per store, at most.")]
ExploreTimeoutOpt = Annotated[float, typer.Option(
    "--timeout", min=1, help="Seconds to explore one store, at most.")]


def init(
    url: UrlArg = None,
    *,
    output: OutputOpt = None,
    lang: LangOpt = None,
    from_file: FromOpt = None,
    out_dir: InitOutDir = Path("scenarios"),
    force: ForceOpt = False,
    jobs: InitJobsOpt = None,
    max_pages: MaxPagesOpt = 20,
    timeout: ExploreTimeoutOpt = 60.0,
    step_timeout: StepTimeoutOpt = 10.0,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
    browser_arg: BrowserArgOpt = None,
    block: BlockOpt = None,
    headed: HeadedOpt = False,
    quiet: QuietOpt = False,
) -> int:
    """Explore a store as a shopper, find its return path and write a commented scenario.

    It follows the links a shopper would (returns, start a return, account, help), lists the
    return form's fields and chooses their values, and never sends a form. Where no
    self-service path exists, the scenario stops where a shopper stops, and says why.
    """
    from returnaudit.browser.blocking import parse_block
    from returnaudit.browser.options import BrowserOptions, ExploreOptions
    from returnaudit.cli.settings import parse_jobs
    from returnaudit.lib.errors import UsageError
    from returnaudit.pipeline.init import InitSettings, init_from, init_store

    if (url is None) == (from_file is None):
        raise UsageError("give a store URL, or --from FILE with one URL a line (not both)")
    if from_file is not None and output is not None:
        raise UsageError("--output writes one scenario; with --from, use --out-dir")
    settings = InitSettings(
        browser=BrowserOptions(connect=connect, cdp=cdp, executable=browser, headed=headed,
                               block=parse_block(block or "all"),
                               extra_args=tuple(browser_arg or ())),
        explore=ExploreOptions(max_pages=max_pages, timeout_s=timeout,
                               page_timeout_s=step_timeout),
        language=lang, force=force, jobs=parse_jobs(jobs), quiet=quiet)
    if from_file is not None:
        return init_from(from_file, out_dir, settings, err)
    assert url is not None
    return init_store(url, output, settings, err)
