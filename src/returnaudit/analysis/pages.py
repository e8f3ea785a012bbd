"""Which kind of shop page a visited page is (product page, cart), by its address, so a check
can say which page types it looked at and which it did not."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal
from urllib.parse import urlsplit

from returnaudit.artifacts.model import PageSnapshot
from returnaudit.lang.page_words import page_words

ShopKind = Literal["product", "cart"]


def shop_kind(url: str) -> ShopKind | None:
    """"product" or "cart" by the page's path (the words of every language pack), else None."""
    words, path = page_words(), urlsplit(url).path
    if words.product_path.search(path):
        return "product"
    if words.cart_path.search(path):
        return "cart"
    return None


def first_of_kind(pages: Iterable[PageSnapshot], kind: ShopKind) -> PageSnapshot | None:
    """The first page of that kind, if the audit opened one."""
    return next((page for page in pages if shop_kind(page.url) == kind), None)
