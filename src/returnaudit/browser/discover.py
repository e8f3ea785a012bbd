"""Find the returns policy and the pages around it: footer link, policy_url, then a short crawl."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from playwright.async_api import BrowserContext, Error, Page

from returnaudit.artifacts.model import Link, PageSnapshot, PolicyPage, WithdrawalProbe
from returnaudit.browser.gather import snapshot
from returnaudit.lang.links import is_returns_text, returns_link
from returnaudit.lang.page_words import page_words
from returnaudit.lang.text import fold
from returnaudit.lib.errors import first_line
from returnaudit.lib.phases import mark

MAX_DEPTH = 3
PAGE_BUDGET = 12
"""Pages a crawl may open, on top of the ones the flow already visited."""
MAX_RELATED = 3
SLOW_PAGE_S = 0.25
"""A page slower than this makes the rest be read several at a time (with tabs to spare)."""


@dataclass
class Found:
    """What discovery found."""

    footer: Link | None
    """The footer link followed to the policy, if any."""
    policy: PolicyPage | None = None
    snapshot: PageSnapshot | None = None
    related: list[PolicyPage] = field(default_factory=list)
    shop: list[PageSnapshot] = field(default_factory=list)
    withdrawal: WithdrawalProbe | None = None
    """The page the EU withdrawal function's link opened (read only)."""


