"""The JSON report, the contract other tools build on."""

from __future__ import annotations

from pathlib import Path

from returnaudit.lib.files import dump_json, write_atomic
from returnaudit.report import Report


def render_json(report: Report) -> str:
    """The report as stable JSON text."""
    return dump_json(report.to_dict())


def write_json(report: Report, path: Path) -> None:
    """Write the JSON report atomically."""
    write_atomic(path, render_json(report))
