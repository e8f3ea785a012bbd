"""Checks that read page words do not take a denied cue for the cue (EN, FR, DE): "we do not
offer exchanges" is no exchange offer. Sentences written for these tests."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts

from ..helpers import artifacts, page
from .builders import FORM, HOME, run, screen, through, verdict, with_policy

NO_OFFER = "nothing invites the shopper to stay: no exchange, store credit or incentive"
ONLY_REFUND = "only a refund is offered: no exchange, replacement or repair"
NEUTRAL = "neutral wording (0 friendly, 0 restrictive phrase(s))"
NOT_FLEXIBLE = "no exceptions, extended windows or goodwill are mentioned"
NOT_A_MARKETPLACE = "not a marketplace: no third-party sellers were seen"
FOOTER_ONLY = ("no returns information in the header and content of the home page (http://s/); "
               "not checked: product pages and the cart (the home page links none)")
NEVER_TOLD = "the shopper is never told to contact support to return"


def offered(text: str) -> Artifacts:
    return through(screen(FORM, text))


def home_says(text: str) -> Artifacts:
    entry = page(HOME, text=text)
    return artifacts(entry=entry, pages=(entry,))


CASES: list[tuple[str, Artifacts, str, str]] = [
    ("retention-offers", offered("We do not offer an exchange or store credit here."), "fail",
     NO_OFFER),
    ("retention-offers", offered("Nous ne proposons aucun échange sur cette commande."), "fail",
     NO_OFFER),
    ("retention-offers", offered("Ein Umtausch ist bei dieser Bestellung nicht möglich."), "fail",
     NO_OFFER),
    ("resolution-options", offered("We cannot repair or replace items bought on sale."), "fail",
     ONLY_REFUND),
    ("resolution-options", offered("Nous ne pouvons ni réparer ni remplacer cet article."),
     "fail", ONLY_REFUND),
    ("customer-friendly-tone", with_policy("Returns are not hassle-free for bulky items."),
     "partial", NEUTRAL),
    ("customer-friendly-tone", with_policy("Le retour n'est jamais gratuit.", language="fr"),
     "partial", NEUTRAL),
    ("customer-friendly-tone", with_policy("Die Rücksendung ist nicht kostenlos.",
                                           language="de"), "partial", NEUTRAL),
    ("policy-flexibility", with_policy("There is no goodwill extension after 30 days."), "fail",
     NOT_FLEXIBLE),
    ("policy-flexibility", with_policy("Nous ne faisons aucun geste commercial.", language="fr"),
     "fail", NOT_FLEXIBLE),
    ("policy-flexibility", with_policy("Eine Kulanz gibt es nicht.", language="de"), "fail",
     NOT_FLEXIBLE),
    ("marketplace-seller-returns", home_says("We are not a marketplace."), "not_applicable",
     NOT_A_MARKETPLACE),
    ("marketplace-seller-returns", home_says("Nous n'avons aucun vendeur tiers."),
     "not_applicable", NOT_A_MARKETPLACE),
    ("marketplace-seller-returns", home_says("Wir arbeiten ohne Drittanbieter."),
     "not_applicable", NOT_A_MARKETPLACE),
    ("policy-prominence", home_says("We do not offer free returns."), "fail", FOOTER_ONLY),
    ("policy-prominence", home_says("Pas de retours gratuits pendant les soldes."), "fail",
     FOOTER_ONLY),
    ("policy-prominence", home_says("Keine kostenlose Rücksendung bei Sonderposten."), "fail",
     FOOTER_ONLY),
    ("no-support-gate", home_says("You don't need to email us to start a return."), "pass",
     NEVER_TOLD),
    ("no-support-gate", home_says("Vous n'avez pas à contacter notre service client pour un "
                                  "retour."), "pass", NEVER_TOLD),
    ("no-support-gate", home_says("Kontaktieren Sie uns nicht wegen einer Rücksendung."),
     "pass", NEVER_TOLD),
]


@pytest.mark.parametrize(("check_id", "arts", "status", "summary"), CASES,
                         ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_a_denied_cue_is_not_read_as_the_cue(check_id: str, arts: Artifacts, status: str,
                                            summary: str) -> None:
    assert verdict(run(check_id, arts))[::2] == (status, summary)


def test_the_confirmation_that_denies_a_label_lacks_one() -> None:
    arts = through(screen(FORM, "Find your order."), screen(
        "http://s/done", "You will not get a return label by post. Return number: R-20931. "
                         "Next steps: drop the parcel at a post office."))
    assert verdict(run("confirmation-next-steps", arts))[::2] == (
        "partial", "the last screen has no label")
