"""The commands that need no store: `validate` scenario files, print their `schema`, and find a
browser (`doctor`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from returnaudit.cli.console import err
from returnaudit.cli.options import BrowserOpt, CdpOpt, ConnectOpt, ScenarioArgs

if TYPE_CHECKING:
    from returnaudit.scenario import Scenario


def validate(scenarios: ScenarioArgs) -> int:
    """Check scenario files without a browser; errors name file:line:column and the field."""
    from returnaudit.lib.errors import ReturnAuditError
    from returnaudit.scenario import load_scenario
    from returnaudit.scenario.paths import expand_paths

    problems = 0
    for path in expand_paths(scenarios):
        try:
            scenario = load_scenario(path)
        except ReturnAuditError as exc:
            err.print(f"[bold red]✘[/] {exc}", soft_wrap=True, highlight=False)
            problems += 1
            continue
        err.print(f"[green]✔[/] {path}: {scenario.name} ({_steps(scenario)})",
                  highlight=False, soft_wrap=True)
    return 2 if problems else 0


def _steps(scenario: Scenario) -> str:
    """'12 steps', or '12 steps; withdrawal path: 7 steps'."""
    def counted(n: int) -> str:
        return f"{n} step{'s' * (n != 1)}"

    withdrawal = scenario.withdrawal_steps
    tail = f"; withdrawal path: {counted(len(withdrawal))}" if withdrawal else ""
    return counted(len(scenario.steps)) + tail


def schema() -> None:
    """Print the JSON Schema of the scenario format (for editors' YAML support)."""
    import json

    from returnaudit.scenario.schema import scenario_json_schema

    print(json.dumps(scenario_json_schema(), indent=2))


def doctor(
    *,
    browser: BrowserOpt = None,
    connect: ConnectOpt = None,
    cdp: CdpOpt = None,
) -> None:
    """Find a usable Chromium and start it once; say exactly how to get one if none."""
    from returnaudit.pipeline.doctor import check_browser

    for line in check_browser(browser=browser, connect=connect, cdp=cdp):
        err.print(f"[green]✔[/] {line}", highlight=False)
