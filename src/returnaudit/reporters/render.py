"""Pick a reporter by format name (for `returnaudit report`)."""

from __future__ import annotations

from returnaudit.report import Report


def render(report: Report, format_name: str) -> str:
    """The report rendered as html, md, junit or json."""
    if format_name == "html":
        from returnaudit.reporters.html import render_html

        return render_html(report)
    if format_name == "md":
        from returnaudit.reporters.markdown import render_markdown

        return render_markdown([report])
    if format_name == "junit":
        from returnaudit.reporters.junit import render_junit

        return render_junit([report])
    from returnaudit.reporters.json_report import render_json

    return render_json(report)
