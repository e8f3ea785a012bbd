"""Read a saved JSON report back into the Report model (for compare, baselines, re-rendering)."""

from __future__ import annotations

from pathlib import Path

from returnaudit.artifacts.plain import from_plain
from returnaudit.lib.errors import UsageError
from returnaudit.lib.files import read_json
from returnaudit.report.model import REPORT_SCHEMA, Report


def load_report(path: Path) -> Report:
    """A report written by --json; anything else is a usage error (exit 2)."""
    data = read_json(path, "report")
    if not isinstance(data, dict) or data.get("schema") != REPORT_SCHEMA:
        raise UsageError(f"{path}: not a returnaudit report (expected schema '{REPORT_SCHEMA}')")
    try:
        report: Report = from_plain(Report, data)
    except (KeyError, TypeError) as exc:
        raise UsageError(f"{path}: damaged report ({type(exc).__name__}: {exc})") from None
    return report
