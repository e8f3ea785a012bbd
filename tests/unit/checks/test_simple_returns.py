"""Lesson 2, simple returns: each flow check's verdicts over hand-built flows."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts, ClickTarget
from returnaudit.checks.base import Evidence
from returnaudit.scoring.rubric import default_rubric, with_overrides

from ..helpers import artifacts, page, step
from .builders import (
    FORM,
    HOME,
    MISSING_BUTTON,
    NO_FLOW,
    NOT_COMPLETED,
    POLICY_URL,
    TIMED_OUT,
    TIMEOUT,
    fill,
    flow,
    go,
    run,
    screen,
    through,
    verdict,
    walk,
    with_policy,
    without_policy,
)

Case = tuple[Artifacts, str, float | None, str]

CONTACT = "http://s/contact"
DONE = "http://s/returns/done"
EMAIL_US = "page says: email us to start a return"
MAILTO = "click on email link mailto:help@s.example"
NOT_REACHED = "the flow did not reach a confirmed return"
NOTE = " (counting the confirmation after the submit step that was not run)"
FAILED = {"status": "failed", "failure": MISSING_BUTTON}
START = (go(0, HOME, action="open"), go(1, POLICY_URL))
SAYS_EMAIL_US = (screen(CONTACT, "email us to start a return"),)
EMAIL_LINK = ClickTarget("Email us", "mailto:help@s.example", "")
ONE_PUSH = flow(*START, go(2, CONTACT, page=1), step(3, "click", clicked=EMAIL_LINK),
                status="failed", pages=SAYS_EMAIL_US)
TWO_PUSHES = flow(*START, go(2, CONTACT, page=1), go(3, FORM, clicked=EMAIL_LINK),
                  pages=SAYS_EMAIL_US)
LOGIN = screen("http://s/account/login", "Sign in to see your orders.", heading="Sign in",
               has_password_field=True)
ALL_SET = ("Print your label from the link below. Return number: R-20931. "
           "Next steps: pack the item and drop it off at any post office.")
TOUT_EST_PRET = ("Votre étiquette de retour est prête. Numéro de retour : RET-4821. "
                 "Prochaines étapes : déposez le colis en point relais.")


def ending(text: str, **changes: object) -> Artifacts:
    """A completed flow whose last screen says `text`."""
    return through(screen(FORM, "Find your order."), screen(DONE, text, **changes))


SELF_SERVICE: list[Case] = [
    (walk(3, fields=2), "pass", 1.0,
     "the return was completed online in 5 interactions, without contacting support"),
    (walk(3, status="stopped_before_submit"), "pass", 1.0,
     "the return could be prepared online without contacting support "
     "(stopped before submitting on a live store)"),
    (ONE_PUSH, "fail", 0.0, f"the shopper is pushed to support 1 time(s): {EMAIL_US}"),
    (TWO_PUSHES, "fail", 0.0, f"the shopper is pushed to support 2 time(s): {EMAIL_US}"),
    (walk(2, **FAILED), "fail", 0.0, NOT_COMPLETED),
    (walk(2, status="failed"), "fail", 0.0, NOT_REACHED),
    (artifacts(), "not_applicable", None, NO_FLOW),
    (with_policy("To return an item, email our support team for a return number."), "fail",
     0.0, "the policy tells shoppers to contact support to start a return (no return flow "
     "was run)"),
    (with_policy("Start your return online from your account: no need to contact us."),
     "not_applicable", None, NO_FLOW),
    (walk(2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
]

SCREENS: list[Case] = [
    (walk(3), "pass", 1.0, "3 screens from the home page to a confirmed return"),
    (walk(6), "pass", 1.0, "6 screens from the home page to a confirmed return"),
    (walk(5, status="stopped_before_submit"), "pass", 1.0,
     f"6 screens from the home page to a confirmed return{NOTE}"),
    (walk(7), "partial", 0.5, "7 screens from the home page to a confirmed return"),
    (walk(6, status="stopped_before_submit"), "partial", 0.5,
     f"7 screens from the home page to a confirmed return{NOTE}"),
    (walk(9), "partial", 0.5, "9 screens from the home page to a confirmed return"),
    (walk(10), "fail", 0.0, "10 screens from the home page to a confirmed return"),
    (flow(*START, go(2, FORM, status="skipped"), go(3, DONE)), "pass", 1.0,
     "2 screens from the home page to a confirmed return"),
    (walk(2, **FAILED), "fail", 0.0, NOT_COMPLETED),
    (walk(2, status="failed"), "fail", 0.0, NOT_REACHED),
    (artifacts(), "not_applicable", None, NO_FLOW),
    (walk(2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
]

FORMS: list[Case] = [
    (walk(2), "pass", 1.0, "0 form field(s) to fill or choose"),
    (walk(2, fields=4), "pass", 1.0, "4 form field(s) to fill or choose"),
    (walk(2, fields=3, status="stopped_before_submit"), "pass", 1.0,
     "3 form field(s) to fill or choose"),
    (flow(*START, fill(2, "Order number"), fill(3, "Email", status="skipped")), "pass", 1.0,
     "1 form field(s) to fill or choose"),
    (walk(2, fields=5), "partial", 0.5, "5 form field(s) to fill or choose"),
    (walk(2, fields=8), "partial", 0.5, "8 form field(s) to fill or choose"),
    (walk(2, fields=9), "fail", 0.0, "9 form field(s) to fill or choose"),
    (walk(2, fields=2, **FAILED), "fail", 0.0, NOT_COMPLETED),
    (artifacts(), "not_applicable", None, NO_FLOW),
    (walk(2, fields=2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
]

GUEST: list[Case] = [
    (walk(3), "pass", 1.0, "no login or password was needed"),
    (walk(3, status="stopped_before_submit"), "pass", 1.0, "no login or password was needed"),
    (walk(3, pages=(LOGIN,)), "pass", 1.0, "no login or password was needed"),
    (through(LOGIN, **FAILED), "fail", 0.0, "a password is asked for on 'Sign in'"),
    (through(screen(FORM, "Order lookup", heading=None, has_password_field=True)), "fail", 0.0,
     "a password is asked for on 'Shop'"),
    (walk(2, **FAILED), "not_applicable", None,
     "unknown: the flow stopped before the end, and no login was seen"),
    (artifacts(), "not_applicable", None, NO_FLOW),
    (walk(2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
]

RESOLUTION: list[Case] = [
    (through(screen(FORM, "Would you like a refund or an exchange?")), "pass", 1.0,
     "the return flow offers exchange ('Would you like a refund or an exchange?')"),
    (through(screen(FORM, "Souhaitez-vous un échange ou un remboursement ?")), "pass", 1.0,
     "the return flow offers exchange ('Souhaitez-vous un échange ou un remboursement ?')"),
    (through(screen(FORM, "Damaged on arrival? We will ship a replacement right away.")),
     "pass", 1.0, "the return flow offers replacement "
     "('We will ship a replacement right away.')"),
    (through(screen(FORM, "Choose a refund or a free repair by our own tailors, usually "
                          "back with you within two weeks of sending it in.")),
     "pass", 1.0, "the return flow offers repair ('Choose a refund or a free repair by our "
     "own tailors, usually back with you…')"),
    (with_policy("Unworn items can be exchanged for another size or refunded."), "pass", 1.0,
     "the policy offers exchange besides a refund"),
    (through(screen(FORM, "Your refund goes back to your card.")), "fail", 0.0,
     "only a refund is offered: no exchange, replacement or repair"),
    (with_policy("Refunds go back to the card you paid with."), "fail", 0.0,
     "only a refund is offered: no exchange, replacement or repair"),
    (without_policy(), "fail", 0.0,
     "no returns policy or completed return flow was found to read"),
    (walk(2, **FAILED, policy_page=None), "fail", 0.0,
     "no returns policy or completed return flow was found to read"),
]

CONFIRMATION: list[Case] = [
    (ending(ALL_SET), "pass", 1.0, "the last screen gives a label, a return number and next "
     "steps"),
    (ending(TOUT_EST_PRET), "pass", 1.0,
     "the last screen gives a label, a return number and next steps"),
    (ending("Your return number is R-88120.", qr_code=True, ordered_steps=True), "pass", 1.0,
     "the last screen gives a label, a return number and next steps"),
    (ending("Print your label below. Your return number is R-55555."), "partial", 0.5,
     "the last screen has no next steps"),
    (ending("Your return number is R-55555."), "fail", 0.0,
     "the last screen lacks a label and next steps"),
    (ending("Thank you, we have received your request."), "fail", 0.0,
     "the last screen lacks a label, a return number and next steps"),
    (walk(3, status="stopped_before_submit"), "not_applicable", None,
     "not checked: the flow stopped before submitting on a live store"),
    (walk(2, **FAILED), "fail", 0.0, NOT_COMPLETED),
    (artifacts(), "not_applicable", None, NO_FLOW),
    (walk(2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
]

TABLES = [("self-service-returns", SELF_SERVICE), ("flow-screens", SCREENS),
          ("form-burden", FORMS), ("guest-returns", GUEST),
          ("resolution-options", RESOLUTION), ("confirmation-next-steps", CONFIRMATION)]


@pytest.mark.parametrize(
    ("check_id", "arts", "status", "score", "summary"),
    [pytest.param(cid, *case, id=f"{cid}-{i}") for cid, table in TABLES
     for i, case in enumerate(table)],
)
def test_verdict(check_id: str, arts: Artifacts, status: str, score: float | None,
                 summary: str) -> None:
    assert verdict(run(check_id, arts)) == (status, score, summary)


def test_the_word_return_alone_is_not_a_return_number() -> None:
    arts = ending("Your return label is ready. Next steps: drop the parcel off.")
    assert verdict(run("confirmation-next-steps", arts)) == (
        "partial", 0.5, "the last screen has no return number")


@pytest.mark.parametrize(
    ("check_id", "arts", "evidence"),
    [
        ("self-service-returns", TWO_PUSHES, (Evidence(url=CONTACT, step=2, quote=EMAIL_US),
                                              Evidence(url=FORM, step=3, quote=MAILTO))),
        ("self-service-returns", walk(2, **FAILED),
         (Evidence(url=POLICY_URL, step=2, quote="button 'Start a return'"),)),
        ("flow-screens", walk(10), ()),
        ("form-burden", flow(*START, fill(2, "Order number")),
         (Evidence(url=FORM, step=2, quote="Order number"),)),
        ("guest-returns", through(LOGIN, **FAILED),
         (Evidence(url=LOGIN.url, selector="input[type=password]"),)),
        ("resolution-options", through(screen(FORM, "Exchange for another size.")),
         (Evidence(url=FORM, quote="Exchange for another size."),)),
        ("confirmation-next-steps", ending(ALL_SET), (
            Evidence(url=DONE, quote="Print your label from the link below."),
            Evidence(url=DONE, quote="Return number: R-20931."),
            Evidence(url=DONE, quote="Next steps: pack the item and drop it off at any "
                                     "post office."))),
        ("confirmation-next-steps", ending("Reference R-7788.", qr_code=True), (
            Evidence(url=DONE, quote="a QR code"), Evidence(url=DONE, quote="Reference R-7788."))),
    ],
)
def test_evidence(check_id: str, arts: Artifacts, evidence: tuple[Evidence, ...]) -> None:
    assert run(check_id, arts).evidence == evidence


@pytest.mark.parametrize(
    ("check_id", "arts", "override", "before", "after"),
    [
        ("flow-screens", walk(5), {"flow_screens": {"pass": 4}}, "pass", "partial"),
        ("form-burden", walk(1, fields=5), {"form_fields": {"pass": 5}}, "partial", "pass"),
    ],
)
def test_a_threshold_override_changes_the_verdict(check_id: str, arts: Artifacts,
                                                  override: dict[str, object], before: str,
                                                  after: str) -> None:
    rubric = with_overrides(default_rubric(), {"thresholds": override})
    assert run(check_id, arts).status == before
    assert run(check_id, arts, rubric).status == after


def test_no_check_speaks_of_a_flow_that_did_not_run() -> None:
    """`audit URL` opens the home page as step 0, but runs no return flow: the home page's text
    is not something 'the return flow offers'."""
    from returnaudit.artifacts.model import FlowArtifact

    home = page(HOME, text="We repair any jacket for free. Exchange for another size anytime.")
    opened = (go(0, HOME, action="open"),)
    quick = artifacts(opened, entry=home, pages=(home,), policy_page=None,
                      flow=FlowArtifact("not_run", opened, None, None, 300))
    for check_id in ("resolution-options", "retention-offers"):
        summary = run(check_id, quick).summary
        assert "flow offers" not in summary, (check_id, summary)
