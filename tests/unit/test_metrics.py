"""The counting rules of DESIGN.md §4 over hand-built step records (and, for support contacts,
which steps pushed the shopper to support: step index -> why)."""

from __future__ import annotations

from returnaudit.analysis.counts import count, support_contact_steps

from .helpers import step


def test_home_returns_form_confirmation_is_two_screens() -> None:
    steps = (step(0, "open", new=True), step(1, "click", new=True), step(2, "fill"),
             step(3, "click", new=True))
    counts = count(steps, {})
    assert (counts.screens, counts.interactions, counts.fields) == (2, 3, 1)


def test_open_and_assertions_are_not_interactions() -> None:
    steps = (step(0, "open", new=True), step(1, "expect"), step(2, "wait"),
             step(3, "screenshot"), step(4, "contact"))
    assert count(steps, {}).interactions == 0


def test_fields_are_fill_select_and_check() -> None:
    steps = (step(0, "open", new=True), step(1, "fill"), step(2, "select"), step(3, "check"),
             step(4, "press"), step(5, "click"))
    counts = count(steps, {})
    assert (counts.fields, counts.interactions) == (3, 5)


def test_skipped_and_failed_steps_count_for_nothing() -> None:
    steps = (step(0, "open", new=True), step(1, "click", new=True, status="failed"),
             step(2, "fill", status="skipped"))
    counts = count(steps, {})
    assert (counts.screens, counts.interactions, counts.fields) == (0, 0, 0)


def test_page_text_mailto_click_and_contact_step_on_one_screen_are_one_contact() -> None:
    steps = (step(0, "open", new=True), step(1, "click", new=True), step(2, "click"),
             step(3, "contact"))
    signals = {1: "page says: email us to start a return",
               2: "click on email link mailto:r@s.example", 3: "contact step (email)"}
    assert support_contact_steps(steps, signals) == {1}
    assert count(steps, signals).support_contacts == 1


def test_pushes_on_two_screens_are_two_contacts() -> None:
    steps = (step(0, "open", new=True), step(1, "click", new=True), step(2, "contact"))
    signals = {0: "page says: call us to return", 2: "contact step (chat)"}
    assert support_contact_steps(steps, signals) == {0, 2}


def test_no_steps_no_counts() -> None:
    counts = count((), {})
    assert (counts.screens, counts.interactions, counts.fields, counts.support_contacts) == (
        0, 0, 0, 0)
