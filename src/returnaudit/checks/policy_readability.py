"""policy-readability: plain sentences, headings or lists, a reasonable length."""

from __future__ import annotations

import re

from returnaudit.analysis.derived import POLICY_SENTENCE_WORDS, Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, partial, passed
from returnaudit.checks.preconditions_policy import text_not_checked
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    policy = inp.policy
    if policy is None:
        return text_not_checked(inp) or failed("no returns policy page was found")
    text = inp.policy_text
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 3]
    words = len(text.split())
    average = words / max(1, len(sentences))
    snap = inp.policy_snapshot
    structure = (len(snap.headings) + snap.list_items) if snap is not None and inp.dedicated else 0
    problems = []
    if average > rubric.threshold("readability", "max_sentence_words"):
        problems.append(f"long sentences ({average:.0f} words on average)")
    if words > rubric.threshold("readability", "max_words"):
        problems.append(f"long text ({words} words)")
    if structure < rubric.threshold("readability", "min_structure"):
        problems.append("few headings or lists to break it up")
    # A real sentence, never a line of the page's navigation that slipped into its text.
    first = next((s for s in sentences if s.rstrip().endswith((".", "!", "?"))
                  or len(s.split()) >= POLICY_SENTENCE_WORDS), None)
    evidence = Evidence(url=policy.url, quote=first.strip()[:200] if first else None)
    facts = f"{words} words, {average:.0f} words per sentence, {structure} headings/list items"
    if not problems:
        return passed(f"plain and structured: {facts}", evidence)
    if len(problems) == 1:
        return partial(f"{problems[0]}: {facts}", evidence)
    return failed(f"{'; '.join(problems)}: {facts}", evidence)


CHECK = Check(
    id="policy-readability",
    lesson="accessible-info",
    title="The policy is easy to read",
    failure_title="The policy is hard to read",
    why="A policy in plain sentences, with headings and lists, gets read; legal prose gets "
        "skipped and questions go to support instead.",
    how_to_fix="Use short sentences, a heading per topic (window, costs, refunds, how to "
               "return) and bullet lists.",
    evaluate=evaluate,
    thresholds=(("readability", "max_sentence_words"), ("readability", "max_words"),
                ("readability", "min_structure")),
)
