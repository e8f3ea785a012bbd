"""The JSON report, the contract other tools build on."""

from __future__ import annotations

from returnaudit.lib.files import dump_json
from returnaudit.report import Report


def render_json(report: Report) -> str:
    """The report as stable JSON text."""
    return dump_json(report.to_dict())
