"""Builders for the check tables: a policy page from text, a flow through screens, one audit."""

from __future__ import annotations

from dataclasses import replace

from returnaudit.analysis.derived import Analysis
from returnaudit.artifacts.model import (
    Artifacts,
    ClickTarget,
    FlowArtifact,
    FlowFailure,
    PageSnapshot,
    PolicyPage,
    RunError,
    StepRecord,
)
from returnaudit.checks import CHECKS
from returnaudit.checks.base import Result
from returnaudit.scoring.rubric import Rubric, default_rubric

from ..helpers import artifacts, page, step

HOME = "http://s/"
POLICY_URL = "http://s/returns"
FORM = "http://s/returns/start"
NO_FLOW = "not run: add a scenario with the return flow"
TIMEOUT = RunError("scenario", "the flow took longer than 120 s")
TIMED_OUT = "the flow could not be measured: the flow took longer than 120 s"
MISSING_BUTTON = FlowFailure(step=2, target="button 'Start a return'",
                             message="no element matches button 'Start a return'",
                             url=POLICY_URL, heading="Returns", candidates=("Contact us",))
NOT_COMPLETED = "no return could be completed online: no element matches button 'Start a return'"
NO_POLICY = "no returns policy was found to read"


def run(check_id: str, arts: Artifacts, rubric: Rubric | None = None) -> Result:
    """One check over hand-built artifacts, with the default rubric unless told."""
    return CHECKS[check_id].evaluate(Analysis(arts), rubric or default_rubric())


def verdict(result: Result) -> tuple[str, float | None, str]:
    return result.status.value, result.score, result.summary


def policy_page(text: str, *, title: str = "Returns", language: str | None = "en",
                clicks: int | None = 1, url: str = POLICY_URL,
                error: str | None = None) -> PolicyPage:
    return PolicyPage(url=url, via="footer", http_status=200, title=title, text=text,
                      language=language, error=error, clicks_from_home=clicks)


def with_policy(text: str, *, language: str | None = "en", **changes: object) -> Artifacts:
    """A store whose returns page says `text` (no flow run)."""
    return artifacts(policy_page=policy_page(text, language=language), **changes)


def without_policy(**changes: object) -> Artifacts:
    return artifacts(policy_page=None, **changes)


def go(index: int, url: str, *, action: str = "click", page: int | None = None,
       clicked: ClickTarget | None = None, status: str = "passed") -> StepRecord:
    """A step that lands on a new screen at `url` (the artifacts' pages[`page`], when given)."""
    step_ = step(index, action, new=True, clicked=clicked, page=page, status=status)
    return replace(step_, url_after=url)


def fill(index: int, target: str, *, status: str = "passed") -> StepRecord:
    """A form field filled on the returns form."""
    return replace(step(index, "fill", target=target, status=status),
                   url_before=FORM, url_after=FORM)


def flow(*steps: StepRecord, status: str = "completed", pages: tuple[PageSnapshot, ...] = (),
         failure: FlowFailure | None = None, **changes: object) -> Artifacts:
    """Artifacts of a flow run made of `steps`; `pages` are the screens it saw besides home."""
    entry = page(HOME)
    return artifacts(steps, flow=FlowArtifact(status, steps, None, None, 900, failure),
                     entry=entry, pages=(entry, *pages), **changes)


def walk(screens: int, *, fields: int = 0, status: str = "completed", **changes: object
         ) -> Artifacts:
    """Home, then `screens` screens reached by clicks, then `fields` fields filled."""
    steps = [go(0, HOME, action="open")]
    steps += [go(i, f"{HOME}return/{i}") for i in range(1, screens + 1)]
    steps += [fill(screens + i, f"field {i}") for i in range(1, fields + 1)]
    return flow(*steps, status=status, **changes)


def through(*screens: PageSnapshot, status: str = "completed", **changes: object) -> Artifacts:
    """A flow from home through each of `screens` in order (their text is what the checks read)."""
    steps = (go(0, HOME, action="open"),
             *(go(i, p.url) for i, p in enumerate(screens, start=1)))
    return flow(*steps, status=status, pages=screens, **changes)


def screen(url: str, text: str, **changes: object) -> PageSnapshot:
    """A flow screen with this main text."""
    return page(url, text=text, **changes)
