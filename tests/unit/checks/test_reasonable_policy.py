"""Lesson 3, reasonable policy: each check's verdicts over policy texts written for these tests."""

from __future__ import annotations

import pytest

from returnaudit.artifacts.model import Artifacts
from returnaudit.checks.base import Evidence
from returnaudit.scoring.rubric import default_rubric, with_overrides

from .builders import NO_POLICY, POLICY_URL, run, verdict, with_policy, without_policy

Case = tuple[Artifacts, str, float | None, str]

SILENT = "You have 30 days to return an item."
MONTH_FROM_DELIVERY = "You have 30 days from delivery to send an item back."
FORTNIGHT = "Items can be returned within 14 days of purchase."
ONE_WEEK = "You may return items within 7 days of delivery."
NO_WINDOW = "We accept returns of unworn items with their tags attached."
UN_MOIS = "Vous disposez de 30 jours à compter de la réception pour nous retourner un article."
QUINZE = "Vous avez 14 jours à compter de l'achat pour changer d'avis."
WORN_OR_SALE = ("Unworn items get a full refund; worn items can only be exchanged for store "
                "credit. Items bought on sale are refunded as store credit.")
SALE_CREDIT = "Items on sale can only be returned for store credit."
OPENED_FEE = "Opened software is refunded minus a restocking fee."
LATE_CREDIT = ("Send it back within 60 days of delivery. Items returned after 60 days but "
               "within 90 days are refunded as store credit.")
OUVERTS = ("Les frais de retour sont à votre charge et une retenue de 10 % est appliquée sur "
           "les articles ouverts.")
CARD_FAST = ("Refunds go to your original payment method within 5 business days of "
             "receiving the parcel.")
CARTE = ("Le remboursement est effectué sur votre moyen de paiement d'origine sous 7 jours "
         "après réception du colis.")
CARD_ONLY = "We refund the price of your order to the card you paid with."
SWAP = "Unworn items can be exchanged for another size or refunded."
WAIT_ONLY = "Allow up to 10 days for the money to reach your account after we get your parcel."
PREPAID = "Return shipping is free: we email you a prepaid label."
ETIQUETTE = "Les frais de retour sont gratuits : une étiquette prépayée est fournie."
YOU_PAY = "You pay the cost of sending the item back to us."
FEE_15 = "Opened items are subject to a 15% restocking fee. You pay for return shipping."
WE_PAY_FEE = "We cover the cost of return shipping. " + OPENED_FEE
HOLIDAY = "Gifts bought for the holiday season can be returned until January 31."
CASE_BY_CASE = "Exceptions are handled case by case by our team."
GESTE = "À titre de geste commercial, nous acceptons parfois un retour hors délai."


def fr(text: str) -> Artifacts:
    return with_policy(text, language="fr")


