"""The formats a report is written in: one table of name, renderer and file suffix, read by
`report --format` and by the outputs writer. Each renderer is imported when first used (Jinja
and the XML writer stay off `--help`'s path)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from returnaudit.report import Report


@dataclass(frozen=True, kw_only=True)
class Format:
    """One way to write reports."""

    name: str
    """As `report --format` takes it."""
    suffix: str
    label: str
    """How the terminal names a file written in this format."""
    render: Callable[[Sequence[Report]], str]
    """The reports as text; JSON and HTML, one file per store, are given one report."""


def _html(reports: Sequence[Report]) -> str:
    from returnaudit.reporters.html import render_html

    (report,) = reports
    return render_html(report)


def _markdown(reports: Sequence[Report]) -> str:
    from returnaudit.reporters.markdown import render_markdown

    return render_markdown(reports)


def _junit(reports: Sequence[Report]) -> str:
    from returnaudit.reporters.junit import render_junit

    return render_junit(reports)


def _json(reports: Sequence[Report]) -> str:
    from returnaudit.reporters.json_report import render_json

    (report,) = reports
    return render_json(report)


HTML = Format(name="html", suffix=".html", label="HTML report", render=_html)
MARKDOWN = Format(name="md", suffix=".md", label="Markdown", render=_markdown)
JUNIT = Format(name="junit", suffix=".xml", label="JUnit", render=_junit)
JSON = Format(name="json", suffix=".json", label="JSON report", render=_json)

FORMATS = {fmt.name: fmt for fmt in (HTML, MARKDOWN, JUNIT, JSON)}
"""By name, in the order `--help` lists them."""
