"""marketplace-seller-returns: on a marketplace, says who handles third-party sellers' returns."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.analysis.marketplace import marketplace_quote
from returnaudit.checks.base import Check, Evidence, Result, failed, not_applicable, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    if inp.facts.marketplace_sellers:
        return passed("the policy says how returns of other sellers' items are handled",
                      *fact_evidence(inp, "marketplace_sellers"))
    early = unclear_fact(inp, "marketplace_sellers") if inp.policy is not None else None
    if early is not None:
        return early
    seen = marketplace_quote(inp)
    if seen is None:
        return not_applicable("not a marketplace: no third-party sellers were seen")
    early = no_policy(inp)
    if early is not None:
        return early
    url, quote = seen
    return failed("the store sells for other sellers, but the policy does not say who handles "
                  "their returns", Evidence(url=url, quote=quote))


CHECK = Check(
    id="marketplace-seller-returns",
    lesson="full-responsibility",
    title="Third-party sellers' returns are covered",
    failure_title="Unclear who handles third-party sellers' returns",
    why="On a marketplace the shopper bought from you, whoever shipped it; 'ask the seller' "
        "is where trust ends.",
    how_to_fix="Say that you handle (or guarantee) returns for items from partner sellers, "
               "with the same window and refund rules.",
    evaluate=evaluate,
)
