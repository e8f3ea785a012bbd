"""One browser per run: launched locally or connected to; a fresh context per scenario."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

from playwright.async_api import (
    Browser,
    BrowserContext,
    BrowserType,
    Error,
    Playwright,
    async_playwright,
)

from returnaudit.browser.blocking import block_args
from returnaudit.browser.locate import BrowserChoice, choose_browser, launch_args
from returnaudit.browser.options import BrowserOptions
from returnaudit.lib.errors import BrowserUnavailableError, first_line
from returnaudit.lib.phases import mark


@dataclass
class BrowserSession:
    """A running browser and what it is, shared by every scenario of a run."""

    browser: Browser
    choice: BrowserChoice

    async def new_context(self, *, locale: str | None = None) -> BrowserContext:
        """An isolated context: no cookies or storage shared between scenarios."""
        return await self.browser.new_context(
            viewport={"width": 1280, "height": 900},
            locale=locale,
            service_workers="block",
        )


async def start_driver() -> Playwright:
    """Start Playwright's driver process (no browser yet); stop it with `.stop()`."""
    return await async_playwright().start()


@asynccontextmanager
async def open_browser(options: BrowserOptions,
                       driver: Playwright | None = None) -> AsyncIterator[BrowserSession]:
    """Launch a browser (or connect to one) through `driver`, or a driver of its own;
    everything this started is closed on the way out."""
    pw = driver or await start_driver()
    try:
        try:
            own = pw.chromium.executable_path
        except Error:
            own = None
        choice = choose_browser(connect=options.connect, cdp=options.cdp,
                                browser=options.executable, playwright_chromium=own)
        browser = await _start(pw.chromium, choice, options)
        mark("browser", "launch")
        try:
            yield BrowserSession(browser, choice)
        finally:
            await _close_quietly(browser)
            mark("shutdown", "browser close")
    finally:
        if driver is None:
            await pw.stop()


async def _start(chromium: BrowserType, choice: BrowserChoice, options: BrowserOptions) -> Browser:
    try:
        if choice.kind == "connect":
            return await chromium.connect(choice.target or "", timeout=15_000)
        if choice.kind == "cdp":
            return await chromium.connect_over_cdp(choice.target or "", timeout=15_000)
        args = [*launch_args(), *block_args(options.block, options.extra_args)]
        return await chromium.launch(executable_path=choice.target, headless=not options.headed,
                                     args=args, timeout=30_000)
    except Error as exc:
        first = first_line(exc)
        raise BrowserUnavailableError(
            f"could not start the browser ({choice.source}: {choice.target or 'bundled'}): {first}"
        ) from None


async def _close_quietly(browser: Browser) -> None:
    with suppress(Error):
        await browser.close()
