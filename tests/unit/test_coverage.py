"""A lesson the audit saw too little of has no score ("not enough evidence"), and the overall
score is over the lessons that have one, and says so."""

from __future__ import annotations

from returnaudit.report.build import build_report
from returnaudit.report.model import Report

from .checks.builders import walk, with_policy

EXCHANGE = ("You can return any item within 30 days of delivery. We offer an exchange for "
            "another size, or a refund to your card within 5 days.")
EMAIL_FIRST = ("To return an item, email our support team for a return number. Returns are "
               "accepted within 30 days.")


def lesson(report: Report, lesson_id: str) -> tuple[float | None, bool, str]:
    entry = next(ls for ls in report.lessons if ls.id == lesson_id)
    return entry.score, entry.enough_evidence, report.evidence_note(entry)


def test_one_check_of_six_does_not_score_a_lesson() -> None:
    report = build_report(with_policy(EXCHANGE))
    assert lesson(report, "simple-returns") == (
        None, False, "not enough evidence (1 of 6 checks)")
    assert report.score is not None
    assert report.score_basis == "over 4 of 5 lessons"
    assert all(fix.id != "resolution-options" for fix in report.fix_first)


def test_a_failed_core_check_is_enough_to_score_the_lesson() -> None:
    """The policy says to email support to start a return: self-service fails on what was
    seen, so leaving the lesson out would only flatter the store."""
    report = build_report(with_policy(EMAIL_FIRST))
    score, enough, _ = lesson(report, "simple-returns")
    assert (score, enough) == (0.0, True)
    assert report.score_basis == ""


def test_a_full_flow_scores_every_lesson() -> None:
    report = build_report(walk(3, fields=2, policy_page=with_policy(EXCHANGE).policy_page))
    assert all(ls.enough_evidence for ls in report.lessons)
    assert report.score_basis == ""


def test_a_quick_audit_does_not_outscore_its_lessons_by_skipping_checks() -> None:
    """Lesson 2 used to be 100 from its one plus check; now it is left out, not counted."""
    report = build_report(with_policy(EXCHANGE))
    assert lesson(report, "simple-returns")[0] is None
    counted = [ls.score for ls in report.lessons if ls.enough_evidence]
    assert report.score is not None and report.score <= max(s or 0 for s in counted)
