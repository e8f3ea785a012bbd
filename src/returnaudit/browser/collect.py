"""Audit one scenario in a fresh browser context: flow, footer link, policy page -> Artifacts."""

from __future__ import annotations

import asyncio
import os
import sys
import time
import traceback
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol, TypeVar

from playwright.async_api import BrowserContext, Error, Playwright

from returnaudit import __version__
from returnaudit.artifacts.model import (
    Artifacts,
    FlowArtifact,
    PageSnapshot,
    RunError,
    ScenarioInfo,
)
from returnaudit.browser.discover import Discovery, Found
from returnaudit.browser.options import CollectOptions
from returnaudit.browser.pace import Pace, paced_gate, watch
from returnaudit.browser.runner import FlowRunner, OnStep
from returnaudit.browser.session import BrowserSession, open_browser
from returnaudit.browser.withdrawal import probe_withdrawal, walk_withdrawal
from returnaudit.lang.packs import locale_for
from returnaudit.lib.errors import first_line
from returnaudit.lib.files import slug
from returnaudit.lib.phases import mark
from returnaudit.scenario import Scenario

OnDone = Callable[[Scenario, Artifacts], Coroutine[Any, Any, None]]
DISCOVERY_TABS = 3
"""Tabs reading the pages around the policy at once, when the run has capacity to spare."""
T = TypeVar("T")


class Watcher(Protocol):
    """Told what a run is doing, for progress displays."""

    def started(self, scenario: Scenario) -> None: ...
    def step(self, scenario: Scenario, index: int, total: int, what: str) -> None: ...


async def collect_all(scenarios: Sequence[Scenario], options: CollectOptions,
                    on_done: OnDone | None = None, driver: Playwright | None = None,
                    watcher: Watcher | None = None) -> list[Artifacts]:
    """One browser for the run, `jobs` contexts at a time (`auto`: as many as the cores and
    the stores' waits call for, chosen again as the run goes); results in the scenarios'
    order. Each store's `on_done` runs as its audit ends, beside the audits still running,
    and the browser closes while the last ones finish.

    Each scenario is isolated: its own context, and any failure becomes its report.
    """
    gate, pace = paced_gate(options.jobs, len(scenarios))
    # Every scenario has a slot of its own: spare capacity for reading discovery pages
    # several at a time (see Discovery).
    tabs = DISCOVERY_TABS if len(scenarios) <= (options.jobs or 1) else 1
    done: list[asyncio.Task[None]] = []
    async with open_browser(options.browser, driver) as session:

        async def one(scenario: Scenario) -> Artifacts:
            async with gate.slot():
                _raise_failed(done)  # a report that could not be written stops the run
                if watcher is not None:
                    watcher.started(scenario)
                on_step = partial(watcher.step, scenario) if watcher is not None else None
                started = datetime.now(UTC).isoformat(timespec="seconds")
                try:
                    result = await collect_scenario(session, scenario, options, on_step, tabs,
                                                    pace)
                except Exception as exc:  # one store's crash is its own row
                    result = _crashed(scenario, started, exc)
            if on_done is not None:
                done.append(asyncio.create_task(on_done(scenario, result)))
            return result

        try:
            results = list(await asyncio.gather(*(one(s) for s in scenarios)))
        except BaseException:
            for task in done:
                task.cancel()
            raise
    await asyncio.gather(*done)
    if os.environ.get("RETURNAUDIT_DEBUG"):  # what `--jobs auto` chose, for benchmarks/
        print(f"returnaudit: at most {gate.peak} audits at once "
              f"({'auto' if options.jobs is None else options.jobs})", file=sys.stderr)
    return results


def _raise_failed(done: Sequence[asyncio.Task[None]]) -> None:
    for task in done:
        if task.done() and not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]


