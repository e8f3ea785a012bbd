"""confirmation-next-steps: the final screen gives a label / QR / return number and next steps."""

from __future__ import annotations

from returnaudit.analysis.derived import Analysis
from returnaudit.checks.base import Check, Evidence, Result, failed, not_applicable, partial, passed
from returnaudit.checks.preconditions_flow import flow_unavailable, not_confirmed
from returnaudit.lang.page_words import page_words
from returnaudit.scoring.rubric import Rubric


def evaluate(inp: Analysis, rubric: Rubric) -> Result:
    early = flow_unavailable(inp)
    if early is not None:
        return early
    status = inp.artifacts.flow.status
    if status == "stopped_before_submit":
        return not_applicable("not checked: the flow stopped before submitting on a live store")
    last = inp.last_screen
    if status != "completed" or last is None:
        return not_confirmed(inp)
    lists = page_words().confirmation
    found = {part: words.first(last.text) for part, words in lists.items()}
    if last.qr_code and not found["label"]:
        found["label"] = "a QR code"
    if last.ordered_steps and not found["next_steps"]:
        found["next_steps"] = "a numbered list of steps"
    given = [part.replace("_", " ") for part, quote in found.items() if quote]
    missing = [part.replace("_", " ") for part, quote in found.items() if not quote]
    evidence = tuple(Evidence(url=last.url, quote=q) for q in found.values() if q)
    if not missing:
        return passed("the last screen gives a label, a return number and next steps", *evidence)
    if len(given) >= 2:
        return partial(f"the last screen has no {missing[0]}", *evidence)
    return failed(f"the last screen lacks {_listed(missing)}", *evidence)


def _listed(parts: list[str]) -> str:
    """'a label, a return number and next steps'."""
    words = [p if p == "next steps" else f"a {p}" for p in parts]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


CHECK = Check(
    id="confirmation-next-steps",
    lesson="simple-returns",
    title="The confirmation tells the shopper what to do next",
    failure_title="The confirmation leaves the shopper guessing",
    why="Without a label, a return number and the next steps, shoppers write to support to "
        "ask what happens now.",
    how_to_fix="End the flow with the label (or QR code), the return number and numbered next "
               "steps, and email the same.",
    evaluate=evaluate,
)
