"""policy-prominence: returns information shown beyond the footer (header, product page, cart)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, errored, failed, partial, passed
from returnaudit.lang.links import is_returns_text
from returnaudit.lang.page_words import page_words
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    entry = inp.artifacts.entry
    if entry is None:
        return errored("the home page could not be read")
    places: list[Evidence] = []
    header = next((lk for lk in entry.header_links if is_returns_text(lk.text)), None)
    if header is not None:
        places.append(Evidence(url=entry.url, selector="header, nav", quote=header.text))
    mention = page_words().returns_mention
    for page in (entry, *inp.artifacts.shop_pages):
        quote = mention.first(page.text)
        if quote:
            places.append(Evidence(url=page.url, quote=quote))
    where = ", ".join(f"{e.quote!r} on {e.url}" for e in places[:3])
    if len(places) >= 2:
        return passed(f"returns are shown in {len(places)} places: {where}", *places)
    if places:
        return partial(f"returns are shown in one place beyond the footer: {where}", *places)
    return failed("returns are only mentioned in the footer (not in the header, on the home "
                  "page, product pages or cart)")


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
