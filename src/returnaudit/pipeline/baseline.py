"""Baselines: compare each new report with a saved one (only --update-baseline replaces it),
and `compare` two saved reports."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from rich.console import Console

from returnaudit.lib.errors import UsageError
from returnaudit.lib.files import slug
from returnaudit.pipeline.verdict import GATE_FAILED
from returnaudit.report import Report
from returnaudit.report.compare import Comparison, compare
from returnaudit.report.model import Gate


@dataclass(frozen=True)
class Baseline:
    """`--baseline PATH`: a `.json` report (one scenario), or a folder of `<name>.json` reports
    (any other path, existing or not)."""

    path: Path
    update: bool = False
    tolerance: float = 0.0

    def file_for(self, scenario_name: str) -> Path:
        """The baseline report of one scenario."""
        folder = self.path.is_dir() or self.path.suffix.lower() != ".json"
        return self.path / f"{slug(scenario_name)}.json" if folder else self.path

    def guard(self, output: Path, scenario_name: str) -> None:
        """Refuse to let an ordinary report overwrite the baseline."""
        if self.update:
            return
        if output.resolve() == self.file_for(scenario_name).resolve():
            raise UsageError(f"{output} is the baseline: a run never overwrites it; write "
                             "the report elsewhere (--json/--out-dir) or use --update-baseline")

    def apply(self, report: Report, console: Console | None) -> Report:
        """The report with a `baseline` gate (and the diff shown), if a baseline exists."""
        from returnaudit.report.load import load_report
        from returnaudit.reporters.comparison import render_comparison

        path = self.file_for(report.scenario.name)
        if not path.exists():
            if console is not None:
                console.print(f"[yellow]no baseline at {path} yet[/] (--update-baseline "
                              "writes one)")
            return report
        comparison = compare(load_report(path), report, tolerance=self.tolerance)
        if console is not None:
            render_comparison(comparison, console)
        return with_baseline_gate(report, comparison)

    def write(self, report: Report) -> Path:
        """Replace the baseline with this report (only with --update-baseline)."""
        from returnaudit.pipeline.outputs import write_formatted
        from returnaudit.reporters.formats import JSON

        return write_formatted(JSON, [report], self.file_for(report.scenario.name))


def with_baseline_gate(report: Report, comparison: Comparison) -> Report:
    """Add the `baseline` gate: it fails when anything regressed."""
    regressions = comparison.regressions
    actual = "; ".join(c.message for c in regressions) if regressions else "no regression"
    gate = Gate("baseline", not regressions, "no regression", actual)
    return replace(report, gates=(*report.gates, gate), passed=report.passed and gate.passed)


def compare_files(base: Path, head: Path, tolerance: float, console: Console) -> int:
    """`returnaudit compare`: the regressions from one saved report to the next, shown; exit 1
    on any, as a failed baseline gate would."""
    from returnaudit.report.load import load_report
    from returnaudit.reporters.comparison import render_comparison

    comparison = compare(load_report(base), load_report(head), tolerance=tolerance)
    render_comparison(comparison, console)
    return GATE_FAILED if comparison.regressions else 0
