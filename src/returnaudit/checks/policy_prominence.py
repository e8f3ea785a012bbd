"""policy-prominence: returns information shown beyond the footer (header, product page, cart)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import Link, PageSnapshot
from returnaudit.checks.base import Check, Evidence, Result, errored, failed, partial, passed
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_words
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    entry = inp.artifacts.entry
    if entry is None:
        return errored("the home page could not be read")
    places = _in_header(entry) + [found for page in _shown_pages(inp, entry)
                                  if (found := _on_page(inp, page)) is not None]
    where = ", ".join(f"{e.quote!r} on {e.url}" for e in places[:3])
    if len(places) >= 2:
        return passed(f"returns are shown in {len(places)} places: {where}", *places)
    if places:
        return partial(f"returns are shown in one place beyond the footer: {where}", *places)
    return failed(f"no returns information in {_looked_at(inp, entry)}{_not_checked(inp)}")


def _shown_pages(inp: Analysis, entry: PageSnapshot) -> list[PageSnapshot]:
    """The home page, then the product page and the cart the audit opened."""
    return [entry, *(p for p in (inp.product_page, inp.cart_page) if p is not None)]


def _in_header(entry: PageSnapshot) -> list[Evidence]:
    link = next((lk for lk in entry.header_links if is_returns_text(lk.text)), None)
    return [Evidence(url=entry.url, selector="header, nav", quote=link.text)] if link else []


def _on_page(inp: Analysis, page: PageSnapshot) -> Evidence | None:
    """A sentence promising returns, else a link to the policy in the page's own content."""
    quote = page_words().returns_mention.first(page.text)
    if quote:
        return Evidence(url=page.url, quote=quote)
    link = next((lk for lk in _content_links(page) if _leads_to_policy(inp, lk)), None)
    return Evidence(url=page.url, selector=f'a[href="{link.href}"]', quote=link.text) \
        if link else None


def _content_links(page: PageSnapshot) -> list[Link]:
    chrome = {*page.footer_links, *page.header_links}
    return [link for link in page.links if link not in chrome]


def _leads_to_policy(inp: Analysis, link: Link) -> bool:
    policy = inp.policy
    same = policy is not None and link.href.split("#")[0].rstrip("/") == policy.url.rstrip("/")
    return same or is_returns_text(link.text)


def _looked_at(inp: Analysis, entry: PageSnapshot) -> str:
    """The page types this check read, each with its address."""
    parts = [f"the header and content of the home page ({entry.url})"]
    if inp.product_page is not None:
        parts.append(f"a product page ({inp.product_page.url})")
    if inp.cart_page is not None:
        parts.append(f"the cart ({inp.cart_page.url})")
    return ", ".join(parts[:-1]) + f" or {parts[-1]}" if len(parts) > 1 else parts[0]


def _not_checked(inp: Analysis) -> str:
    missing = [name for name, page in (("product pages", inp.product_page),
                                       ("the cart", inp.cart_page)) if page is None]
    return f"; not checked: {' and '.join(missing)} (the home page links none)" if missing else ""


CHECK = Check(
    id="policy-prominence",
    lesson="satisfaction-retention",
    title="Returns are shown where shoppers decide",
    failure_title="Returns information is hidden away",
    why="'Free 30-day returns' next to the buy button and in the cart removes the last doubt "
        "before a purchase.",
    how_to_fix="Show the returns promise in the header or a banner, on product pages and in "
               "the cart, linked to the policy.",
    evaluate=evaluate,
)
