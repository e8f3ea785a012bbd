"""differentiated-policy: the refund depends on condition, time held and/or purchase method."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import fact_evidence, no_policy, unclear_fact
from returnaudit.scoring.rubric import Rubric

_TIERS = {"condition_tiers": "the item's condition", "time_tiers": "how long it was held",
          "purchase_method_tiers": "how it was bought"}


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp)
    if early is not None:
        return early
    tiers = [name for name in _TIERS if getattr(inp.facts, name)]
    evidence = fact_evidence(inp, *tiers)
    if not tiers:
        return unclear_fact(inp, *_TIERS) or failed(
            "one rule for every return: the outcome never depends on condition, time held or "
            "how the item was bought")
    said = ", ".join(_TIERS[name] for name in tiers)
    if len(tiers) >= 2:
        return passed(f"the outcome depends on {said}", *evidence)
    return partial(f"the outcome depends only on {said}", *evidence)


CHECK = Check(
    id="differentiated-policy",
    lesson="reasonable-policy",
    title="Refunds depend on condition, time and purchase method",
    failure_title="One rigid rule for every return",
    why="Amazon refunds differently by the item's condition, how long it was kept and how it "
        "was bought: fair to shoppers and to the business, instead of refusing everything.",
    how_to_fix="Spell out the tiers: full refund for unused items, store credit or a partial "
               "refund for used ones, credit after the window, gift returns as credit.",
    evaluate=evaluate,
)
