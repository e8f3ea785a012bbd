"""customer-friendly-tone: customer-centred rather than restrictive wording."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import no_policy, text_not_checked
from returnaudit.lang.page_words import page_words
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = text_not_checked(inp) or no_policy(inp)
    if early is not None:
        return early
    tone = page_words().tone
    friendly = tone["friendly"].every(inp.policy_text)
    restrictive = tone["restrictive"].every(inp.policy_text)
    url = inp.policy.url if inp.policy else None
    evidence = tuple(Evidence(url=url, quote=q) for q in (friendly[:2] + restrictive[:2]))
    counts = f"{len(friendly)} friendly, {len(restrictive)} restrictive phrase(s)"
    total = len(friendly) + len(restrictive)
    if total == 0:
        return partial(f"neutral wording ({counts})", *evidence)
    share = len(friendly) / total
    if share >= rubric.threshold("tone", "friendly_ratio"):
        return passed(f"customer-centred wording ({counts})", *evidence)
    if share >= 1 - rubric.threshold("tone", "friendly_ratio"):
        return partial(f"mixed wording ({counts})", *evidence)
    return failed(f"restrictive wording ({counts})", *evidence)


CHECK = Check(
    id="customer-friendly-tone",
    lesson="satisfaction-retention",
    title="The policy speaks to the customer",
    failure_title="The policy sounds restrictive",
    why="'We are not responsible' and 'at our sole discretion' read as distrust; 'no questions "
        "asked' reads as service.",
    how_to_fix="Lead with what the shopper can do; move legal caveats to the end and soften them.",
    evaluate=evaluate,
    thresholds=(("tone", "friendly_ratio"),),
)
