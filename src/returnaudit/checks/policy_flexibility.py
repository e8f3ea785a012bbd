"""policy-flexibility: exceptions, extended windows, goodwill."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, passed
from returnaudit.checks.preconditions_policy import no_policy
from returnaudit.lang.page_words import page_words
from returnaudit.lib.wording import shorten
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = no_policy(inp)
    if early is not None:
        return early
    url = inp.policy.url if inp.policy else None
    found = page_words().flexibility.every(inp.policy_text)
    if inp.facts.time_tiers:
        quote = inp.facts.evidence.get("time_tiers")
        found.append(quote.quote if quote else "a later window with another outcome")
    if not found:
        return failed("no exceptions, extended windows or goodwill are mentioned")
    unique = list(dict.fromkeys(found))
    return passed(f"flexible: '{shorten(unique[0], 100)}'",
                  *(Evidence(url=url, quote=q) for q in unique[:3]))


CHECK = Check(
    id="policy-flexibility",
    lesson="reasonable-policy",
    title="The policy allows exceptions and extensions",
    failure_title="The policy has no flexibility",
    why="Extended holiday windows, longer windows for members and goodwill exceptions turn a "
        "rule into service.",
    how_to_fix="Offer an extended window for gifts and holidays, and say that you look at "
               "exceptions case by case.",
    evaluate=evaluate,
)
