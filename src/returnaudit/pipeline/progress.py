"""Live progress on stderr: one line per running store with its current step, a bar for the
whole run, elapsed time and an estimate."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

if TYPE_CHECKING:
    from returnaudit.scenario import Scenario


class LiveProgress:
    """A Rich progress display fed by the browser layer's watcher calls."""

    def __init__(self, console: Console, total: int) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}", markup=False),
            BarColumn(bar_width=24), MofNCompleteColumn(), TimeElapsedColumn(),
            TimeRemainingColumn(), console=console, transient=True)
        self.overall = self.progress.add_task("all stores", total=total)
        self.tasks: dict[int, TaskID] = {}

    def __enter__(self) -> LiveProgress:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.progress.stop()

    def started(self, scenario: Scenario) -> None:
        self.tasks[id(scenario)] = self.progress.add_task(scenario.name, total=None)

    def step(self, scenario: Scenario, index: int, total: int, what: str) -> None:
        task = self.tasks.get(id(scenario))
        if task is not None:
            label = f"{scenario.name[:32]}: {index + 1}/{total} {what}"[:90]
            self.progress.update(task, description=label, total=total, completed=index)

    def finished(self, scenario: Scenario) -> None:
        task = self.tasks.pop(id(scenario), None)
        if task is not None:
            self.progress.remove_task(task)
        self.progress.advance(self.overall)
