"""The live progress of `init` on stderr: a line per store being explored (pages read, the page
just read, time), and a count of the stores done when there are several."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn


class InitProgress:
    """A Rich progress display fed by the explorer's page callbacks."""

    def __init__(self, console: Console, total: int) -> None:
        self.progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}", markup=False),
            TimeElapsedColumn(), console=console, transient=True)
        self.total, self.done = total, 0
        self.overall = (self.progress.add_task(f"explored 0/{total} stores", total=total)
                        if total > 1 else None)
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> InitProgress:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.progress.stop()

    def reader(self, url: str) -> Callable[[int, str], None]:
        """The callback for one store's explorer: (pages read, what was just read)."""
        task = self.progress.add_task(f"{url[:60]}: starting", total=None)
        self.tasks[url] = task

        def read(pages: int, what: str) -> None:
            label = f"{url[:48]}: {pages} page{'s' * (pages != 1)} · {what}"[:100]
            self.progress.update(task, description=label)

        return read

    def finished(self, url: str) -> None:
        task = self.tasks.pop(url, None)
        if task is not None:
            self.progress.remove_task(task)
        self.done += 1
        if self.overall is not None:
            self.progress.update(self.overall, advance=1,
                                 description=f"explored {self.done}/{self.total} stores")
