"""dedicated-policy-page: returns have a page of their own, not a section of legal terms."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, passed
from returnaudit.checks.preconditions_policy import not_a_policy_note
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    policy = inp.policy
    if policy is None:
        return failed(f"no returns policy page was found{not_a_policy_note(inp)}")
    snap = inp.policy_snapshot
    heading = snap.heading if snap is not None else None
    evidence = Evidence(url=policy.url, selector="h1" if heading else "title",
                        quote=heading or policy.title)
    if inp.dedicated:
        return passed(f"returns have their own page ('{heading or policy.title}')", evidence)
    return failed(f"the returns rules are a section of '{heading or policy.title}'", evidence)


CHECK = Check(
    id="dedicated-policy-page",
    lesson="accessible-info",
    title="Returns have a dedicated page",
    failure_title="The returns rules are buried in a longer page",
    why="Rules hidden in terms & conditions are effectively invisible: shoppers do not read "
        "legal pages to find out how to return a shirt.",
    how_to_fix="Give returns and refunds their own page, titled so, in plain language.",
    evaluate=evaluate,
)
