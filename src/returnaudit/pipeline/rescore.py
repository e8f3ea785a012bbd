"""`returnaudit rescore`: checks and scoring over saved artifacts, on every core, no browser."""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console

from returnaudit.lib.errors import UsageError
from returnaudit.pipeline.judge import Judging, judge
from returnaudit.pipeline.outputs import (
    Outcome,
    Outputs,
    output_name,
    write_report,
    write_run_outputs,
)
from returnaudit.pipeline.run import warm_up
from returnaudit.pipeline.verdict import exit_code

if TYPE_CHECKING:
    from returnaudit.report import Report


def rescore(paths: Sequence[Path], judging: Judging, outputs: Outputs,
            console: Console) -> int:
    """Re-run the checks and scoring over saved artifacts, no browser; the exit code."""
    if outputs.json_path and len(paths) > 1:
        raise UsageError("--json takes a single file; use --out-dir for several")
    outputs = replace(outputs, several=len(paths) > 1)
    workers = min(os.cpu_count() or 1, len(paths) // PARALLEL_FROM)
    reports: list[Report | Outcome]
    if workers < 2:
        reports = [_rescore_one(path, judging, outputs, console) for path in paths]
    else:
        reports = _in_parallel(paths, judging, outputs, console, workers)
    write_run_outputs(reports, outputs, console, names=[output_name(p) for p in paths])
    return exit_code(reports)


def _in_parallel(paths: Sequence[Path], judging: Judging, outputs: Outputs,
                 console: Console, workers: int) -> list[Report | Outcome]:
    """Checks and fact extraction are pure CPU: thousands of files go faster on every core."""
    quiet = replace(outputs, quiet=True)
    warm_up()  # loaded once here, inherited by the forked workers
    with ProcessPoolExecutor(max_workers=workers) as pool:
        slim = outputs.quiet and not (outputs.junit or outputs.markdown)
        work = partial(_rescore_one, judging=judging, outputs=quiet, slim=slim)
        reports = list(pool.map(work, paths, chunksize=32))
    if not outputs.quiet:
        from returnaudit.report import Report
        from returnaudit.reporters.terminal import render_terminal

        for report in reports:
            assert isinstance(report, Report)
            render_terminal(report, console, verbose=outputs.verbose)
    return reports


PARALLEL_FROM = 50
"""Files per worker process below which a pool costs more than it saves."""


def _rescore_one(path: Path, judging: Judging, outputs: Outputs,
                 console: Console | None = None, *, slim: bool = False) -> Report | Outcome:
    from returnaudit.artifacts.saved import load

    report = judge(load(path), judging)
    write_report(report, output_name(path), outputs, console or Console(stderr=True))
    return Outcome(report.status, report.passed) if slim else report
