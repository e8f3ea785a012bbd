"""damaged-or-missing-covered: damaged, wrong or undelivered items are the store's problem."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp)
    if early is not None:
        return early
    if inp.facts.damaged_or_missing_covered:
        return passed("damaged, wrong or missing items are handled by the store",
                      *fact_evidence(inp, "damaged_or_missing_covered"))
    return unclear_fact(inp, "damaged_or_missing_covered") or failed(
        "nothing says what happens with damaged, wrong or undelivered items")


CHECK = Check(
    id="damaged-or-missing-covered",
    lesson="full-responsibility",
    title="Damaged, wrong or missing items are covered",
    failure_title="Damaged or missing items are not covered",
    why="A damaged or lost parcel is never the shopper's fault; saying so up front is what "
        "taking full responsibility means.",
    how_to_fix="State that damaged, defective, wrong or undelivered items are replaced or "
               "refunded at your cost, including shipping.",
    evaluate=evaluate,
)
