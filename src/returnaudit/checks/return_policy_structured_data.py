"""return-policy-structured-data: valid schema.org MerchantReturnPolicy structured data."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, pages_read, partial, passed
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    result = inp.structured
    if not result.present:
        urls = [page.url for page in inp.all_pages]
        return failed("no MerchantReturnPolicy structured data on the pages visited: "
                      f"{pages_read(urls)}")
    items = result.items
    best = min(items, key=lambda item: len(item.problems))
    evidence = Evidence(url=best.url, selector=f"{best.source}: {best.path}")
    if result.valid:
        return passed(f"valid MerchantReturnPolicy ({best.source}) on {best.url}", evidence)
    return partial("MerchantReturnPolicy found but invalid: " + "; ".join(result.problems[:3]),
                   evidence)


CHECK = Check(
    id="return-policy-structured-data",
    lesson="accessible-info",
    title="Return policy structured data is valid",
    failure_title="No valid return policy structured data",
    why="Google shows return windows and costs in search and shopping results when a site "
        "describes them with schema.org MerchantReturnPolicy.",
    how_to_fix="Add MerchantReturnPolicy JSON-LD (applicableCountry, returnPolicyCategory, "
               "merchantReturnDays, returnFees) to your Organization or product offers.",
    evaluate=evaluate,
)
