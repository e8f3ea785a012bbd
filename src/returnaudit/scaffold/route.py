"""The shopper's route through the pages the exploration read: the fewest clicks from home to
the return form, then the form's pages to the end; else to where a shopper stops (a login, a
page that says to contact support, the policy)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urldefrag

from returnaudit.analysis.policy import extract_facts
from returnaudit.analysis.return_forms import identifies_order, main_button, return_form
from returnaudit.analysis.signals import support_push
from returnaudit.artifacts.exploration import Exploration, ExploredPage, PageForm
from returnaudit.artifacts.model import Link
from returnaudit.lang.detect import resolve_language
from returnaudit.lang.init_words import init_words
from returnaudit.lang.links import is_returns_text


@dataclass(frozen=True)
class Hop:
    """One click of the route: a link, or a form's button."""

    kind: str
    """link | form"""
    text: str
    """The link's text or the button's name."""
    start: ExploredPage
    target: ExploredPage | None
    """The page it leads to; None when it was not read (behind a form, on a live store)."""
    scope: str | None = None
    """footer: a link of the page's <footer>."""
    form: PageForm | None = None


@dataclass(frozen=True)
class Route:
    """Where a shopper goes, and where it ends."""

    outcome: str
    """self_service | login | contact | policy | nothing"""
    hops: tuple[Hop, ...]
    end: ExploredPage
    """The last page the route reaches that was read."""
    push: str | None = None
    """contact: the sentence telling the shopper to contact support."""


class Pages:
    """The pages read, by address (the one asked for and the one landed on)."""

    def __init__(self, exploration: Exploration) -> None:
        self.home = exploration.pages[0]
        self.read = exploration.pages
        self.by_key: dict[str, ExploredPage] = {}
        for page in exploration.pages:
            self.by_key.setdefault(key(page.requested), page)
            self.by_key.setdefault(key(page.snapshot.url), page)

    def get(self, url: str) -> ExploredPage | None:
        return self.by_key.get(key(url))

    def links(self, page: ExploredPage) -> Iterator[tuple[Link, str | None]]:
        """The page's links with their scope: footer links first (as a shopper looks for
        returns), then the main content's, then the header's."""
        snap = page.snapshot
        scoped = snap.footer_source in ("footer", "contentinfo")
        around = {*snap.footer_links, *snap.header_links}
        for link in snap.footer_links:
            yield link, "footer" if scoped else None
        yield from ((link, None) for link in snap.links if link not in around)
        yield from ((link, None) for link in snap.header_links)


def find_route(exploration: Exploration) -> Route:
    """The best route: self-service first, then a login wall, a push to support, the policy."""
    pages = Pages(exploration)
    ways = [(not identifies_order(form), len(way), index, way, page)
            for index, page in enumerate(pages.read)
            if (form := return_form(page)) is not None
            and (way := clicks_to(pages, page)) is not None]
    if ways:
        *_, way, start = min(ways, key=lambda w: w[:3])
        hops = (*way, *_chain(pages, start))
        reached = [hop.target for hop in hops if hop.target is not None]
        return Route("self_service", hops, reached[-1] if reached else start)
    # A sign-in stops the shopper when a start-a-return link leads to it; or, short of a push
    # to support, when the policy sends shoppers to their account ("log in, then Orders").
    via_account = any(_policy(p) and init_words().account.names(p.snapshot.text)
                      for p in pages.read)

    def started(page: ExploredPage) -> bool:
        return page.snapshot.has_password_field and page.via == "start"

    def account(page: ExploredPage) -> bool:
        return page.snapshot.has_password_field and via_account

    for outcome, wanted in (("login", started), ("contact", _contact), ("login", account),
                            ("policy", _policy)):
        for page in pages.read[1:]:
            way = clicks_to(pages, page) if wanted(page) else None
            if way is not None:
                return Route(outcome, way, page, pushed(page))
    return Route("nothing", (), pages.home)


def clicks_to(pages: Pages, goal: ExploredPage) -> tuple[Hop, ...] | None:
    """The fewest link clicks from home to `goal` over the pages read; None if unreachable."""
    paths: dict[str, tuple[Hop, ...]] = {key(pages.home.snapshot.url): ()}
    queue = deque([pages.home])
    while queue:
        page = queue.popleft()
        here = paths[key(page.snapshot.url)]
        if page is goal:
            return here
        for link, scope in pages.links(page):
            target = pages.get(link.href) if link.text else None
            if target is not None and key(target.snapshot.url) not in paths:
                paths[key(target.snapshot.url)] = (*here, Hop("link", link.text, page, target,
                                                              scope))
                queue.append(target)
    return None


def _chain(pages: Pages, start: ExploredPage) -> Iterator[Hop]:
    """From the first return form: each form's button, or the page's start-a-return link, to
    the page after the last form (or to the first page that could not be read)."""
    page: ExploredPage | None = start
    visited: set[int] = set()
    while page is not None and id(page) not in visited:
        visited.add(id(page))
        form = return_form(page)
        if form is not None:
            target = pages.get(form.action) if form.action else None
            target = None if target is page else target  # posts to itself: next page unknown
            yield Hop("form", main_button(form) or "", page, target, form=form)
            page = target
            continue
        link = next((lk for lk, _ in pages.links(page)
                     if init_words().start_return.names(lk.text) and pages.get(lk.href)), None)
        if link is None:
            return
        target = pages.get(link.href)
        yield Hop("link", link.text, page, target)
        page = target


def _contact(page: ExploredPage) -> bool:
    return pushed(page) is not None


def _policy(page: ExploredPage) -> bool:
    snap = page.snapshot
    return is_returns_text(snap.heading or "") or is_returns_text(snap.title.split("|")[0])


def pushed(page: ExploredPage) -> str | None:
    """The sentence telling the shopper to contact support to return: a page's push to support,
    or, on a returns policy page, what the policy reader says makes contact a prerequisite."""
    push = support_push(page.snapshot.text)
    if push is not None or not _policy(page):
        return push
    snap = page.snapshot
    facts = extract_facts(snap.text, language=resolve_language(snap.text, snap.lang), url=snap.url)
    quote = facts.evidence.get("support_contact_required")
    return quote.quote if facts.support_contact_required and quote is not None else None


def key(url: str) -> str:
    """Addresses of one page: no fragment, no trailing slash difference."""
    return urldefrag(url)[0].rstrip("/")
