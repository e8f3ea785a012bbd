"""The commands over saved reports: `merge` shards' summaries, `compare` two reports, re-render
one with `report`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from returnaudit.cli.console import err
from returnaudit.cli.options import OutDir, QuietOpt, ToleranceOpt
from returnaudit.reporters.formats import FORMATS

if TYPE_CHECKING:
    FormatName = str
else:  # the format table's names are the choices; mypy cannot read a computed Literal
    FormatName = Literal[tuple(FORMATS)]


def merge(
    folders: Annotated[list[Path], typer.Argument(
        help="Output folders of sharded runs (each with its summary.json), or the summary "
        "files themselves.", show_default=False)],
    *,
    out_dir: OutDir = Path("reports"),
    csv: Annotated[Path | None, typer.Option("--csv", help="Also write the ranking as CSV.",
                                             show_default=False)] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the benchmark page (index.html) into this folder, linking "
        "each store's HTML report found in its shard's folder.", show_default=False)] = None,
    quiet: QuietOpt = False,
) -> int:
    """Combine the summaries of sharded runs into one summary and ranking."""
    from returnaudit.pipeline.outputs import Outputs
    from returnaudit.pipeline.shard import merge_summaries

    outputs = Outputs(out_dir=out_dir, csv=csv, html=html, quiet=quiet)
    return merge_summaries(folders, outputs, err)


def compare(
    base: Annotated[Path, typer.Argument(help="The baseline report (JSON).",
                                         show_default=False)],
    head: Annotated[Path, typer.Argument(help="The new report (JSON).", show_default=False)],
    *,
    tolerance: ToleranceOpt = 0.0,
) -> int:
    """Regressions between two saved reports of a store; exit 1 on any.

    A regression: a check got worse, a score dropped, more screens or support contacts, the
    footer link lost, or a flow that no longer completes.
    """
    from returnaudit.pipeline.baseline import compare_files

    return compare_files(base, head, tolerance, err)


def report(
    path: Annotated[Path, typer.Argument(help="A JSON report written by --json.",
                                         show_default=False)],
    *,
    format: Annotated[FormatName, typer.Option("--format", "-f", help="What to render.")
                      ] = "html",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write here instead of stdout.", show_default=False)] = None,
) -> None:
    """Re-render a saved report as HTML, Markdown, JUnit XML or JSON."""
    from returnaudit.pipeline.outputs import rerender

    rerender(path, FORMATS[format], output, err)
