"""`returnaudit doctor`: which browser a run would use, proven by starting it once."""

from __future__ import annotations

import asyncio
import time

from returnaudit.browser.options import BrowserOptions
from returnaudit.browser.session import open_browser


def check_browser(*, browser: str | None, connect: str | None, cdp: str | None) -> list[str]:
    """Start (or connect to) the browser a run would use and open a blank page in it."""
    options = BrowserOptions(connect=connect, cdp=cdp, executable=browser)
    return asyncio.run(_check(options))


async def _check(options: BrowserOptions) -> list[str]:
    start = time.perf_counter()
    async with open_browser(options) as session:
        context = await session.new_context()
        page = await context.new_page()
        await page.set_content("<title>ok</title><h1>returnaudit</h1>")
        version = session.browser.version
        await context.close()
    elapsed = time.perf_counter() - start
    where = session.choice.target or "Playwright's bundled Chromium"
    return [
        f"browser: {where} ({session.choice.source})",
        f"version: Chromium {version}",
        f"started, opened a page and closed in {elapsed:.2f} s",
    ]
