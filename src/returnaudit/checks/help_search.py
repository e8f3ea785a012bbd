"""help-search: the site or its help centre has a search."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.platforms import builtin_search
from returnaudit.checks.base import Check, Evidence, Result, failed, pages_read, passed
from returnaudit.scoring.rubric import Rubric

SEARCH = "[role=search], input[type=search]"


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    centres = [p for p in inp.platforms if p.kind == "help_centre"]
    for page in inp.all_pages:
        if page.has_search:
            centre = next((c for c in centres if any(e.url == page.url for e in c.evidence)),
                          None)
            where = (f"the {centre.name} help centre has a search box on {page.url}"
                     if centre else f"a search box is on {page.url}")
            return passed(where, Evidence(url=page.url, selector=SEARCH))
    for centre in centres:
        if builtin_search(centre.name):
            seen = centre.evidence[0]
            return passed(f"the help centre runs on {centre.name}, whose pages come with a "
                          f"search box ({seen.signal})", Evidence(url=seen.url, quote=seen.signal))
    urls = list(dict.fromkeys(page.url for page in inp.all_pages))
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
