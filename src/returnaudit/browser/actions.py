"""What each action does in the page, given the element its target resolved to."""

from __future__ import annotations

import asyncio
import contextlib

from playwright.async_api import ElementHandle, Error, Locator, Page, Request
from playwright.async_api import TimeoutError as PlaywrightTimeout

from returnaudit.browser import targets
from returnaudit.lib.errors import first_line
from returnaudit.lib.net_errors import explain
from returnaudit.scenario import Scenario
from returnaudit.scenario.models import (
    CheckStep,
    ClickStep,
    ContactStep,
    ExpectStep,
    FillStep,
    Goal,
    OpenStep,
    PressStep,
    ScreenshotStep,
    SelectStep,
    Step,
    WaitStep,
)
from returnaudit.scenario.models import Locator as Target


class StepError(Exception):
    """An action could not be completed; the message is shown in the report."""


async def resolve(page: Page, step: Step, timeout_ms: float) -> ElementHandle | None:
    """Wait for the step's element; None for steps that act on the page or only wait."""
    if isinstance(step, Target):
        return await targets.find(page, step, timeout_ms)
    if isinstance(step, PressStep) and (step.field or step.selector):
        return await targets.find(page, Target(field=step.field, selector=step.selector),
                                  timeout_ms)
    if isinstance(step, ExpectStep | WaitStep) and (step.text or step.selector):
        scope = step.in_ if isinstance(step, ExpectStep) else None
        await _wait_visible(page, step.text, step.selector, scope, timeout_ms)
    return None


async def _wait_visible(page: Page, text: str | None, selector: str | None, scope: str | None,
                        timeout_ms: float) -> Locator:
    root: Page | Locator = page if scope is None else page.locator(
        targets.SCOPES.get(scope, scope))
    locator = root.locator(selector) if selector else root.get_by_text(text or "")
    locator = locator.filter(visible=True).first
    try:
        await locator.wait_for(state="visible", timeout=timeout_ms)
    except PlaywrightTimeout:
        what = f"text '{text}'" if text else f"an element matching '{selector}'"
        raise targets.TargetNotFoundError(
            f"{what} did not appear within {timeout_ms / 1000:g} s") from None
    return locator


async def perform(page: Page, step: Step, element: ElementHandle | None, scenario: Scenario,
                  timeout_ms: float) -> int | None:
    """Do the step; returns the HTTP status for `open`."""
    if isinstance(step, OpenStep):
        return await _open(page, scenario.resolve(step.url), timeout_ms)
    waited = isinstance(step, ExpectStep | WaitStep) and (step.text or step.selector)
    if isinstance(step, ContactStep) or waited:
        return None
    if isinstance(step, ExpectStep | WaitStep):
        await _wait_page(page, step, timeout_ms)
        return None
    if isinstance(step, ScreenshotStep):
        return None
    assert element is not None or isinstance(step, PressStep)
    await _interact(page, step, element, timeout_ms)
    return None


async def _interact(page: Page, step: Step, element: ElementHandle | None,
                    timeout_ms: float) -> None:
    if isinstance(step, PressStep):
        if element is not None:
            await element.press(step.key, timeout=timeout_ms)
        else:
            await page.keyboard.press(step.key)
        return
    assert element is not None
    if isinstance(step, ClickStep):
        await element.click(timeout=timeout_ms)
    elif isinstance(step, FillStep):
        await element.fill(step.value, timeout=timeout_ms)
    elif isinstance(step, SelectStep):
        await _select(element, step.option, timeout_ms)
    elif isinstance(step, CheckStep):
        await element.check(timeout=timeout_ms)


async def _select(element: ElementHandle, option: str, timeout_ms: float) -> None:
    try:
        await element.select_option(label=option, timeout=timeout_ms)
    except PlaywrightTimeout:
        options: list[str] = await element.evaluate(
            "(s) => [...(s.options || [])].map((o) => o.label)")
        raise StepError(f"no option '{option}'; the options are: "
                        + ", ".join(f"'{o}'" for o in options if o)) from None


async def _open(page: Page, url: str, timeout_ms: float) -> int | None:
    try:
        response = await page.goto(url, wait_until="commit", timeout=timeout_ms)
    except Error as exc:
        raise StepError(f"could not open {url}: {_net_reason(exc)}") from None
    status = response.status if response else None
    try:
        await page.wait_for_load_state("domcontentloaded", timeout=timeout_ms)
    except PlaywrightTimeout:
        raise StepError(f"{url} did not finish loading within {timeout_ms / 1000:g} s"
                        f" (HTTP {status})") from None
    if status is not None and status >= 400:
        raise StepError(f"{url} answered HTTP {status}")
    return status


