"""The EU withdrawal function, in the browser: the scenario's `withdrawal:` path walked after
the return flow by the same runner (so it is counted the same way), or, without one, the page
a withdrawal link opens, read without submitting anything."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urldefrag

from playwright.async_api import BrowserContext, Error, Page

from returnaudit.artifacts.model import Link, PageSnapshot, WithdrawalProbe
from returnaudit.browser.forms import read_forms
from returnaudit.browser.gather import snapshot
from returnaudit.browser.options import RunOptions
from returnaudit.browser.runner import FlowRunner
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.text import fold
from returnaudit.lang.withdrawal import WithdrawalWords, withdrawal_words
from returnaudit.scenario import Scenario


async def walk_withdrawal(context: BrowserContext, scenario: Scenario,
                          options: RunOptions) -> FlowRunner:
    """Run the withdrawal path (a `submit: true` step stops before a live store, as in the
    return flow); the runner holds its steps and the screens it read."""
    page = await context.new_page()
    page.set_default_timeout(options.step_timeout_s * 1000)
    runner = FlowRunner(page, scenario.withdrawal_path(), options)
    try:
        await runner.run()
    finally:
        await page.close()
    return runner


async def probe_withdrawal(page: Page, entry: PageSnapshot, policy: PageSnapshot | None,
                           opened: Iterable[str], timeout_ms: float) -> WithdrawalProbe | None:
    """Open the one link that names the withdrawal function (else an unclear account or orders
    link of the home page) and read its page and forms: a single GET, nothing typed or sent."""
    chosen = choose_link(entry, policy, {_key(url) for url in opened}, withdrawal_words())
    if chosen is None:
        return None
    link, found_on = chosen
    try:
        response = await page.goto(link.href, wait_until="domcontentloaded", timeout=timeout_ms)
        if response is not None and response.status >= 400:
            return None
        read = await snapshot(page, response.status if response else None)
    except Error:
        return None
    return WithdrawalProbe(link.text, found_on, read, await read_forms(page))


def choose_link(entry: PageSnapshot, policy: PageSnapshot | None, opened: set[str],
                words: WithdrawalWords) -> tuple[Link, str] | None:
    """A link naming the function (the home page first, then the policy), else the home page's
    first unclear header or footer link to a page not opened yet ("My orders")."""
    for page in (entry, *([policy] if policy else [])):
        for link in page.links:
            if words.function.search(fold(link.text)) and _web(link):
                return link, page.url
    for link in (*entry.footer_links, *entry.header_links):
        unclear = words.ambiguous.search(fold(link.text)) and not is_returns_text(link.text)
        if unclear and _web(link) and _key(link.href) not in opened:
            return link, entry.url
    return None


def _web(link: Link) -> bool:
    href = link.href.lower()
    return href.startswith("http") and not urldefrag(href)[0].split("?")[0].endswith(".pdf")


def _key(url: str) -> str:
    return urldefrag(url)[0].rstrip("/")
