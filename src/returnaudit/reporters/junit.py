"""JUnit XML for CI servers: a suite per lesson (a case per check) and one for the gates."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from urllib.parse import urlsplit

from returnaudit.lib.files import slug
from returnaudit.report import Report
from returnaudit.report.model import CheckEntry, EvidenceEntry, Gate, LessonEntry

# Characters XML 1.0 forbids even as references; a store page can still contain them.
_ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_COUNTED = {"failure": "failures", "error": "errors", "skipped": "skipped"}


def render_junit(reports: Sequence[Report]) -> str:
    """One XML document for a whole run: every store's lesson suites and gate suite."""
    root = ET.Element("testsuites", name="returnaudit")
    for report in reports:
        # CI servers key a test by classname + name: with several stores in one file, the
        # store's slug keeps one store's check from overwriting another's.
        prefix = "returnaudit" if len(reports) == 1 else f"returnaudit.{slug(report.scenario.name)}"
        for lesson in report.lessons:
            root.append(_lesson_suite(report, lesson, prefix))
        if report.compliance:
            root.append(_compliance_suite(report, prefix))
        root.append(_gate_suite(report, prefix))
    _count(root)
    root.set("time", _seconds(sum(r.duration_ms for r in reports)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def clean(value: object) -> str:
    """Text safe for XML 1.0: characters it cannot hold at all are dropped."""
    return _ILLEGAL_XML.sub("", str(value))


def _suite(report: Report, name: str, properties: dict[str, object]) -> ET.Element:
    # The store's host stands in for `hostname`: the audit "ran on" that site.
    suite = ET.Element("testsuite", name=clean(name), timestamp=clean(report.started_at),
                       hostname=clean(urlsplit(report.scenario.store_url).hostname or "localhost"))
    props = ET.SubElement(suite, "properties")
    for key, value in properties.items():
        ET.SubElement(props, "property", name=key, value=clean(value))
    return suite


def _lesson_suite(report: Report, lesson: LessonEntry, prefix: str) -> ET.Element:
    name = f"{report.scenario.name} · {lesson.number}. {lesson.title}"
    suite = _suite(report, name, {"store_url": report.scenario.store_url,
                                  "score": _score(report.score),
                                  "lesson_score": _score(lesson.score)})
    checks = {c.id: c for c in report.checks}
    for check_id in lesson.checks:
        if check_id in checks:
            suite.append(_check_case(f"{prefix}.{lesson.id}", checks[check_id]))
    return _finish(suite)


def _compliance_suite(report: Report, prefix: str) -> ET.Element:
    """The legal checks: a suite of their own, as they are in no lesson."""
    suite = _suite(report, f"{report.scenario.name} · compliance",
                   {"store_url": report.scenario.store_url})
    for check in report.compliance:
        suite.append(_check_case(f"{prefix}.compliance", check))
    return _finish(suite)


def _check_case(classname: str, check: CheckEntry) -> ET.Element:
    case = ET.Element("testcase", classname=classname, name=check.id, time="0")
    message = clean(f"{check.title}: {check.summary}")
    if check.status == "not_applicable":
        ET.SubElement(case, "skipped", message=clean(check.summary))
    elif check.status in ("fail", "partial", "error"):
        tag = "error" if check.status == "error" else "failure"
        outcome = ET.SubElement(case, tag, type=check.status, message=message)
        outcome.text = clean(_details(check))
    return case


def _details(check: CheckEntry) -> str:
    """The evidence, why it matters and how to fix it, one fact a line."""
    lines = [f"evidence: {_evidence(e)}" for e in check.evidence]
    lines += [f"why: {check.why}", f"how to fix: {check.how_to_fix}"]
    return "\n".join(lines)


def _evidence(evidence: EvidenceEntry) -> str:
    parts = {"url": evidence.url, "selector": evidence.selector, "step": evidence.step,
             "quote": f"“{evidence.quote}”" if evidence.quote else None,
             "screenshot": evidence.screenshot}
    return "; ".join(f"{key}: {value}" for key, value in parts.items() if value is not None)


def _gate_suite(report: Report, prefix: str) -> ET.Element:
    suite = _suite(report, f"{report.scenario.name} · gates",
                   {"store_url": report.scenario.store_url, "score": _score(report.score)})
    for gate in report.gates:
        suite.append(_gate_case(f"{prefix}.gates", gate))
    if report.errors:
        err = ET.SubElement(suite, "system-err")
        err.text = clean("\n".join(f"{e.where}: {e.message}" for e in report.errors))
    return _finish(suite)


def _gate_case(classname: str, gate: Gate) -> ET.Element:
    case = ET.Element("testcase", classname=classname, name=clean(gate.name), time="0")
    if not gate.passed:
        ET.SubElement(case, "failure", type="gate",
                      message=clean(f"expected {gate.expected}, got {gate.measured}"))
    return case


def _finish(suite: ET.Element) -> ET.Element:
    _count(suite)
    suite.set("time", "0")
    return suite


def _count(element: ET.Element) -> None:
    """Set tests/failures/errors/skipped from the test cases below `element`."""
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for case in element.iter("testcase"):
        totals["tests"] += 1
        for child in case:
            if child.tag in _COUNTED:
                totals[_COUNTED[child.tag]] += 1
    for key, value in totals.items():
        element.set(key, str(value))


def _score(score: float | None) -> str:
    return "n/a" if score is None else f"{score:g}"


def _seconds(milliseconds: int) -> str:
    return f"{milliseconds / 1000:.3f}"
