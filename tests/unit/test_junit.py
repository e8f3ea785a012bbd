"""The JUnit reporter: well-formed XML in the shape CI servers read, counts that add up."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from returnaudit.artifacts.model import RunError
from returnaudit.artifacts.plain import from_plain
from returnaudit.pipeline.outputs import write_formatted
from returnaudit.report import Report
from returnaudit.report.build import build_report
from returnaudit.reporters.formats import JUNIT
from returnaudit.reporters.junit import render_junit

from .helpers import artifacts

GOLDEN = Path(__file__).parent.parent / "golden"
COUNTS = ("tests", "failures", "errors", "skipped")
OUTCOMES = {"failure", "error", "skipped"}


def golden(name: str) -> Report:
    return from_plain(Report, json.loads((GOLDEN / f"{name}.report.json").read_text("utf-8")))


def parse(reports: list[Report]) -> ET.Element:
    text = render_junit(reports)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(text.encode("utf-8"))
    assert_junit_shape(root)
    return root


def assert_junit_shape(root: ET.Element) -> None:
    """The conventions GitLab, Jenkins, Azure DevOps and Bitbucket share."""
    assert root.tag == "testsuites"
    assert {"name", "time", *COUNTS} <= set(root.attrib)
    for suite in root:
        assert suite.tag == "testsuite"
        assert {"name", "time", "timestamp", *COUNTS} <= set(suite.attrib)
        tags = [child.tag for child in suite]
        assert tags == sorted(tags, key=["properties", "testcase", "system-err"].index)
        for case in suite.iter("testcase"):
            assert {"classname", "name", "time"} <= set(case.attrib)
            outcomes = [child for child in case if child.tag in OUTCOMES]
            assert len(outcomes) <= 1 and len(list(case)) == len(outcomes)
            assert all("message" in o.attrib for o in outcomes)
        assert counts(suite) == tally(suite)
    assert counts(root) == tally(root)


def counts(element: ET.Element) -> dict[str, int]:
    return {key: int(element.attrib[key]) for key in COUNTS}


def tally(element: ET.Element) -> dict[str, int]:
    cases = list(element.iter("testcase"))
    found = [child.tag for case in cases for child in case]
    return {"tests": len(cases), "failures": found.count("failure"),
            "errors": found.count("error"), "skipped": found.count("skipped")}


def case(root: ET.Element, name: str) -> ET.Element:
    found = root.find(f".//testcase[@name='{name}']")
    assert found is not None
    return found


def test_one_case_per_check_and_one_suite_per_lesson_plus_gates() -> None:
    root = parse([golden("budgetbin")])
    names = [suite.get("name") for suite in root]
    assert names[0] == ("BudgetBin, try to return a speaker · "
                        "1. Make return and refund information easy to reach")
    assert names[-2] == "BudgetBin, try to return a speaker · compliance"
    assert names[-1] == "BudgetBin, try to return a speaker · gates"
    assert len(names) == 7
    assert counts(root) == {"tests": 28, "failures": 24, "errors": 0, "skipped": 3}
    assert case(root, "eu-withdrawal-function").get("classname") == "returnaudit.compliance"
    assert case(root, "footer-policy-link").get("classname") == "returnaudit.accessible-info"
    assert case(root, "flow-completed").get("classname") == "returnaudit.gates"


def test_several_stores_get_their_own_classnames() -> None:
    root = parse([golden("budgetbin"), golden("maison-lumiere")])
    keys = [(c.get("classname"), c.get("name")) for c in root.iter("testcase")]
    assert len(keys) == len(set(keys))  # no store's case overwrites another's in a CI server
    assert ("returnaudit.budgetbin-try-to-return-a-speaker.accessible-info",
            "footer-policy-link") in keys
    assert ("returnaudit.maison-lumiere-retourner-une-lampe.gates", "flow-completed") in keys


def test_suite_attributes_and_properties() -> None:
    suite = parse([golden("maison-lumiere")])[3]
    assert suite.get("timestamp") == "2026-11-28T06:40:02+00:00"
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props == {"store_url": "http://127.0.0.1:8732/maison-lumiere/", "score": "75.5",
                     "lesson_score": "50"}


@pytest.mark.parametrize(("check", "tag", "kind"), [
    ("footer-policy-link", "failure", "fail"),
    ("policy-readability", "failure", "partial"),
    ("guest-returns", "skipped", None),
    ("policy-click-depth", None, None),
])
def test_status_mapping(check: str, tag: str | None, kind: str | None) -> None:
    outcome = list(case(parse([golden("budgetbin")]), check))
    assert [o.tag for o in outcome] == ([tag] if tag else [])
    if outcome:
        assert outcome[0].get("type") == kind


def test_failure_carries_message_evidence_why_and_fix() -> None:
    report = golden("budgetbin")
    check = next(c for c in report.checks if c.id == "dedicated-policy-page")
    failure = case(parse([report]), check.id)[0]
    assert failure.get("message") == f"{check.title}: {check.summary}"
    text = failure.text or ""
    assert "url: http://127.0.0.1:8732/budgetbin/terms.html; selector: h1" in text
    assert "quote: “Terms & Conditions”" in text
    assert f"why: {check.why}" in text and f"how to fix: {check.how_to_fix}" in text


def test_skipped_carries_the_summary() -> None:
    skipped = case(parse([golden("budgetbin")]), "guest-returns")[0]
    assert skipped.get("message") == ("unknown: the flow stopped before the end, "
                                      "and no login was seen")


def test_failed_gate_says_expected_and_got() -> None:
    root = parse([golden("budgetbin")])
    failure = case(root, "flow-completed")[0]
    assert (failure.tag, failure.get("message")) == ("failure", "expected completed, got failed")
    assert list(case(parse([golden("maison-lumiere")]), "max_screens")) == []


def test_an_audit_that_could_not_run_still_yields_its_suites() -> None:
    report = build_report(artifacts(status="error", errors=(RunError("browser", "it crashed"),)))
    root = parse([report])
    assert len(root) == 7
    assert counts(root)["errors"] == 27
    assert case(root, "free-returns")[0].get("type") == "error"
    assert "browser: it crashed" in (root[-1].findtext("system-err") or "")


def test_hostile_store_text_still_makes_well_formed_xml() -> None:
    report = golden("budgetbin")
    nasty = "<script>alert('x')</script> & ]]> \x00\x07\x1b\x0b\ufffe end\ud800"
    checks = tuple(dataclasses.replace(c, title=nasty, summary=nasty, why=nasty)
                   for c in report.checks)
    scenario = dataclasses.replace(report.scenario, name=f"Shop {nasty}")
    root = parse([dataclasses.replace(report, checks=checks, scenario=scenario)])
    message = case(root, "footer-policy-link")[0].get("message") or ""
    assert message.startswith("<script>alert('x')</script> & ]]>  end: ")
    assert root[0].get("name", "").startswith("Shop <script>")


def test_two_reports_in_one_file() -> None:
    reports = [golden("budgetbin"), golden("maison-lumiere")]
    root = parse(reports)
    assert len(root) == 14
    assert counts(root)["tests"] == 27 * 2 + 1 + 3  # 26 checks and 1 compliance check each
    assert float(root.get("time", "")) == sum(r.duration_ms for r in reports) / 1000


def test_write_junit_writes_the_document(tmp_path: Path) -> None:
    path = tmp_path / "out" / "junit.xml"
    write_formatted(JUNIT, [golden("maison-lumiere")], path)
    assert ET.parse(path).getroot().get("tests") == "30"