class Discovery:
    """Opens pages in the tab the flow ran in (it has finished), never the same URL twice (the
    flow's pages included).

    The pages around the policy and the shop pages do not depend on each other: with `tabs`
    above 1 and a store slower than SLOW_PAGE_S per page, they are read that many at a time,
    in extra tabs. That pays when the run has cores to spare and the store is slow (a real
    store takes a second or more per page); against a fast store, or when every core is busy,
    a new tab's renderer process only adds time and CPU, so a run of many stores keeps 1.
    """

    def __init__(self, context: BrowserContext, known: Iterable[PageSnapshot],
                 timeout_s: float, page: Page | None = None, tabs: int = 1) -> None:
        self.context = context
        self.timeout_ms = timeout_s * 1000
        self.cache: dict[str, PageSnapshot | str] = {_key(s.url): s for s in known}
        self.opened = 0
        self.tabs = max(1, tabs)
        self._page = page if page is not None and not page.is_closed() else None
        self._extra: list[Page] = []

    async def close(self) -> None:
        """Close the extra tabs (the flow's tab belongs to the flow)."""
        for page in self._extra:
            with suppress(Error):
                await page.close()

    async def visit(self, url: str, page: Page | None = None) -> PageSnapshot | str:
        """The page's snapshot (read in `page`, else the flow's tab), or why it could not be
        read."""
        key = _key(url)
        if key not in self.cache:
            self.opened += 1
            self.cache[key] = await self._open(url, page or await self.main_page())
        return self.cache[key]

    async def visit_all(self, urls: Iterable[str]) -> None:
        """Read every page of `urls` not read yet, `tabs` at a time; `visit` then answers."""
        pending: dict[str, str] = {}  # one URL per page: two tabs must not race for one
        for url in urls:
            if _key(url) not in self.cache:
                pending.setdefault(_key(url), url)
        todo = list(pending.values())
        slow = False
        while todo and not (slow and self.tabs > 1 and len(todo) > 1):
            # One at a time while pages come fast: a new tab (~0.15 s, a renderer process to
            # start) only pays for itself when the store takes longer than that per page.
            started = time.perf_counter()
            await self.visit(todo.pop(0))
            slow = time.perf_counter() - started > SLOW_PAGE_S
        if not todo:
            return
        more = min(self.tabs, len(todo)) - 1 - len(self._extra)
        self._extra += await asyncio.gather(*(self.context.new_page() for _ in range(more)))
        free: asyncio.Queue[Page] = asyncio.Queue()
        for page in (await self.main_page(), *self._extra):
            free.put_nowait(page)

        async def read(url: str) -> None:
            page = await free.get()
            try:
                await self.visit(url, page)
            finally:
                free.put_nowait(page)

        await asyncio.gather(*(read(url) for url in todo))

    async def main_page(self) -> Page:
        """The flow's tab (a new one only if the flow left none)."""
        if self._page is None:
            self._page = await self.context.new_page()
        return self._page

    async def _open(self, url: str, page: Page) -> PageSnapshot | str:
        try:
            response = await page.goto(url, wait_until="domcontentloaded",
                                       timeout=self.timeout_ms)
        except Error as exc:
            return first_line(exc, "could not be opened")
        finally:
            mark("discovery load", urlsplit(url).path)
        status = response.status if response else None
        if status is not None and status >= 400:
            return f"HTTP {status}"
        try:
            return await snapshot(page, status)
        except Error as exc:
            return first_line(exc, "unreadable")
        finally:
            mark("discovery read", urlsplit(url).path)

    async def run(self, entry: PageSnapshot, policy_url: str | None) -> Found:
        """Footer link first, then policy_url, then a crawl; then related and shop pages."""
        found = Found(returns_link(entry.footer_links))
        if found.footer is not None and found.footer.href:
            await self._take(found, found.footer.href, "footer", 1,
                             f"the footer link '{found.footer.text}'")
        elif policy_url:
            clicks = await self.clicks_to(entry, policy_url)
            await self._take(found, policy_url, "policy_url", clicks, "policy_url")
        else:
            await self._crawl(found, entry)
        related = self._related_links(found.snapshot, entry) if found.snapshot else []
        shop = self._shop_links(entry)
        await self.visit_all(link.href for link in (*related, *shop))
        read = [await self.visit(link.href) for link in related]
        found.related = [PolicyPage(page.url, "link", page.http_status, page.title, page.text,
                                    page.lang) for page in read if isinstance(page, PageSnapshot)]
        read = [await self.visit(link.href) for link in shop]
        found.shop = [page for page in read if isinstance(page, PageSnapshot)]
        return found

    async def _take(self, found: Found, url: str, via: str, clicks: int | None,
                    what: str) -> None:
        page = await self.visit(url)
        if isinstance(page, str):
            found.policy = PolicyPage(url, via, None, "", "", None, f"{what} ({url}): {page}")
            return
        found.snapshot = page
        found.policy = PolicyPage(page.url, via, page.http_status, page.title, page.text,
                                  page.lang, clicks_from_home=clicks)

    async def clicks_to(self, entry: PageSnapshot, target: str) -> int | None:
        """Fewest clicks from home to `target` (breadth-first, same site, bounded)."""
        goal = _key(target)
        async for page, depth in self._breadth_first(entry):
            if _key(page.url) == goal or any(_key(lk.href) == goal for lk in page.links):
                return depth + (0 if _key(page.url) == goal else 1)
        return None

    async def _crawl(self, found: Found, entry: PageSnapshot) -> None:
        """The first dedicated returns page, else the shallowest page with a returns section."""
        section: tuple[PageSnapshot, int] | None = None
        async for page, depth in self._breadth_first(entry):
            if depth == 0:
                continue
            if is_returns_text(page.heading or "") or is_returns_text(page.title):
                section = (page, depth)
                break
            if section is None and any(is_returns_text(h) for h in page.headings):
                section = (page, depth)
        if section is not None:
            page, depth = section
            await self._take(found, page.url, "crawl", depth, "the page found by crawling")

    async def _breadth_first(
            self, entry: PageSnapshot) -> AsyncIterator[tuple[PageSnapshot, int]]:
        """Pages in breadth-first order from home, promising links first at each depth."""
        site = urlsplit(entry.url).netloc
        queue: deque[tuple[str, int]] = deque([(entry.url, 0)])
        seen = {_key(entry.url)}
        while queue:
            url, depth = queue.popleft()
            page = await self.visit(url) if depth else entry
            if isinstance(page, str):
                continue
            yield page, depth
            if depth >= MAX_DEPTH:
                continue
            for link in _ranked(page.links, site):
                key = _key(link.href)
                if key not in seen and (self.opened < PAGE_BUDGET or key in self.cache):
                    seen.add(key)
                    queue.append((link.href, depth + 1))

    def _related_links(self, policy: PageSnapshot, entry: PageSnapshot) -> list[Link]:
        """Guarantee / buyer-protection and returns-FAQ pages the policy or footer links."""
        related = page_words().related_link
        site = urlsplit(entry.url).netloc
        links = [lk for lk in (*policy.links, *entry.footer_links)
                 if urlsplit(lk.href).netloc == site and _key(lk.href) != _key(policy.url)
                 and related.names(lk.text)]
        unique: dict[str, Link] = {}  # one page once, however many links lead to it
        for link in links:
            unique.setdefault(_key(link.href), link)
        return list(unique.values())[:MAX_RELATED]

    def _shop_links(self, entry: PageSnapshot) -> list[Link]:
        """A product page and the cart, where returns information reassures before buying."""
        words, site = page_words(), urlsplit(entry.url).netloc
        same = [lk for lk in entry.links if urlsplit(lk.href).netloc == site]
        picks = [next((lk for lk in same if pattern.search(urlsplit(lk.href).path)), None)
                 for pattern in (words.product_path, words.cart_path)]
        return [link for link in picks if link is not None]


def _ranked(links: Iterable[Link], site: str) -> list[Link]:
    """Same-site page links, returns-like first, then help/legal-like, then the rest."""
    usable = [lk for lk in links if lk.href.startswith("http") and urlsplit(lk.href).netloc == site]
    promising = page_words().promising

    def rank(link: Link) -> int:
        if is_returns_text(link.text):
            return 0
        return 1 if promising.search(f"{fold(link.text)} {link.href}") else 2

    return sorted(dict.fromkeys(usable), key=rank)


def _key(url: str) -> str:
    """URLs that are the same page: no fragment, no trailing slash difference."""
    return urldefrag(url)[0].rstrip("/")
