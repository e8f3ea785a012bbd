"""A returns link that opens a bare form or a sign-in page: that page is not the policy, and
no check reads policy claims or wording from it."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts, Link

from ..helpers import artifacts, page
from .builders import HOME, POLICY_URL, policy_page, run, verdict

FORM_TEXT = ("Laptops & Notebooks\nCameras\nProduct Returns\nPlease complete the form below to "
             "request an RMA number.\nOrder ID\nOrder Date\nProduct Name\nReason for Return\n"
             "Continue")
SIGN_IN_TEXT = "Sign in\nEmail\nPassword\nForgot your password?\nCreate an account"
FORM_NOTE = f"the returns link opens a form with no policy text ({POLICY_URL})"
SIGN_IN_NOTE = f"the returns link opens a sign-in page with no policy text ({POLICY_URL})"


def opens(text: str, *, fields: int = 6, password: bool = False) -> Artifacts:
    """The footer's 'Returns' link opens this page, read as if it were the policy."""
    entry = page(HOME, footer_links=(Link("Returns", POLICY_URL),))
    target = page(POLICY_URL, heading="Product Returns", text=text, form_fields=fields,
                  has_password_field=password)
    return artifacts(entry=entry, pages=(entry, target),
                     policy_page=policy_page(text, title="Product Returns"))


@pytest.mark.parametrize(("check_id", "arts", "expected"), [
    ("footer-policy-link", opens(FORM_TEXT), ("partial", 0.5, "the footer links 'Returns', but "
                                              "it opens a form with no policy text")),
    ("dedicated-policy-page", opens(FORM_TEXT),
     ("fail", 0.0, f"no returns policy page was found: {FORM_NOTE}")),
    ("policy-click-depth", opens(FORM_TEXT),
     ("fail", 0.0, f"no returns policy page was found: {FORM_NOTE}")),
    ("policy-readability", opens(FORM_TEXT), ("not_applicable", None, f"not checked: {FORM_NOTE}")),
    ("customer-friendly-tone", opens(FORM_TEXT),
     ("not_applicable", None, f"not checked: {FORM_NOTE}")),
    ("return-window", opens(FORM_TEXT),
     ("fail", 0.0, f"no returns policy was found to read: {FORM_NOTE}")),
    ("policy-readability", opens(SIGN_IN_TEXT, fields=2, password=True),
     ("not_applicable", None, f"not checked: {SIGN_IN_NOTE}")),
    ("return-window", opens(SIGN_IN_TEXT, fields=2, password=True),
     ("fail", 0.0, f"no returns policy was found to read: {SIGN_IN_NOTE}")),
])
def test_a_page_without_policy_text_is_not_read_as_the_policy(
        check_id: str, arts: Artifacts, expected: tuple[str, float | None, str]) -> None:
    assert verdict(run(check_id, arts)) == expected


def test_a_policy_page_with_a_form_below_its_rules_is_still_the_policy() -> None:
    rules = ("You can return any item within 30 days of delivery for a full refund. Items must "
             "be unworn and in their original packaging. We refund your card within five days "
             "of receiving the parcel.\nStart your return\nOrder number\nEmail\nContinue")
    assert verdict(run("return-window", opens(rules, fields=2)))[0] == "pass"
    assert verdict(run("dedicated-policy-page", opens(rules, fields=4)))[0] == "pass"
