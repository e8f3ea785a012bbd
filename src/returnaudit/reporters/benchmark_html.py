"""The benchmark page of a multi-store run: every store lesson by lesson, linked to its report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from returnaudit.lib.files import write_atomic
from returnaudit.report.summary import Row, Summary
from returnaudit.reporters.html import _environment
from returnaudit.scoring.rubric import default_rubric

Locate = Callable[[Row], "str | None"]
"""Where a store's own HTML page is, relative to the benchmark page (None: no link)."""


def render_summary_html(summary: Summary, folder: Path | None = None,
                        locate: Locate | None = None) -> str:
    """The ranking as one self-contained page; stores link to their own page (`locate`, by
    default `<name>.html` beside it)."""
    def beside(row: Row) -> str | None:
        """The store's own HTML page: named like its JSON report, in the same folder."""
        if row.report is None:
            return None
        page = f"{Path(row.report).stem}.html"
        return page if folder is None or (folder / page).exists() else None

    statuses = ["failed" if r.status == "completed" and not r.passed else
                "passed" if r.status == "completed" else r.status for r in summary.stores]
    return _environment().get_template("summary.html.j2").render(
        summary=summary, status=statuses,
        lessons=[(lid, lesson.title) for lid, lesson in default_rubric().lessons.items()],
        links=[(locate or beside)(r) for r in summary.stores],
        errors=[f"{r.name}: {r.error}" for r in summary.stores if r.error])


def write_summary_html(summary: Summary, folder: Path, locate: Locate | None = None) -> Path:
    """Write `index.html` into the HTML reports' folder."""
    path = folder / "index.html"
    write_atomic(path, render_summary_html(summary, folder, locate))
    return path