async def collect_scenario(session: BrowserSession, scenario: Scenario, options: CollectOptions,
                           on_step: OnStep | None = None, tabs: int = 1,
                           pace: Pace | None = None) -> Artifacts:
    """Run the flow, find and follow the footer's returns link; failures become data."""
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    clock = time.perf_counter()
    errors: list[RunError] = []
    found = Found(None)
    withdrawal: FlowRunner | None = None
    context = await session.new_context(locale=locale_for(scenario.language))
    watched = watch(pace, context)
    trace: str | None = None
    try:
        if options.run.trace != "off":
            await context.tracing.start(screenshots=True, snapshots=True)
        page = await context.new_page()
        page.set_default_timeout(options.run.step_timeout_s * 1000)
        mark("browser", "context and page")
        runner = FlowRunner(page, scenario, options.run, on_step)
        # One time limit covers the whole scenario: the flow, then discovery.
        deadline = clock + options.scenario_timeout_s
        _, failure = await _bounded(runner.run(), deadline, options)
        if failure is not None:
            runner.abort(failure)
            errors.append(RunError("scenario", failure))
        elif runner.entry is not None:
            finding = _discover(context, runner, scenario, options.run.step_timeout_s, tabs)
            discovered, failure = await _bounded(finding, deadline, options)
            if failure is not None:
                errors.append(RunError("scenario", failure))
            found = discovered or found
            if scenario.withdrawal_steps and failure is None:
                withdrawal, failure = await _bounded(
                    walk_withdrawal(context, scenario, options.run), deadline, options)
                if failure is not None:
                    errors.append(RunError("withdrawal", failure))
        if options.run.trace != "off":
            failed = runner.entry is None or runner.status == "failed"
            trace = await _stop_trace(context, scenario, options, keep=failed or
                                      options.run.trace == "on")
    finally:
        await _close(context)
        watched()
        mark("shutdown", "context close")
    if found.policy is not None and found.policy.error:
        errors.append(RunError("policy", found.policy.error))
    if runner.entry is None:
        errors.insert(0, RunError("store", runner.entry_error or "the store could not be opened"))
    return Artifacts(
        scenario=_info(scenario), tool_version=__version__, started_at=started_at,
        duration_ms=int((time.perf_counter() - clock) * 1000),
        # A timeout or a browser failure leaves the audit incomplete: that is an error, not
        # a verdict on the store (a page of the store's that never loads fails its step).
        status="completed" if runner.entry is not None and not errors_of_run(errors)
        else "error",
        entry=runner.entry, pages=_pages(runner, found), flow=runner.artifact(),
        policy_page=found.policy, errors=tuple(errors), trace=trace,
        related_pages=tuple(found.related), shop_pages=tuple(found.shop),
        withdrawal=withdrawal.artifact() if withdrawal else None,
        withdrawal_pages=tuple(withdrawal.snapshots.values()) if withdrawal else (),
        withdrawal_probe=found.withdrawal,
    )


def _info(scenario: Scenario) -> ScenarioInfo:
    return ScenarioInfo(scenario.name, scenario.file, scenario.store_url, scenario.language,
                        scenario.market)


def _pages(runner: FlowRunner, found: Found) -> tuple[PageSnapshot, ...]:
    """The flow's screens in the order first seen (its steps point into them by index), then
    the policy page if the flow did not see it."""
    pages = list(runner.snapshots.values())
    if found.snapshot is not None and found.snapshot not in pages:
        pages.append(found.snapshot)
    return tuple(pages)


def _crashed(scenario: Scenario, started_at: str, exc: Exception) -> Artifacts:
    """The report of a scenario whose audit blew up (the browser died under it, or a defect of
    this tool's): an error for this store alone; the run goes on with the others."""
    if os.environ.get("RETURNAUDIT_DEBUG"):
        traceback.print_exception(exc)
    text = first_line(exc, "")
    what = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    message = (f"the browser failed: {text or type(exc).__name__}" if isinstance(exc, Error)
               else f"the audit crashed ({what}); set RETURNAUDIT_DEBUG=1 for the traceback, "
                    "and please report it")
    return Artifacts(
        scenario=_info(scenario),
        tool_version=__version__, started_at=started_at, duration_ms=0, status="error",
        entry=None, pages=(), flow=FlowArtifact("not_run", (), None, None, 0),
        policy_page=None,
        errors=(RunError("scenario", message),))


async def _bounded(work: Coroutine[Any, Any, T], deadline: float,
                   options: CollectOptions) -> tuple[T | None, str | None]:
    """Run `work` until the scenario's deadline: its result, or why it did not finish."""
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        work.close()
        return None, f"the scenario did not finish within {options.scenario_timeout_s:g} s"
    try:
        return await asyncio.wait_for(work, remaining), None
    except TimeoutError:
        return None, f"the scenario did not finish within {options.scenario_timeout_s:g} s"
    except Error as exc:  # the browser failed us (crash, closed page)
        return None, f"the browser failed: {first_line(exc)}"


async def _discover(context: BrowserContext, runner: FlowRunner, scenario: Scenario,
                    timeout_s: float, tabs: int) -> Found:
    assert runner.entry is not None
    discovery = Discovery(context, runner.snapshots.values(), timeout_s, runner.page, tabs)
    policy_url = scenario.resolve(scenario.policy_url) if scenario.policy_url else None
    try:
        found = await discovery.run(runner.entry, policy_url)
        if not scenario.withdrawal_steps and scenario.market != "other":
            found.withdrawal = await probe_withdrawal(
                await discovery.main_page(), runner.entry, found.snapshot,
                discovery.cache, timeout_s * 1000)
        return found
    finally:
        await discovery.close()


async def _stop_trace(context: BrowserContext, scenario: Scenario, options: CollectOptions, *,
                      keep: bool) -> str | None:
    path = options.run.traces_dir / f"{slug(scenario.name)}.zip" if keep else None
    try:
        await context.tracing.stop(path=str(path) if path else None)
    except Error:
        return None
    return str(path) if path else None


async def _close(context: BrowserContext) -> None:
    try:
        await context.close()
    except Error:
        return


def errors_of_run(errors: list[RunError]) -> bool:
    """Whether the tool itself could not finish the scenario."""
    return any(error.where == "scenario" for error in errors)
