"""policy-click-depth: the policy is 1 click from the home page (2 is partial)."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, graded
from returnaudit.checks.preconditions_policy import not_a_policy_note
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    policy = inp.policy
    if policy is None:
        return failed(f"no returns policy page was found{not_a_policy_note(inp)}")
    clicks = policy.clicks_from_home
    evidence = Evidence(url=policy.url, quote=policy.title or None)
    if clicks is None:
        return failed("the policy page is not reachable from the home page within 3 clicks",
                      evidence)
    word = "click" if clicks == 1 else "clicks"
    summary = f"the policy is {clicks} {word} from the home page"
    return graded(clicks, rubric, "click_depth", summary, evidence)


CHECK = Check(
    id="policy-click-depth",
    lesson="accessible-info",
    title="The returns policy is one click from the home page",
    failure_title="The returns policy is hard to reach from the home page",
    why="Every extra click loses shoppers before they find out whether they can return an item.",
    how_to_fix="Link the returns page directly from the home page (footer or header).",
    evaluate=evaluate,
    thresholds=(("click_depth", "pass"), ("click_depth", "partial")),
)
