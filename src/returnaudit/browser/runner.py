"""Run a scenario's flow in one page: each step recorded with what was clicked and the screen it
led to (raw facts; `analysis` decides which steps push the shopper to support)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from playwright.async_api import ElementHandle, Error, Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from returnaudit.artifacts.model import (
    ClickTarget,
    ContactNote,
    FlowArtifact,
    FlowFailure,
    PageSnapshot,
    StepRecord,
)
from returnaudit.browser import actions, consent
from returnaudit.browser.gather import Read, Screen, read_screen, snapshot, snapshot_from_raw
from returnaudit.browser.options import RunOptions
from returnaudit.browser.records import unfinished
from returnaudit.browser.targets import (
    TargetNotFoundError,
    visible_choices,
    wanted_text,
    why_failed,
)
from returnaudit.lib.files import slug
from returnaudit.lib.phases import mark
from returnaudit.lib.redact import Redactor
from returnaudit.scenario import Scenario
from returnaudit.scenario.models import (
    ClickStep,
    ContactStep,
    OpenStep,
    Step,
    action_of,
)

INTERACTIONS = {"click", "fill", "select", "check", "press"}
FIELDS = {"fill", "select", "check"}
OnStep = Callable[[int, int, str], None]
"""Told (index, total, what) as each step starts: for progress displays."""
# The goal is checked at once; if it does not hold, once more when the last page has settled:
# loaded, no request in flight, the DOM unchanged for GOAL_QUIET_MS (at most GOAL_SETTLE_MS).
# A missing goal then costs a store whose shopper cannot finish a fraction of a second, while
# a confirmation rendered after a slow request is still seen.
GOAL_QUIET_MS = 150
GOAL_SETTLE_MS = 3_000
STOPPED_MESSAGE = "not run: submit step on a non-loopback host (use --allow-submit)"


@dataclass
class _Pending:
    index: int
    action: str
    target: str
    before: Screen | None
    started: float
    clicked: ClickTarget | None
    contact: ContactNote | None
    notes: list[str] = field(default_factory=list)
    counted: bool = True
    """False for a step that did nothing (a banner it would accept was already gone)."""


class FlowRunner:
    """Executes steps in order; state is kept on the object so a timeout still yields a report."""

    def __init__(self, page: Page, scenario: Scenario, options: RunOptions,
                 on_step: OnStep | None = None) -> None:
        self.page = page
        self.network = actions.Network(page)
        self.on_step = on_step
        self.scenario = scenario
        self.options = options
        self.redact = Redactor(scenario.secrets)
        self.records: list[StepRecord] = []
        self.snapshots: dict[tuple[str, str | None], PageSnapshot] = {}
        """Each screen read once, in the order first seen (the artifacts' `pages`)."""
        self.entry: PageSnapshot | None = None
        self.entry_error: str | None = None
        self.status = "not_run"
        self.failure: FlowFailure | None = None
        self.goal_met: bool | None = None
        self._pending: _Pending | None = None
        self._started = time.perf_counter()
        self._last_status: int | None = None
        self._accepted: str | None = None
        """The label of the cookie banner button accepted automatically, if any."""

    @property
    def timeout_ms(self) -> float:
        return self.options.step_timeout_s * 1000

    async def run(self) -> None:
        """Run every step, then check the goal; failures end the flow and are recorded."""
        self._started = time.perf_counter()
        steps = list(self.scenario.steps)
        if not steps or not isinstance(steps[0], OpenStep):
            steps.insert(0, OpenStep(url=self.scenario.store_url))
        self.status = "running"
        for index, step in enumerate(steps):
            if self.on_step is not None:
                self.on_step(index, len(steps), f"{action_of(step)} {self._describe(step)}")
            if self._must_stop_before(step):
                self._skip_rest(steps, index, "stopped")
                self.status = "stopped_before_submit"
                break
            if not await self._run_step(index, step):
                self._skip_rest(steps, index + 1, "skipped")
                self.status = "failed"
                break
        await self._finish()

    def artifact(self) -> FlowArtifact:
        """The flow as run so far (complete after `run`, partial after a timeout)."""
        goal = self.scenario.goal
        goal_text = goal.text or goal.selector or goal.url if goal else None
        status = "failed" if self.status == "running" else self.status
        return FlowArtifact(
            status=status if self.scenario.steps else "not_run",
            steps=tuple(sorted(self.records, key=lambda r: r.index)),
            goal=goal_text,
            goal_met=self.goal_met,
            duration_ms=int((time.perf_counter() - self._started) * 1000),
            failure=self.failure,
        )

    def abort(self, message: str) -> None:
        """Record that the whole scenario ran out of time at the current step."""
        index = self._pending.index if self._pending else len(self.records)
        if self._pending is not None:
            self._close_pending("failed", message)
        self.status = "failed"
        self.failure = self.failure or FlowFailure(index, "", message, self.page.url, None, ())

    def _must_stop_before(self, step: Step) -> bool:
        submit = isinstance(step, ClickStep) and step.submit
        return submit and not self.scenario.is_loopback and not self.options.allow_submit

    async def _run_step(self, index: int, step: Step) -> bool:
        action = action_of(step)
        started = time.perf_counter()
        if self._accepted and await consent.already_accepted(self.page, step):
            await self._enter(index, action, step, started, None)
            if self._pending is not None:
                self._pending.notes.append(consent.ALREADY_ACCEPTED)
                self._pending.counted = False
            return True
        try:
            locator = await actions.resolve(self.page, step, self.timeout_ms)
            mark("wait", index, action, "(its target)")
            await self._enter(index, action, step, started, locator)
            status = await actions.perform(self.page, step, locator, self.scenario,
                                           self.timeout_ms)
            mark("act", index, action)
            if isinstance(step, OpenStep):
                self._last_status = status
                await self._after_open()
                mark("act", index, "cookie banner check")
        except (TargetNotFoundError, actions.StepError, PlaywrightTimeout, Error) as exc:
            await self._fail(index, action, step, started, why_failed(exc, self.timeout_ms))
            return False
        return True

    async def _enter(self, index: int, action: str, step: Step, started: float,
                     locator: ElementHandle | None) -> None:
        """The step's target is there: the previous step's screen is now known."""
        element = locator if isinstance(step, ClickStep) else None
        ended = time.perf_counter()
        read = await self._read(element)
        mark("read", index, "screen, target, new page")
        await self._close_screen(read, ended)
        contact = (ContactNote(step.channel, self.redact.text(step.note) if step.note else None)
                   if isinstance(step, ContactStep) else None)
        self._pending = _Pending(index, action, self._describe(step), read.screen, started,
                                 self._redacted(read.target), contact)

    async def _read(self, element: ElementHandle | None = None, *, close: bool = True) -> Read:
        """The screen now and, given an element, what it is; when it closes the pending step
        (`close`) on a screen not read yet, the whole page too: one evaluation per step."""
        pending = self._pending if close else None
        known = None
        if pending is not None:
            before = [pending.before] if pending.before is not None else []
            known = [*before, *(Screen(url, heading) for url, heading in self.snapshots)]
        return await read_screen(self.page, element, known)

    async def _after_open(self) -> None:
        if not self.options.accept_cookies:
            return
        label = await consent.accept(self.page)
        self._accepted = self._accepted or label
        if label and self._pending is not None:
            self._pending.notes.append(f"dismissed a cookie banner ('{label}')")

    async def _close_screen(self, read: Read, ended: float) -> None:
        """Finish the pending step now that the screen it led to is `read`; it took until
        `ended`."""
        pending = self._pending
        if pending is None:
            return
        now = read.screen
        took = ended - pending.started
        new = now.differs_from(pending.before)
        page = await self._snapshot(read) if new else None
        shot = await self._screenshot(pending.index, pending.action)
        self.records.append(StepRecord(
            index=pending.index, action=pending.action, target=pending.target,
            url_before=self.redact.text(pending.before.url) if pending.before else None,
            url_after=self.redact.text(now.url), heading_after=now.heading, new_screen=new,
            interaction=pending.counted and pending.action in INTERACTIONS,
            field=pending.counted and pending.action in FIELDS,
            duration_ms=int(took * 1000),
            status="passed", screenshot=shot, notes=tuple(pending.notes),
            clicked=pending.clicked, contact=pending.contact, page=page,
        ))
        self._pending = None

    async def _snapshot(self, read: Read) -> int:
        """The screen read once (by `read` itself, as a rule): its index among the snapshots."""
        key = (read.screen.url, read.screen.heading)
        if key not in self.snapshots:
            self.snapshots[key] = (snapshot_from_raw(read.page, self._last_status)
                                   if read.page is not None
                                   else await snapshot(self.page, self._last_status))
        if self.entry is None:
            self.entry = self.snapshots[key]
        return list(self.snapshots).index(key)

    def _redacted(self, target: ClickTarget | None) -> ClickTarget | None:
        if target is None:
            return None
        href = self.redact.text(target.href) if target.href else target.href
        return ClickTarget(self.redact.text(target.text), href, self.redact.text(target.attributes))

    async def _screenshot(self, index: int, action: str) -> str | None:
        if self.options.screenshots_dir is None:
            return None
        folder = self.options.screenshots_dir / slug(self.scenario.name)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"step-{index:02d}-{action}.png"
        try:
            await self.page.screenshot(path=str(path), timeout=self.timeout_ms)
        except Error:
            return None
        return str(path)

    async def _fail(self, index: int, action: str, step: Step, started: float,
                    message: str) -> None:
        message = self.redact.text(message)
        # The wait for this step's missing target is this step's time, not the last one's.
        closing = self._pending is not None and self._pending.index != index
        read = await self._read(close=closing)
        now = read.screen
        if closing:
            await self._close_screen(read, started)
        wanted = wanted_text(step)
        choices = await visible_choices(self.page, wanted) if wanted else ()
        self.failure = FlowFailure(index, self._describe(step), message,
                                   self.redact.text(now.url), now.heading, choices)
        shot = await self._screenshot(index, f"{action}-failed")
        self._pending = None
        self.records.append(unfinished(
            index, action, self._describe(step), "failed", started=started,
            url_before=self.redact.text(now.url), heading_after=now.heading, error=message,
            screenshot=shot))
        if index == 0:
            self.entry_error = message

    def _close_pending(self, status: str, error: str) -> None:
        """End the pending step where it stands (its screen did not change)."""
        pending = self._pending
        if pending is None:
            return
        now = pending.before
        self.records.append(unfinished(
            pending.index, pending.action, pending.target, status, started=pending.started,
            url_before=now.url if now else None, url_after=now.url if now else None,
            heading_after=now.heading if now else None, error=error))
        self._pending = None

    def _skip_rest(self, steps: list[Step], start: int, status: str) -> None:
        """Record the steps that will not run: the first as `status`, the rest as skipped."""
        for index in range(start, len(steps)):
            step = steps[index]
            first = index == start
            self.records.append(unfinished(
                index, action_of(step), self._describe(step),
                status if first else "skipped",
                error=STOPPED_MESSAGE if first and status == "stopped" else None))

    async def _finish(self) -> None:
        if self._pending is not None:
            await actions.settle(self.page, self.timeout_ms)
            mark("wait", "last screen")
            ended = time.perf_counter()
            await self._close_screen(await self._read(), ended)
            mark("read", "last screen")
        if self.status != "running":
            return
        goal = self.scenario.goal
        if goal is not None:
            cap = min(self.timeout_ms, GOAL_SETTLE_MS)
            self.goal_met = await actions.goal_holds(self.page, goal, self.network,
                                                     GOAL_QUIET_MS, cap)
            mark("wait", "goal check")
        self.status = "completed" if self.goal_met in (True, None) else "failed"
        if self.goal_met is False and goal is not None:
            message = f"goal not met: {actions.goal_missed(goal)}"
            self.failure = FlowFailure(len(self.records), "goal", message,
                                       self.redact.text(self.page.url), None, ())

    def _describe(self, step: Step) -> str:
        text = step.describe() if hasattr(step, "describe") else ""
        value = getattr(step, "value", None) or getattr(step, "option", None)
        if value is not None:
            text = f"{text} = '{value}'"
        return self.redact.text(text)