WINDOW: list[Case] = [
    (with_policy(MONTH_FROM_DELIVERY), "pass", 1.0, "30 days to return from delivery"),
    (with_policy("You can return anything within 60 days."), "pass", 1.0, "60 days to return"),
    (fr(UN_MOIS), "pass", 1.0, "30 days to return from delivery"),
    (with_policy(FORTNIGHT), "partial", 0.5, "14 days to return from purchase"),
    (fr(QUINZE), "partial", 0.5, "14 days to return from purchase"),
    (with_policy(ONE_WEEK), "fail", 0.0, "7 days to return from delivery"),
    (with_policy(NO_WINDOW), "fail", 0.0, "the policy states no return window"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

DIFFERENTIATED: list[Case] = [
    (with_policy(WORN_OR_SALE), "pass", 1.0,
     "the outcome depends on the item's condition, how it was bought"),
    (with_policy(f"{OPENED_FEE} {LATE_CREDIT}"), "pass", 1.0,
     "the outcome depends on the item's condition, how long it was held"),
    (with_policy(OPENED_FEE), "partial", 0.5,
     "the outcome depends only on the item's condition"),
    (with_policy(SALE_CREDIT), "partial", 0.5, "the outcome depends only on how it was bought"),
    (with_policy(LATE_CREDIT), "partial", 0.5,
     "the outcome depends only on how long it was held"),
    (fr(OUVERTS), "partial", 0.5, "the outcome depends only on the item's condition"),
    (with_policy(SILENT), "fail", 0.0, "one rule for every return: the outcome never depends "
     "on condition, time held or how the item was bought"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

REFUND: list[Case] = [
    (with_policy(CARD_FAST), "pass", 1.0, "refunds by original payment, within 5 days"),
    (fr(CARTE), "pass", 1.0, "refunds by original payment, within 7 days"),
    (with_policy(CARD_ONLY), "partial", 0.5,
     "refunds by original payment, but no refund time is given"),
    (with_policy(SWAP), "partial", 0.5,
     "refunds by original payment, exchange, but no refund time is given"),
    (with_policy(WAIT_ONLY), "partial", 0.5,
     "a refund within 10 days, but not how it is paid"),
    (with_policy(SILENT), "fail", 0.0, "the policy says neither how nor when refunds are paid"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

COSTS: list[Case] = [
    (with_policy(PREPAID), "pass", 1.0, "the store pays return shipping; no restocking fee"),
    (fr(ETIQUETTE), "pass", 1.0, "the store pays return shipping; no restocking fee"),
    (with_policy(YOU_PAY), "pass", 1.0, "the shopper pays return shipping; no restocking fee"),
    (with_policy(FEE_15), "partial", 0.5,
     "the shopper pays return shipping, but a 15% restocking fee applies"),
    (with_policy(WE_PAY_FEE), "partial", 0.5,
     "the store pays return shipping, but a restocking fee applies"),
    (with_policy(SILENT), "fail", 0.0, "the policy does not say who pays for return shipping"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

FLEXIBILITY: list[Case] = [
    (with_policy(HOLIDAY), "pass", 1.0, f"flexible: '{HOLIDAY}'"),
    (with_policy(f"{SILENT} {CASE_BY_CASE}"), "pass", 1.0, f"flexible: '{CASE_BY_CASE}'"),
    (with_policy(LATE_CREDIT), "pass", 1.0, "flexible: 'Items returned after 60 days but "
     "within 90 days are refunded as store credit.'"),
    (fr(GESTE), "pass", 1.0, f"flexible: '{GESTE}'"),
    (with_policy(SILENT), "fail", 0.0,
     "no exceptions, extended windows or goodwill are mentioned"),
    (without_policy(), "fail", 0.0, NO_POLICY),
]

TABLES = [("return-window", WINDOW), ("differentiated-policy", DIFFERENTIATED),
          ("refund-method-and-timing", REFUND), ("return-costs-clear", COSTS),
          ("policy-flexibility", FLEXIBILITY)]


@pytest.mark.parametrize(
    ("check_id", "arts", "status", "score", "summary"),
    [pytest.param(cid, *case, id=f"{cid}-{i}") for cid, table in TABLES
     for i, case in enumerate(table)],
)
def test_verdict(check_id: str, arts: Artifacts, status: str, score: float | None,
                 summary: str) -> None:
    assert verdict(run(check_id, arts)) == (status, score, summary)


def quoted(*sentences: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(url=POLICY_URL, quote=s) for s in sentences)


@pytest.mark.parametrize(
    ("check_id", "arts", "evidence"),
    [
        ("return-window", with_policy(f"Thanks for shopping. {MONTH_FROM_DELIVERY}"),
         quoted(MONTH_FROM_DELIVERY)),
        ("return-window", with_policy(NO_WINDOW), ()),
        ("differentiated-policy", with_policy(WORN_OR_SALE), quoted(
            "Unworn items get a full refund; worn items can only be exchanged for store credit.",
            "Items bought on sale are refunded as store credit.")),
        ("refund-method-and-timing", with_policy(CARD_FAST), quoted(CARD_FAST)),
        ("return-costs-clear", with_policy(FEE_15), quoted(
            "You pay for return shipping.", "Opened items are subject to a 15% restocking fee.")),
        ("return-costs-clear", with_policy(SILENT), ()),
        ("policy-flexibility", with_policy(f"{HOLIDAY} {CASE_BY_CASE}"),
         quoted(HOLIDAY, CASE_BY_CASE)),
    ],
)
def test_evidence(check_id: str, arts: Artifacts, evidence: tuple[Evidence, ...]) -> None:
    assert run(check_id, arts).evidence == evidence


def test_a_threshold_override_changes_the_verdict() -> None:
    rubric = with_overrides(default_rubric(), {"thresholds": {"window_days": {"pass": 14}}})
    arts = with_policy(FORTNIGHT)
    assert run("return-window", arts).status == "partial"
    assert verdict(run("return-window", arts, rubric)) == (
        "pass", 1.0, "14 days to return from purchase")
