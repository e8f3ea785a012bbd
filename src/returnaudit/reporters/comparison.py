"""The comparison of two reports, for people (Rich, on stderr)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from returnaudit.report.compare import Comparison


def render_comparison(comparison: Comparison, console: Console) -> None:
    """A table of regressions then improvements, and a one-line verdict."""
    base, head = comparison.base, comparison.head
    console.print(Text.assemble(("Compared ", "dim"), (head.scenario.name, "bold cyan"),
                                ("  baseline ", "dim"), base.started_at, ("  →  ", "dim"),
                                head.started_at))
    if comparison.changes:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
        table.add_column("")
        table.add_column("what")
        table.add_column("before", justify="right")
        table.add_column("after", justify="right")
        table.add_column("change", overflow="fold")
        for change in (*comparison.regressions, *comparison.improvements):
            mark = Text("✘ worse", style="bold red") if change.regression else Text(
                "✔ better", style="green")
            table.add_row(mark, f"{change.kind}: {change.name}", _show(change.before),
                          _show(change.after), change.message)
        console.print(table)
    regressions = len(comparison.regressions)
    if regressions:
        console.print(f"[bold red]{regressions} regression(s)[/] against the baseline")
    else:
        console.print(f"[green]no regression[/] ({len(comparison.improvements)} improvement(s))")


def _show(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)
