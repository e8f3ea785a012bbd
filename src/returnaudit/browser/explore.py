"""Explore a store as a shopper for `returnaudit init`: best-first over the links a shopper
follows to send something back (start-a-return links, then returns links, account pages, help,
guarantee and legal pages), within a page and a time budget. On a store served from this
machine it also reads the page behind each return form by opening the form's address without
its data. It never types into a field, clicks a button or sends a form."""

from __future__ import annotations

import heapq
import time
from collections.abc import Callable
from contextlib import suppress
from urllib.parse import urldefrag, urlsplit

from playwright.async_api import BrowserContext, Error, Page

from returnaudit.analysis.return_forms import return_form
from returnaudit.artifacts.exploration import Exploration, ExploredPage
from returnaudit.artifacts.model import Link
from returnaudit.browser.forms import read_forms
from returnaudit.browser.gather import snapshot
from returnaudit.browser.options import ExploreOptions
from returnaudit.lang.init_words import init_words
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_words
from returnaudit.lang.text import fold
from returnaudit.lib.errors import AuditRunError, first_line
from returnaudit.lib.net_errors import explain
from returnaudit.scenario.scenario import is_loopback_url

OnPage = Callable[[int, str], None]
"""Told (pages read, what was just read) after each page: for progress displays."""
LOAD_CAP_MS = 3_000
"""After the document, how long a page may take to finish loading (a portal drawn by script)."""
START, RETURNS, ACCOUNT, HELP = 0, 1, 2, 3
"""Ranks of what to read next: lower first, then fewer clicks from home."""


async def explore(context: BrowserContext, store_url: str, options: ExploreOptions,
                  on_page: OnPage | None = None) -> Exploration:
    """Read the store's pages that matter for a return; raise AuditRunError when its home page
    cannot be opened."""
    page = await context.new_page()
    try:
        return await _Explorer(page, store_url, options, on_page).run()
    finally:
        with suppress(Error):
            await page.close()


class _Explorer:
    """One exploration: what is read, what is queued, and when to stop."""

    def __init__(self, page: Page, store_url: str, options: ExploreOptions,
                 on_page: OnPage | None) -> None:
        self.page, self.store_url, self.options, self.on_page = page, store_url, options, on_page
        self.site = urlsplit(store_url).netloc
        self.follow_forms = is_loopback_url(store_url)
        self.queue: list[tuple[int, int, int, str, str]] = []
        self.seen: set[str] = set()
        self.pages: list[ExploredPage] = []
        self.unread: list[tuple[str, str]] = []
        self.deadline = 0.0

    async def run(self) -> Exploration:
        started = time.perf_counter()
        self.deadline = started + self.options.timeout_s
        self.seen.add(_key(self.store_url))
        failure = await self._read(self.store_url, "entry", 0)
        if failure is not None:
            raise AuditRunError(f"could not open {self.store_url}: {failure}")
        stopped = await self._walk()
        return Exploration(
            store_url=self.store_url, pages=tuple(self.pages),
            duration_ms=int((time.perf_counter() - started) * 1000), stopped=stopped,
            followed_forms=self.follow_forms, unread=tuple(self.unread))

    async def _walk(self) -> str:
        """Read the best page queued until the path is found or a budget runs out."""
        while True:
            if self._found():
                return "found the return path"
            if not self.queue:
                return "no more links about returns to follow"
            if len(self.pages) >= self.options.max_pages:
                return f"read the most pages allowed ({self.options.max_pages})"
            if time.perf_counter() >= self.deadline:
                return f"ran out of time ({self.options.timeout_s:g} s)"
            _, depth, _, url, via = heapq.heappop(self.queue)
            failure = await self._read(url, via, depth)
            if failure is not None:
                self.unread.append((url, failure))

    async def _read(self, url: str, via: str, depth: int) -> str | None:
        """Open and read one page; why it could not be read, else None."""
        remaining_ms = max(500.0, (self.deadline - time.perf_counter()) * 1000)
        timeout = min(self.options.page_timeout_s * 1000, remaining_ms)
        try:
            response = await self.page.goto(url, wait_until="domcontentloaded", timeout=timeout)
        except Error as exc:
            return _why(exc)
        status = response.status if response else None
        if status is not None and status >= 400:
            return f"HTTP {status}"
        with suppress(Error):
            await self.page.wait_for_load_state("load", timeout=min(LOAD_CAP_MS, timeout))
        try:
            read = ExploredPage(url, await snapshot(self.page, status),
                                await read_forms(self.page), via)
        except Error as exc:
            return first_line(exc, "unreadable")
        self.pages.append(read)
        self.seen.add(_key(read.snapshot.url))
        if via == "entry":  # the site is where home landed (http -> https, shop -> www.shop)
            self.site = urlsplit(read.snapshot.url).netloc
        self._queue_from(read, depth)
        if self.on_page is not None:
            self.on_page(len(self.pages), read.snapshot.title or read.snapshot.url)
        return None

    def _queue_from(self, read: ExploredPage, depth: int) -> None:
        for link in read.snapshot.links:
            rank = self._rank(link)
            if rank is not None:
                self._push(rank, depth + 1, link.href, "start" if rank == START else "link")
        form = return_form(read) if self.follow_forms else None
        if (form is not None and form.action and form.method != "script"
                and urlsplit(form.action).netloc == self.site):
            self._push(START, depth + 1, form.action, "form")

    def _push(self, rank: int, depth: int, url: str, via: str) -> None:
        key = _key(url)
        if key not in self.seen:
            self.seen.add(key)
            heapq.heappush(self.queue, (rank, depth, len(self.seen), url, via))

    def _rank(self, link: Link) -> int | None:
        """How promising a link is for a return; None: not followed."""
        if not link.href.startswith("http") or not link.text:
            return None
        words, same = init_words(), urlsplit(link.href).netloc == self.site
        if words.start_return.names(link.text):
            return START
        path = urlsplit(link.href).path
        if is_returns_text(link.text) or (same and page_words().returns_address.search(path)):
            return RETURNS
        if not same:
            return None
        if words.account.names(link.text):
            return ACCOUNT
        helpful = (words.help_link.names(link.text) or page_words().related_link.names(link.text)
                   or page_words().promising.search(f"{fold(link.text)} {path}"))
        return HELP if helpful else None

    def _found(self) -> bool:
        """The return path is known: its last page (after its last form) on a store on this
        machine, else its first return form."""
        if not self.follow_forms:
            return any(return_form(read) is not None for read in self.pages)
        done = {_key(read.snapshot.url): read for read in self.pages}
        return any(read.via == "form" and return_form(read) is None
                   and not _starts_a_return(read, done) for read in self.pages)


def _starts_a_return(read: ExploredPage, done: dict[str, ExploredPage]) -> bool:
    """The page's main content links a start of a return (an order page's "Request return")
    that was not read yet or leads to a return form."""
    snap, words = read.snapshot, init_words()
    around = {*snap.footer_links, *snap.header_links}
    for link in snap.links:
        if link not in around and words.start_return.names(link.text):
            target = done.get(_key(link.href))
            if target is None or return_form(target) is not None:
                return True
    return False


def _why(exc: Error) -> str:
    text = first_line(exc)
    marker = text.find("net::")
    return explain(text[marker:].split(" ")[0]) if marker >= 0 else text


def _key(url: str) -> str:
    """Addresses of one page: no fragment, no trailing slash difference."""
    return urldefrag(url)[0].rstrip("/")
