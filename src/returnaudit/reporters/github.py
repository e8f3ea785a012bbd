"""GitHub Actions: workflow-command annotations and the job summary."""

# No `from __future__ import annotations`: it would shadow the public `annotations()`.
from collections.abc import Mapping, Sequence
from typing import TextIO

from returnaudit.report import Report
from returnaudit.report.model import CheckEntry

_LEVEL = {"fail": "error", "partial": "warning"}
_UNRANKED = 1_000_000  # sorts checks that are not in "fix first" after those that are


def annotations(reports: Sequence[Report], limit: int = 10) -> list[str]:
    """Workflow commands for failed gates, audit errors, then failing and partial checks,
    the most important first, at most `limit` over all reports."""
    lines = [line for report in reports for line in _gate_lines(report)]
    ranked = sorted(((r, c) for r in reports for c in r.checks if c.status in _LEVEL),
                    key=lambda pair: _importance(*pair))
    lines += [_check_line(report, check) for report, check in ranked]
    return lines[:max(limit, 0)]


def publish_to_github(reports: Sequence[Report], markdown: str, env: Mapping[str, str],
                      out: TextIO) -> None:
    """Append the Markdown to the job summary and print annotations, when run in Actions."""
    summary = env.get("GITHUB_STEP_SUMMARY")
    if summary:
        # Other steps write to the same file: append, and keep our block apart from theirs.
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(markdown.rstrip("\n") + "\n\n")
    if env.get("GITHUB_ACTIONS") == "true":
        for line in annotations(reports):
            out.write(line + "\n")


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value (title=...), escaped as GitHub's toolkit does."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, title: str, message: str) -> str:
    """One `::error title=...::message` line."""
    return f"::{level} title={escape_property(title)}::{escape_data(message)}"


def _gate_lines(report: Report) -> list[str]:
    store = report.scenario.name
    lines = [command("error", f"{store}: gate {g.name}", f"expected {g.expected}, got {g.actual}")
             for g in report.gates if not g.passed]
    lines += [command("error", f"{store}: audit error", f"{e.where}: {e.message}")
              for e in report.errors]
    return lines


def _importance(report: Report, check: CheckEntry) -> tuple[int, float, str]:
    """Fix-first order, then the points the check loses (weight × (1 − score)), then id."""
    order = [fix.id for fix in report.fix_first]
    position = order.index(check.id) if check.id in order else _UNRANKED
    return position, -check.weight * (1 - (check.score or 0.0)), check.id


def _check_line(report: Report, check: CheckEntry) -> str:
    url = next((e.url for e in check.evidence if e.url), None)
    message = f"{check.summary} ({url})" if url else check.summary
    return command(_LEVEL[check.status], f"{report.scenario.name}: {check.title}", message)
