"""The benchmark page of a multi-store run: every store lesson by lesson, linked to its report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from returnaudit.report.summary import Row, Summary
from returnaudit.reporters.formats import HTML
from returnaudit.reporters.html import environment

Locate = Callable[[Row], "str | None"]
"""Where a store's own HTML page is, relative to the benchmark page (None: no link)."""


def html_page(row: Row) -> str | None:
    """The store's own HTML page, named like its JSON report (None: the store has none)."""
    return None if row.report is None else Path(row.report).stem + HTML.suffix


def render_summary_html(summary: Summary, locate: Locate = html_page) -> str:
    """The ranking as one self-contained page; stores link to their own page (`locate`)."""
    statuses = ["failed" if r.status == "completed" and not r.passed else
                "passed" if r.status == "completed" else r.status for r in summary.stores]
    return environment().get_template("summary.html.j2").render(
        summary=summary, status=statuses, lessons=summary.lessons,
        links=[locate(r) for r in summary.stores],
        errors=[f"{r.name}: {r.error}" for r in summary.stores if r.error])
