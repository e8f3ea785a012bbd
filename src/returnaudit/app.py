"""What the commands do, away from option parsing: load, audit, report, decide the exit code."""

from __future__ import annotations

import asyncio
import re
import unicodedata
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from .artifacts import Artifacts
from .browser.audit import AuditOptions, audit_all
from .errors import UsageError
from .redact import Redactor
from .report import Report, build_report
from .reporters.json_report import render_json, write_json
from .reporters.terminal import render_terminal
from .scenario import Scenario, load_scenario


@dataclass(frozen=True)
class Outputs:
    """Where reports go."""

    out_dir: Path = Path("reports")
    json_path: str | None = None
    quiet: bool = False


def load_all(paths: Sequence[Path], base_url: str | None = None) -> list[Scenario]:
    """Every scenario validated before any browser starts (the first error stops the run)."""
    scenarios = [load_scenario(p) for p in paths]
    return [s.with_base_url(base_url) for s in scenarios] if base_url else scenarios


def audit(scenarios: Sequence[Scenario], options: AuditOptions, outputs: Outputs,
          console: Console) -> list[Report]:
    """Audit the scenarios, show and write each report as it completes."""
    if outputs.json_path and len(scenarios) > 1:
        raise UsageError("--json takes a single scenario; use --out-dir for several")
    reports: dict[int, Report] = {}

    async def done(scenario: Scenario, artifacts: Artifacts) -> None:
        report = _report(scenario, artifacts)
        reports[id(scenario)] = report
        _write(report, scenario, outputs, console)

    with console.status("Auditing…") if not outputs.quiet else nullcontext():
        asyncio.run(audit_all(scenarios, options, done))
    return [reports[id(s)] for s in scenarios]


def _report(scenario: Scenario, artifacts: Artifacts) -> Report:
    """Secrets are masked once, in the artifacts, so nothing downstream can show them."""
    clean = Artifacts.from_dict(Redactor(scenario.secrets).data(artifacts.to_dict()))
    return build_report(clean, scenario.budgets)


def _write(report: Report, scenario: Scenario, outputs: Outputs, console: Console) -> None:
    if not outputs.quiet:
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


def slug(name: str) -> str:
    """A file-name-safe version of a scenario name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return text[:80] or "scenario"
