"""The EU withdrawal function's path of a scenario (`withdrawal:`), walked after the return
flow in its own tab by the same runner, so it is counted the same way."""

from __future__ import annotations

from playwright.async_api import BrowserContext

from returnaudit.browser.options import RunOptions
from returnaudit.browser.runner import FlowRunner
from returnaudit.scenario import Scenario


async def walk_withdrawal(context: BrowserContext, scenario: Scenario,
                          options: RunOptions) -> FlowRunner:
    """Run the withdrawal path (a `submit: true` step stops before a live store, as in the
    return flow); the runner holds its steps and the screens it read."""
    page = await context.new_page()
    page.set_default_timeout(options.step_timeout_s * 1000)
    runner = FlowRunner(page, scenario.withdrawal_path(), options)
    try:
        await runner.run()
    finally:
        await page.close()
    return runner
