"""Whether a store sells to consumers in the EU (so the EU withdrawal function applies), and
why: the scenario says so, its pages are in an EU language, or it prices in euro."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from returnaudit.artifacts.model import Artifacts, PageSnapshot
from returnaudit.lib.yamlfile import load_yaml


@dataclass(frozen=True)
class Market:
    """Whether EU consumer law applies, and the sign that says so (or why not)."""

    eu: bool
    reason: str
    url: str | None = None
    quote: str | None = None


@dataclass(frozen=True)
class _Signs:
    languages: frozenset[str]
    english_regions: frozenset[str]
    euro: re.Pattern[str]


@functools.cache
def _signs() -> _Signs:
    path = resources.files("returnaudit.analysis") / "data" / "eu_market.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    return _Signs(frozenset(data["languages"]), frozenset(data["english_regions"]),
                  re.compile("|".join(data["euro"])))


def market_of(artifacts: Artifacts) -> Market:
    """The scenario's `store.market` first, then the pages' language, then euro prices."""
    chosen = artifacts.scenario.market
    if chosen == "other":
        return Market(False, "store.market is 'other': the store does not sell to consumers "
                             "in the EU")
    if chosen == "eu":
        return Market(True, "store.market is 'eu'")
    pages = _pages(artifacts)
    return _by_language(pages) or _by_currency(pages) or Market(
        False, "no sign of an EU market on the pages opened: no EU language, no prices in "
               "euro (set store.market: eu in the scenario if the store sells in the EU)")


def _pages(artifacts: Artifacts) -> list[PageSnapshot]:
    entry = [artifacts.entry] if artifacts.entry is not None else []
    return [*entry, *artifacts.pages, *artifacts.shop_pages]


def _by_language(pages: list[PageSnapshot]) -> Market | None:
    signs = _signs()
    for page in pages:
        code, _, region = (page.lang or "").replace("_", "-").partition("-")
        code, region = code.lower(), region.upper()
        if code in signs.languages or (code == "en" and region in signs.english_regions):
            return Market(True, f"the pages are in an EU language ({page.lang})", page.url,
                          f'<html lang="{page.lang}">')
    return None


def _by_currency(pages: list[PageSnapshot]) -> Market | None:
    euro = _signs().euro
    for page in pages:
        found = euro.search(page.text)
        if found is not None:
            start = max(0, found.start() - 30)
            quote = " ".join(page.text[start:found.end() + 10].split())
            return Market(True, "prices are in euro", page.url, quote)
    return None
