"""Which link is the returns link: by its text first, else by its address (every pack's words)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from returnaudit.lang.page_words import page_words
from returnaudit.lang.text import fold

MAX_LABEL = 80
"""A link text longer than this is a sentence, not the name of a policy page."""


class LinkLike(Protocol):
    """A link as the shopper sees it: its text and where it goes."""

    @property
    def text(self) -> str: ...

    @property
    def href(self) -> str: ...


L = TypeVar("L", bound=LinkLike)


def is_returns_text(text: str) -> bool:
    """Whether a link text (or a heading) names a returns or refund policy."""
    words = page_words()
    label = fold(text)
    if not label or len(label) > MAX_LABEL or words.not_returns_link.names(label):
        return False
    return words.returns_link.names(label)


def returns_link(links: Iterable[L]) -> L | None:
    """The best returns/refund link: a matching text first (one whose address says returns too,
    then the shortest), else the first whose address says returns."""
    address = page_words().returns_address
    candidates = list(links)
    by_text = [link for link in candidates if is_returns_text(link.text)]
    if by_text:
        return min(by_text, key=lambda link: (not address.search(link.href), len(link.text)))
    return next((link for link in candidates
                 if address.search(urlsplit(link.href).path) and link.text.strip()), None)
