"""help-search: the site or its help centre has a search."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, pages_read, passed
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    for page in inp.all_pages:
        if page.has_search:
            return passed(f"a search box is on {page.url}",
                          Evidence(url=page.url, selector="[role=search], input[type=search]"))
    urls = [page.url for page in inp.all_pages]
    return failed(f"no search box on the {len(urls)} page(s) visited: {pages_read(urls)}")


CHECK = Check(
    id="help-search",
    lesson="accessible-info",
    title="Shoppers can search the site or help centre",
    failure_title="No search to find returns help",
    why="Shoppers who cannot find the returns link type 'returns' into a search box.",
    how_to_fix="Offer a site or help-centre search that finds the returns page.",
    evaluate=evaluate,
)
