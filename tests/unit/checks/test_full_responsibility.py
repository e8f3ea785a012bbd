"""Lesson 4, full responsibility: guarantees, damaged items and marketplace sellers' returns."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts
from returnaudit.checks.base import Evidence
from returnaudit.scoring.rubric import default_rubric, with_overrides

from ..helpers import page
from .builders import (
    HOME,
    NO_POLICY,
    POLICY_URL,
    policy_page,
    run,
    verdict,
    with_policy,
    without_policy,
)

Case = tuple[Artifacts, str, float | None, str]

GUARANTEE_URL = "http://s/guarantee"
SILENT = "You have 30 days to return an item."
UP_TO = "Every order is covered by our Happy Shopper money-back guarantee, up to $1,500 per order."
PROMISE = "Our Worry-Free Promise is a satisfaction guarantee on every order."
SATISFAIT = "Satisfait ou remboursé : tous vos achats sont couverts par notre garantie."
SELLERS = ("Items sold by third-party sellers on our marketplace are returned to us and "
           "covered by the same rules.")
VENDEURS = ("Les articles vendus par nos vendeurs partenaires suivent les mêmes règles de "
            "retour et nous nous occupons du remboursement.")
BROKEN = "If your parcel arrives damaged or never arrives, we replace it or refund you at our cost."
ABIME = ("Tout article endommagé pendant le transport ou manquant est remplacé ou remboursé à "
         "nos frais.")
WRONG = "Wrong size sent by mistake? We swap it at our cost."
SOLD_BY = "Sold by Atelier Nord and shipped from Lyon."
SHOP = page(HOME, text=SOLD_BY)


def fr(text: str, **changes: object) -> Artifacts:
    return with_policy(text, language="fr", **changes)


def marketplace(text: str) -> Artifacts:
    """A store whose home page shows another seller's item; its policy says `text`."""
    return with_policy(text, entry=SHOP, pages=(SHOP,))


def linked(policy: str, guarantee: str, *, error: str | None = None) -> Artifacts:
    """A policy saying `policy` that links a guarantee page saying `guarantee`."""
    extra = policy_page(guarantee, title="Our guarantee", url=GUARANTEE_URL, error=error)
    return with_policy(policy, related_pages=(extra,))


GUARANTEES: list[Case] = [
    (with_policy(UP_TO), "pass", 1.0, "a guarantee covers purchases up to 1,500"),
    (with_policy(PROMISE), "pass", 1.0, "a guarantee covers purchases"),
    (fr(SATISFAIT), "pass", 1.0, "a guarantee covers purchases"),
    (linked(SILENT, UP_TO), "pass", 1.0, "a guarantee covers purchases up to 1,500"),
    (with_policy(f"{UP_TO} {SELLERS}"), "pass", 1.0,
     "a guarantee covers purchases up to 1,500 including marketplace sellers"),
    (marketplace(PROMISE), "partial", 0.5,
     "a guarantee is offered, but not said to cover other sellers"),
    (marketplace(UP_TO), "partial", 0.5,
     "a guarantee up to 1,500 is offered, but not said to cover other sellers"),
    (linked(SILENT, UP_TO, error="HTTP 500"), "fail", 0.0,
     "no guarantee beyond the legal return right is offered"),
    (with_policy(SILENT), "fail", 0.0, "no guarantee beyond the legal return right is offered"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

DAMAGED: list[Case] = [
    (with_policy(BROKEN), "pass", 1.0, "damaged, wrong or missing items are handled by the store"),
    (with_policy(WRONG), "pass", 1.0, "damaged, wrong or missing items are handled by the store"),
    (fr(ABIME), "pass", 1.0, "damaged, wrong or missing items are handled by the store"),
    (linked(SILENT, BROKEN), "pass", 1.0,
     "damaged, wrong or missing items are handled by the store"),
    (with_policy(SILENT), "fail", 0.0,
     "nothing says what happens with damaged, wrong or undelivered items"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

SELLER_RETURNS: list[Case] = [
    (with_policy(SELLERS), "pass", 1.0,
     "the policy says how returns of other sellers' items are handled"),
    (fr(VENDEURS), "pass", 1.0, "the policy says how returns of other sellers' items are handled"),
    (linked(SILENT, f"{UP_TO} {SELLERS}"), "pass", 1.0,
     "the policy says how returns of other sellers' items are handled"),
    (marketplace(SILENT), "fail", 0.0, "the store sells for other sellers, but the policy "
     "does not say who handles their returns"),
    (without_policy(entry=SHOP, pages=(SHOP,)), "fail", 0.0, NO_POLICY),
    (with_policy(SILENT), "not_applicable", None,
     "not a marketplace: no third-party sellers were seen"),
    (without_policy(), "not_applicable", None,
     "not a marketplace: no third-party sellers were seen"),
]

TABLES = [("purchase-guarantee", GUARANTEES), ("damaged-or-missing-covered", DAMAGED),
          ("marketplace-seller-returns", SELLER_RETURNS)]


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
        ("purchase-guarantee", with_policy(f"{SILENT} {UP_TO}"),
         (Evidence(url=POLICY_URL, quote=UP_TO),)),
        ("purchase-guarantee", linked(SILENT, UP_TO), (Evidence(url=GUARANTEE_URL, quote=UP_TO),)),
        ("damaged-or-missing-covered", with_policy(BROKEN), (Evidence(url=POLICY_URL,
                                                                      quote=BROKEN),)),
        ("marketplace-seller-returns", with_policy(SELLERS),
         (Evidence(url=POLICY_URL, quote=SELLERS),)),
        ("marketplace-seller-returns", marketplace(SILENT), (Evidence(url=HOME, quote=SOLD_BY),)),
    ],
)
def test_evidence(check_id: str, arts: Artifacts, evidence: tuple[Evidence, ...]) -> None:
    assert run(check_id, arts).evidence == evidence


@pytest.mark.parametrize("check_id", [cid for cid, _ in TABLES])
def test_no_threshold_decides_these_checks(check_id: str) -> None:
    """They read no threshold: even the strictest override leaves every verdict as it was."""
    strict = with_overrides(default_rubric(), {"thresholds": {
        "window_days": {"pass": 365, "partial": 365}, "refund_days": {"pass": 0},
        "tone": {"friendly_ratio": 1.0}}})
    for arts, *expected in dict(TABLES)[check_id]:
        assert verdict(run(check_id, arts, strict)) == tuple(expected)
