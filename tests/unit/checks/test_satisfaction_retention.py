"""Lesson 5, satisfaction and retention: prominence, tone, support gates, free returns, offers."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts, Link
from returnaudit.checks.base import Evidence
from returnaudit.scoring.rubric import default_rubric, with_overrides

from ..helpers import artifacts, page
from .builders import (
    FORM,
    HOME,
    NO_POLICY,
    POLICY_URL,
    TIMED_OUT,
    TIMEOUT,
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
EMAIL_US = "page says: email us to start a return"
SILENT = "You have 30 days to return an item."
PORTAL = "Start your return online from the returns portal; no need to contact us."
ASK_FIRST = ("Please contact customer service to request a return authorization number "
             "before sending anything back.")
ECRIVEZ = "Pour effectuer un retour, contactez notre service client par e-mail."
PREPAID = "Return shipping is free: we email you a prepaid label."
WE_COVER = "We cover the cost of return shipping."
ETIQUETTE = "Les frais de retour sont gratuits : une étiquette prépayée est fournie."
YOU_PAY = "You pay the cost of sending the item back to us."
A_VOTRE_CHARGE = "Les frais de retour sont à votre charge."
FRIENDLY = ("Changed your mind? No questions asked. Returns are hassle-free and we'll refund "
            "you quickly.")
MIXED = "No questions asked within 30 days. We reserve the right to refuse worn items."
STRICT = "All sales are final on clearance items. We reserve the right to refuse any return."
GRATUIT = "Les retours sont gratuits et sans justification pendant 30 jours."
CREDIT = "Items on sale can only be returned for store credit."
CARD_ONLY = "We refund the price of your order to the card you paid with."
BANNER = Link("Free returns", "/returns")
PRODUCT = page("http://s/products/tee", text="Organic cotton tee. Free 30-day returns on every "
               "order.")
CART = page("http://s/cart", text="Your basket. Returns are free within 30 days.")
CART_SILENT = page("http://s/cart", text="Your basket is empty.")
PRODUIT = page("http://s/produits/plaid", text="Retours gratuits sous 30 jours.")
PANIER = page("http://s/panier", text="Satisfait ou remboursé pendant 30 jours.")
PUSHED = flow(go(0, HOME, action="open"), go(1, POLICY_URL), go(2, CONTACT, page=1),
              pages=(page(CONTACT, text="email us to start a return"),))


def shown(*shop: object, header: tuple[Link, ...] = (), text: str = "Hello") -> Artifacts:
    entry = page(HOME, header_links=header, text=text)
    return artifacts(entry=entry, pages=(entry,), shop_pages=shop)


def offered(text: str) -> Artifacts:
    """A completed flow whose choice screen says `text`."""
    return through(screen(FORM, text))


def offered_under(policy: str, text: str) -> Artifacts:
    """A completed flow whose screen says `text`, under a policy that says `policy`."""
    return through(screen(FORM, text), policy_page=with_policy(policy).policy_page)


FORCED_CREDIT = ("refunds are given as store credit only: a restriction, not an offer that keeps "
                 "the customer")


PROMINENCE: list[Case] = [
    (shown(PRODUCT, header=(BANNER,)), "pass", 1.0, "returns are shown in 2 places: "
     "'Free returns' on http://s/, 'Free 30-day returns on every order.' on "
     "http://s/products/tee"),
    (shown(PRODUIT, PANIER), "pass", 1.0, "returns are shown in 2 places: 'Retours gratuits "
     "sous 30 jours.' on http://s/produits/plaid, 'Satisfait ou remboursé pendant 30 jours.' "
     "on http://s/panier"),
    (shown(page("http://s/produits/lampe", text="Lampe en opaline.", links=(
        Link("voir les conditions", POLICY_URL),))), "partial", 0.5,
     "returns are shown in one place beyond the footer: 'voir les conditions' on "
     "http://s/produits/lampe"),
    (shown(CART), "partial", 0.5, "returns are shown in one place beyond the footer: "
     "'Returns are free within 30 days.' on http://s/cart"),
    (shown(text="New season. Easy returns, always."), "partial", 0.5,
     "returns are shown in one place beyond the footer: 'Easy returns, always.' on http://s/"),
    (shown(page("http://s/products/tee", text="Organic cotton tee."),
           header=(Link("Contact", "/c"),)),
     "fail", 0.0, "no returns information in the header and content of the home page "
     "(http://s/) or a product page (http://s/products/tee); not checked: the cart (the home "
     "page links none)"),
    (shown(page("http://s/products/tee", text="Organic cotton tee."), CART_SILENT), "fail", 0.0,
     "no returns information in the header and content of the home page (http://s/), a "
     "product page (http://s/products/tee) or the cart (http://s/cart)"),
    (artifacts(entry=None), "error", None, "the home page could not be read"),
]

TONE: list[Case] = [
    (with_policy(FRIENDLY), "pass", 1.0, "customer-centred wording (2 friendly, 0 restrictive "
     "phrase(s))"),
    (with_policy(GRATUIT, language="fr"), "pass", 1.0,
     "customer-centred wording (1 friendly, 0 restrictive phrase(s))"),
    (with_policy(SILENT), "partial", 0.5, "neutral wording (0 friendly, 0 restrictive "
     "phrase(s))"),
    (with_policy(MIXED), "partial", 0.5, "mixed wording (1 friendly, 1 restrictive phrase(s))"),
    (with_policy(STRICT), "fail", 0.0, "restrictive wording (0 friendly, 2 restrictive "
     "phrase(s))"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

SUPPORT_GATE: list[Case] = [
    (with_policy(PORTAL), "pass", 1.0, "the shopper is never told to contact support to return"),
    (walk(3, policy_page=None), "pass", 1.0,
     "the shopper is never told to contact support to return"),
    (PUSHED, "fail", 0.0, f"the return flow sends the shopper to support: {EMAIL_US}"),
    (with_policy(ASK_FIRST), "fail", 0.0,
     "the policy tells shoppers to contact support to start a return"),
    (with_policy(ECRIVEZ, language="fr"), "fail", 0.0,
     "the policy tells shoppers to contact support to start a return"),
    (with_policy(PORTAL, pages=(page(HOME), page(
        "http://s/faq", text="Email us to start a return.")), errors=(TIMEOUT,)),
     "fail", 0.0,
     "a page tells shoppers to contact support to return: 'Email us to start a return.'"),
    (walk(2, errors=(TIMEOUT,)), "error", None, TIMED_OUT),
    (without_policy(), "not_applicable", None, "no policy and no flow to read"),
]

FREE: list[Case] = [
    (with_policy(PREPAID), "pass", 1.0, "returns are free"),
    (with_policy(WE_COVER), "pass", 1.0, "returns are free"),
    (with_policy(ETIQUETTE, language="fr"), "pass", 1.0, "returns are free"),
    (with_policy(YOU_PAY), "fail", 0.0, "the shopper pays to return"),
    (with_policy(A_VOTRE_CHARGE, language="fr"), "fail", 0.0, "the shopper pays to return"),
    (with_policy(SILENT), "fail", 0.0, "the policy does not say returns are free"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

RETENTION: list[Case] = [
    (offered("Exchange for another size, or get a refund."), "pass", 1.0,
     "the flow offers exchange: 'Exchange for another size, or get a refund.'"),
    (offered("Choose store credit and get an extra 10% bonus."), "pass", 1.0,
     "the flow offers store credit: 'Choose store credit and get an extra 10% bonus.'"),
    (offered("Keep shopping: a 10% bonus awaits on your next order."), "pass", 1.0,
     "the flow offers incentive: 'Keep shopping: a 10% bonus awaits on your next order.'"),
    (offered("Préférez un avoir, valable un an."), "pass", 1.0,
     "the flow offers store credit: 'Préférez un avoir, valable un an.'"),
    (with_policy(CREDIT), "fail", 0.0, FORCED_CREDIT),
    (with_policy("Refunds are made as a voucher only, never in cash."), "fail", 0.0,
     FORCED_CREDIT),
    (with_policy("Les remboursements se font uniquement sous forme d'avoir.", language="fr"),
     "fail", 0.0, FORCED_CREDIT),
    (with_policy("Choose a refund to your card, or store credit with a 10% bonus."), "pass",
     1.0, "the policy offers store credit"),
    (offered_under(CREDIT, "Your store credit will be emailed to you."), "fail", 0.0,
     FORCED_CREDIT),
    (with_policy("Unworn items can be exchanged for another size or refunded as store credit."),
     "pass", 1.0, "the policy offers exchange"),  # credit is the only money back: forced
    (with_policy(CARD_ONLY), "fail", 0.0,
     "nothing invites the shopper to stay: no exchange, store credit or incentive"),
    (offered("Your refund goes back to your card."), "fail", 0.0,
     "nothing invites the shopper to stay: no exchange, store credit or incentive"),
    (without_policy(), "fail", 0.0, "no returns policy or completed return flow was found to "
     "read"),
]

TABLES = [("policy-prominence", PROMINENCE), ("customer-friendly-tone", TONE),
          ("no-support-gate", SUPPORT_GATE), ("free-returns", FREE),
          ("retention-offers", RETENTION)]


@pytest.mark.parametrize(
    ("check_id", "arts", "status", "score", "summary"),
    [pytest.param(cid, *case, id=f"{cid}-{i}") for cid, table in TABLES
     for i, case in enumerate(table)],
)
def test_verdict(check_id: str, arts: Artifacts, status: str, score: float | None,
                 summary: str) -> None:
    assert verdict(run(check_id, arts)) == (status, score, summary)


@pytest.mark.parametrize(
    ("check_id", "arts", "evidence"),
    [
        ("policy-prominence", shown(PRODUCT, header=(BANNER,)), (
            Evidence(url=HOME, selector="header, nav", quote="Free returns"),
            Evidence(url=PRODUCT.url, quote="Free 30-day returns on every order."))),
        ("customer-friendly-tone", with_policy(MIXED), (
            Evidence(url=POLICY_URL, quote="No questions asked within 30 days."),
            Evidence(url=POLICY_URL, quote="We reserve the right to refuse worn items."))),
        ("no-support-gate", PUSHED, (Evidence(url=CONTACT, step=2, quote=EMAIL_US),)),
        ("no-support-gate", with_policy(f"{SILENT} {ASK_FIRST}"),
         (Evidence(url=POLICY_URL, quote=ASK_FIRST),)),
        ("free-returns", with_policy(PREPAID), (Evidence(url=POLICY_URL, quote=PREPAID),)),
        ("retention-offers", with_policy(CREDIT), (Evidence(url=POLICY_URL, quote=CREDIT),)),
        ("retention-offers", offered("Exchange it."), (Evidence(url=FORM, quote="Exchange it."),)),
    ],
)
def test_evidence(check_id: str, arts: Artifacts, evidence: tuple[Evidence, ...]) -> None:
    assert run(check_id, arts).evidence == evidence


def test_a_threshold_override_changes_the_verdict() -> None:
    rubric = with_overrides(default_rubric(), {"thresholds": {"tone": {"friendly_ratio": 0.5}}})
    arts = with_policy(MIXED)
    assert run("customer-friendly-tone", arts).status == "partial"
    assert verdict(run("customer-friendly-tone", arts, rubric)) == (
        "pass", 1.0, "customer-centred wording (1 friendly, 1 restrictive phrase(s))")