def _net_reason(exc: Error) -> str:
    text = first_line(exc)
    for marker in ("net::", "NS_ERROR"):
        if marker in text:
            return explain(text[text.index(marker):].split(" ")[0])
    return text


async def _wait_page(page: Page, step: ExpectStep | WaitStep, timeout_ms: float) -> None:
    if isinstance(step, WaitStep) and step.seconds:
        # The user asked for a fixed pause in their scenario; the tool itself never sleeps.
        await asyncio.sleep(step.seconds)
        return
    if isinstance(step, WaitStep) and step.load:
        await page.wait_for_load_state(step.load, timeout=timeout_ms)
        return
    fragment = step.url or ""
    if isinstance(step, ExpectStep):
        if fragment not in page.url:
            raise StepError(f"expected the URL to contain '{fragment}', it is {page.url}")
        return
    await page.wait_for_url(lambda url: fragment in url, timeout=timeout_ms)


class Network:
    """The page's requests still in flight, from Playwright's events: nothing is injected into
    the page. Only requests that can change what the page shows are counted."""

    KINDS = frozenset({"document", "fetch", "xhr", "script"})

    def __init__(self, page: Page) -> None:
        self.pending: set[Request] = set()
        self.changed = asyncio.Event()
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _started(self, request: Request) -> None:
        if request.resource_type in self.KINDS:
            self.pending.add(request)

    def _ended(self, request: Request) -> None:
        if request in self.pending:
            self.pending.discard(request)
            self.changed.set()

    async def idle(self, timeout_s: float) -> bool:
        """Wait until nothing is in flight; False if `timeout_s` ran out first."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while self.pending:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), remaining)
        return True


# Resolves once the document has gone QUIET ms without a change (true), or after CAP ms (false).
# A MutationObserver and timers: no polling, nothing rendered while it waits.
_QUIET_JS = """([quiet, cap]) => new Promise((done) => {
  let timer = null;
  const finish = (settled) => { observer.disconnect(); clearTimeout(timer); clearTimeout(end);
                                done(settled); };
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => finish(true), quiet);
  });
  const end = setTimeout(() => finish(false), cap);
  observer.observe(document, {subtree: true, childList: true, characterData: true,
                              attributes: true});
  timer = setTimeout(() => finish(true), quiet);
})"""


async def settled(page: Page, network: Network, quiet_ms: float, cap_ms: float) -> bool:
    """Wait until the page is done changing: loaded, no request in flight that could change it,
    and no DOM change for `quiet_ms`; at most `cap_ms`. False if the cap came first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + cap_ms / 1000
    while (remaining := deadline - loop.time()) > 0:
        with contextlib.suppress(Error):
            await page.wait_for_load_state("load", timeout=remaining * 1000)
        if not await network.idle(deadline - loop.time()):
            return False
        try:
            quiet = await page.evaluate(_QUIET_JS, [quiet_ms, (deadline - loop.time()) * 1000])
        except Error:  # a navigation replaced the document: wait for the new one
            continue
        if not quiet:
            return False
        if not network.pending:
            return True
    return False


async def goal_holds(page: Page, goal: Goal, network: Network, quiet_ms: float,
                     cap_ms: float) -> bool:
    """Whether the goal holds on the last screen: checked at once, and if it does not hold yet,
    once more when the page has settled (see `settled`)."""
    if await _goal_now(page, goal):
        return True
    await settled(page, network, quiet_ms, cap_ms)
    return await _goal_now(page, goal)


def goal_missed(goal: Goal) -> str:
    """Why the goal does not hold, in words."""
    if goal.text:
        return f"text '{goal.text}' is not on the last screen"
    if goal.selector:
        return f"no element matches '{goal.selector}' on the last screen"
    return f"the last URL does not contain '{goal.url}'"


async def _goal_now(page: Page, goal: Goal) -> bool:
    """One look, no waiting: polling for an element renders frames the whole time."""
    for attempt in range(2):
        try:
            if goal.url:
                return goal.url in page.url
            locator = page.locator(goal.selector) if goal.selector else page.get_by_text(
                goal.text or "")
            return await locator.filter(visible=True).count() > 0
        except Error:
            if attempt == 0:
                await settle(page, 5_000)
    return False


async def settle(page: Page, timeout_ms: float) -> None:
    """Let a last navigation reach DOMContentLoaded before the final screen is read."""
    with contextlib.suppress(Error):
        await page.wait_for_load_state("domcontentloaded", timeout=timeout_ms)
