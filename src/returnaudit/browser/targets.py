"""Turn a step's target into a Playwright locator, waiting for it; explain when it is missing."""

from __future__ import annotations

import difflib

from playwright.async_api import ElementHandle, Error, Locator, Page
from playwright.async_api import TimeoutError as PlaywrightTimeout

from returnaudit.lib.errors import first_line
from returnaudit.lib.wording import shorten
from returnaudit.scenario.models import ExpectStep, Step, WaitStep
from returnaudit.scenario.models import Locator as Target

SCOPES = {
    "footer": "footer, [role=contentinfo]",
    "header": "header, [role=banner]",
    "nav": "nav, [role=navigation]",
    "main": "main, [role=main]",
}


class TargetNotFoundError(Exception):
    """The step's element did not appear within the step timeout."""


def _scope(page: Page, where: str | None) -> Page | Locator:
    if where is None:
        return page
    return page.locator(SCOPES.get(where, where))


def _candidates(page: Page, target: Target, *, exact: bool) -> Locator:
    """Every element the target could mean, most specific kinds first."""
    scope = _scope(page, target.in_)
    if target.selector is not None:
        return scope.locator(target.selector)
    if target.role is not None:
        return scope.get_by_role(target.role, name=target.name, exact=exact)  # type: ignore[arg-type]
    if target.field is not None:
        name = target.field
        quoted = name.replace('"', '\\"')
        return (scope.get_by_label(name, exact=exact)
                .or_(scope.get_by_placeholder(name, exact=exact))
                .or_(scope.locator(f'[name="{quoted}"]')))
    text = target.text or ""
    return (scope.get_by_role("link", name=text, exact=exact)
            .or_(scope.get_by_role("button", name=text, exact=exact))
            .or_(scope.get_by_text(text, exact=exact)))


async def find(page: Page, target: Target, timeout_ms: float) -> ElementHandle:
    """The first visible element for the target, preferring exact name matches.

    It comes back as a handle: resolving role/name locators is the costly part of a step, and
    the step reads the element and acts on it without resolving it again.
    """
    exact_locator = _candidates(page, target, exact=True).filter(visible=True)
    exact = await exact_locator.element_handles()  # usually there already: one query
    if not exact:
        loose = _candidates(page, target, exact=False).filter(visible=True)
        try:
            await loose.first.wait_for(state="visible", timeout=timeout_ms)
        except PlaywrightTimeout:
            raise TargetNotFoundError(f"{target.describe()} not found on the page "
                                      f"within {timeout_ms / 1000:g} s") from None
        exact = await exact_locator.element_handles()
        if not exact:
            return await loose.first.element_handle(timeout=timeout_ms)
    for extra in exact[1:]:
        await extra.dispose()
    return exact[0]


def wanted_text(step: Step) -> str:
    """The text a step looks for, to rank the page's choices when it is missing."""
    if isinstance(step, Target):
        return step.text or step.name or step.field or step.selector or ""
    if isinstance(step, ExpectStep | WaitStep):
        return step.text or ""
    return ""


def why_failed(exc: BaseException, timeout_ms: float) -> str:
    """The error's first line, or, when something lay over the element (a cookie wall, a
    pop-up, a sticky banner), what it was: Playwright tells it only in its call log."""
    covered = [line.strip(" -") for line in str(exc).splitlines()
               if line.endswith(" intercepts pointer events")]
    if covered:
        what = covered[-1].removesuffix(" intercepts pointer events")
        return (f"the click did not land within {timeout_ms / 1000:g} s: another element "
                f"covers the target: {shorten(what, 160)}")
    return first_line(exc)


async def visible_choices(page: Page, wanted: str, limit: int = 12) -> tuple[str, ...]:
    """Texts of visible links, buttons and labels, the closest to `wanted` first (evidence)."""
    try:
        texts: list[str] = await page.evaluate(
            """() => [...document.querySelectorAll(
                    'a, button, [role=button], label, input[type=submit]')]
                .filter((e) => e.getClientRects().length)
                .map((e) => (e.innerText || e.value || e.getAttribute('aria-label') || '')
                     .replace(/\\s+/g, ' ').trim())
                .filter((t) => t && t.length < 80)"""
        )
    except Error:
        return ()
    unique = list(dict.fromkeys(texts))
    close = difflib.get_close_matches(wanted, unique, n=limit, cutoff=0.3)
    rest = [t for t in unique if t not in close]
    return tuple((close + rest)[:limit])
