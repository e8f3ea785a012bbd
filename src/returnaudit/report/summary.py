"""The summary of a multi-store run (reports/summary.json): one row per store, ranked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from returnaudit import __version__
from returnaudit.artifacts.plain import from_plain, to_plain
from returnaudit.lib.files import dump_json, read_json, write_atomic
from returnaudit.report import Report

SUMMARY_SCHEMA = "returnaudit.summary/1"


@dataclass(frozen=True)
class Row:
    """One store of the run, or one scenario file that could not be run."""

    name: str
    file: str | None
    store_url: str | None
    status: str
    """completed | error (the audit could not run) | invalid (the scenario file is wrong)"""
    passed: bool
    score: float | None
    lessons: dict[str, float | None]
    screens: int | None
    interactions: int | None
    fields: int | None
    support_contacts: int | None
    footer_link: bool | None
    flow_status: str | None
    report: str | None
    """Where the store's JSON report is."""
    error: str | None = None


@dataclass(frozen=True)
class Summary:
    """Every store, best score first (unscored last), ties by name then file."""

    stores: tuple[Row, ...]
    tool: dict[str, str] = field(default_factory=lambda: {"name": "returnaudit",
                                                          "version": __version__})
    schema: str = SUMMARY_SCHEMA

    @property
    def lessons(self) -> tuple[tuple[str, str], ...]:
        """The five lessons as (id, title), in the rubric's order: the ranking's columns."""
        from returnaudit.scoring.rubric import default_rubric

        return tuple((lid, lesson.title) for lid, lesson in default_rubric().lessons.items())

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = to_plain(self)
        counts = {"stores": len(self.stores),
                  "passed": sum(r.passed for r in self.stores),
                  "failed": sum(not r.passed and r.status == "completed" for r in self.stores),
                  "errors": sum(r.status != "completed" for r in self.stores)}
        return {"schema": data.pop("schema"), "tool": data.pop("tool"), "counts": counts,
                **data}


def row_for(report: Report, path: Path | None) -> Row:
    """A store's row from its report."""
    flow = report.flow
    ran = flow.status != "not_run"
    return Row(
        name=report.scenario.name, file=report.scenario.file,
        store_url=report.scenario.store_url, status=report.status, passed=report.passed,
        score=report.score, lessons={ls.id: ls.score for ls in report.lessons},
        screens=flow.screens if ran else None, interactions=flow.interactions if ran else None,
        fields=flow.fields if ran else None,
        support_contacts=flow.support_contacts if ran else None,
        footer_link=report.policy.footer_link.found if report.status == "completed" else None,
        flow_status=flow.status, report=str(path) if path else None,
        error=report.errors[0].message if report.status == "error" and report.errors else None,
    )


def invalid_row(file: str, message: str) -> Row:
    """A scenario file that could not be loaded: an error row, the others still run."""
    return Row(name=Path(file).stem, file=file, store_url=None, status="invalid", passed=False,
               score=None, lessons={}, screens=None, interactions=None, fields=None,
               support_contacts=None, footer_link=None, flow_status=None, report=None,
               error=message)


def build(rows: Iterable[Row]) -> Summary:
    """Rank the rows: by score, best first; unscored last; then by name and file."""
    def key(row: Row) -> tuple[bool, float, str, str]:
        return (row.score is None, -(row.score or 0.0), row.name, row.file or "")

    return Summary(tuple(sorted(rows, key=key)))


def merge(summaries: Iterable[Summary]) -> Summary:
    """One summary from several shards' (the same as one machine running them all)."""
    return build(row for summary in summaries for row in summary.stores)


def write(summary: Summary, path: Path) -> None:
    write_atomic(path, dump_json(summary.to_dict()))


def load(path: Path) -> Summary:
    """A summary.json written by a run (a usage error otherwise)."""
    from returnaudit.lib.errors import UsageError

    data = read_json(path, "summary")
    if not isinstance(data, dict) or data.get("schema") != SUMMARY_SCHEMA:
        raise UsageError(f"{path}: not a returnaudit summary (expected schema "
                         f"'{SUMMARY_SCHEMA}')")
    data.pop("counts", None)
    summary: Summary = from_plain(Summary, data)
    return summary
