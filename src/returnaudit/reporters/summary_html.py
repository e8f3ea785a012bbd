"""The benchmark page of a multi-store run: every store lesson by lesson, linked to its report."""

from __future__ import annotations

from pathlib import Path

from ..files import write_atomic
from ..rubric import default_rubric
from ..summary import Row, Summary
from .html import _environment


def render_summary_html(summary: Summary, folder: Path | None = None) -> str:
    """The ranking as one self-contained page; stores link to `<name>.html` beside it."""
    def link(row: Row) -> str | None:
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
        links=[link(r) for r in summary.stores],
        errors=[f"{r.name}: {r.error}" for r in summary.stores if r.error])


def write_summary_html(summary: Summary, folder: Path) -> Path:
    """Write `index.html` into the HTML reports' folder."""
    path = folder / "index.html"
    write_atomic(path, render_summary_html(summary, folder))
    return path
