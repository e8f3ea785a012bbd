"""What the commands do, away from option parsing: load, audit, report, decide the exit code."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from .browser.options import AuditOptions
from .errors import UsageError
from .files import slug

if TYPE_CHECKING:
    from .artifacts import Artifacts
    from .report import Report
    from .scenario import Scenario


@dataclass(frozen=True)
class Outputs:
    """Where reports go."""

    out_dir: Path = Path("reports")
    json_path: str | None = None
    quiet: bool = False


def load_all(paths: Sequence[Path], base_url: str | None = None) -> list[Scenario]:
    """Every scenario validated before any browser starts (the first error stops the run)."""
    from .scenario import load_scenario

    scenarios = [load_scenario(p) for p in paths]
    return [s.with_base_url(base_url) for s in scenarios] if base_url else scenarios


def audit(load: Callable[[], Sequence[Scenario]], options: AuditOptions, outputs: Outputs,
          console: Console) -> list[Report]:
    """Validate the scenarios (`load`), audit them, show and write each report as it completes.

    Playwright's driver (a separate process, not a browser) boots while the rest of the
    program is imported and `load` validates, on a worker thread: on two cores the two overlap
    instead of adding up. No browser starts unless every scenario is valid.
    """
    from .browser.session import start_driver

    reports: dict[int, Report] = {}

    async def done(scenario: Scenario, artifacts: Artifacts) -> None:
        report = _report(scenario, artifacts)
        reports[id(scenario)] = report
        _write(report, scenario, outputs, console)

    async def main() -> list[Scenario]:
        booting = asyncio.create_task(start_driver())
        try:
            scenarios = list(await asyncio.to_thread(_import_and_load, load))
            if outputs.json_path and len(scenarios) > 1:
                raise UsageError("--json takes a single scenario; use --out-dir for several")
        except BaseException:
            await (await booting).stop()
            raise
        from .browser.audit import audit_all

        with console.status("Auditing…") if not outputs.quiet else nullcontext():
            driver = await booting
            try:
                await audit_all(scenarios, options, done, driver)
            finally:
                await driver.stop()
        return scenarios

    return [reports[id(s)] for s in asyncio.run(main())]


def _import_and_load(load: Callable[[], Sequence[Scenario]]) -> Sequence[Scenario]:
    """Import what the audit needs, then validate; run on a thread while the driver boots."""
    from .browser import audit  # noqa: F401  (the import is the work)
    from .reporters import json_report  # noqa: F401

    return load()


def _report(scenario: Scenario, artifacts: Artifacts) -> Report:
    """Secrets are masked once, in the artifacts, so nothing downstream can show them."""
    from .artifacts import Artifacts
    from .redact import Redactor
    from .report import build_report

    if scenario.secrets:
        artifacts = Artifacts.from_dict(Redactor(scenario.secrets).data(artifacts.to_dict()))
    return build_report(artifacts, scenario.budgets)


def _write(report: Report, scenario: Scenario, outputs: Outputs, console: Console) -> None:
    from .reporters.json_report import render_json, write_json

    if not outputs.quiet:
        from .reporters.terminal import render_terminal  # rich tables only when shown

        render_terminal(report, console)
    if outputs.json_path == "-":
        print(render_json(report), end="")
        return
    path = Path(outputs.json_path) if outputs.json_path else (
        outputs.out_dir / f"{slug(scenario.name)}.json")
    write_json(report, path)
    if not outputs.quiet:
        console.print(f"[dim]JSON report:[/] {path}")


def exit_code(reports: Sequence[Report]) -> int:
    """3 when an audit could not run, 1 when a gate failed, else 0 (DESIGN.md §2)."""
    if any(r.status == "error" for r in reports):
        return 3
    return 0 if all(r.passed for r in reports) else 1
