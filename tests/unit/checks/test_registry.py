"""The check registry: every check has its words, and the rubric knows each one in its lesson."""

from __future__ import annotations

import pytest

from returnaudit.checks import CHECKS
from returnaudit.scoring.rubric import default_rubric


def test_the_registry_and_the_rubric_name_the_same_checks_in_the_same_order() -> None:
    rubric_ids = [cid for lesson in default_rubric().lessons.values() for cid in lesson.checks]
    assert list(CHECKS) == rubric_ids
    assert len(CHECKS) == 26


@pytest.mark.parametrize("check_id", list(CHECKS))
def test_each_check_has_its_words_and_its_rubric_lesson(check_id: str) -> None:
    check = CHECKS[check_id]
    assert check.id == check_id
    for words in (check.title, check.failure_title, check.why, check.how_to_fix):
        assert words.strip()
    assert check.lesson == default_rubric().lesson_of(check_id)
