"""Whole short policies (our own wording): headings, lists, Q&A and contradictions together."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

POLICIES: list[tuple[str, str, dict[str, object]]] = [
    (
        "en",
        "RETURNS\nNot in love? No problem.\n- Return window: 30 days from delivery\n"
        "- Return shipping: free for UK orders\n- Refunds: processed within 3-5 working days\n"
        'Exchanges\nWe\'re happy to swap sizes. Just select "exchange" in your account.',
        {
            "window_days": 30,
            "window_start": "delivery",
            "free_returns": True,
            "refund_days": 5,
            "refund_methods": ["original_payment", "exchange"],
            "support_contact_required": False,
        },
    ),
    (
        "en",
        "FAQ\nHow long do I have to return something?\nYou have 60 days.\n"
        "Who pays for return shipping?\nYou do. A flat $7 fee is deducted from your refund.\n"
        "How do I start?\nEmail returns@shop.example and we'll send you a label.",
        {
            "window_days": 60,
            "free_returns": False,
            "return_shipping_paid_by": "customer",
            "support_contact_required": True,
        },
    ),
    (
        "en",
        "Return Policy\nAll sales are final. We do not accept returns or exchanges.",
        {"window_days": None, "refund_methods": None, "free_returns": None},
    ),
    (
        "en",
        "Returns are accepted within 14 days of delivery.\n"
        "Update: until further notice we cannot accept any returns at all.",
        {"window_days": None, "window_start": "delivery"},
    ),
    (
        "en",
        "Free returns on every order!\nReturn shipping costs $4.95, deducted from your refund.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "en",
        "Return shipping is free within the US. International customers pay their own "
        "return shipping.",
        {"free_returns": True, "return_shipping_paid_by": "store"},
    ),
    (
        "fr",
        "Conditions de retour\n1. Délai\nVous avez 30 jours à compter de la date d'achat.\n"
        "2. Procédure\nEnvoyez-nous un e-mail à retours@exemple.fr pour obtenir un numéro de "
        "retour.\n3. Frais\nLe retour est à vos frais, sauf en cas de produit défectueux.",
        {
            "window_days": 30,
            "window_start": "purchase",
            "support_contact_required": True,
            "free_returns": False,
            "damaged_or_missing_covered": True,
        },
    ),
    (
        "fr",
        "Retours\nVous disposez de 14 jours pour changer d'avis.\nLes frais de retour sont "
        "offerts.\nRemboursement sous 10 jours par le même moyen de paiement.",
        {"window_days": 14, "free_returns": True, "refund_days": 10},
    ),
    (
        "de",
        "Rückgabe\nDu kannst deine Bestellung innerhalb von 30 Tagen nach Erhalt kostenlos "
        "zurücksenden.\nMelde die Rücksendung einfach in deinem Kundenkonto an.\n"
        "Die Erstattung erfolgt innerhalb von 5 Werktagen nach Eingang der Retoure.",
        {
            "window_days": 30,
            "window_start": "delivery",
            "free_returns": True,
            "refund_days": 5,
            "support_contact_required": False,
        },
    ),
    (
        "en",
        "Refunds\nCash purchases are refunded in 2 days. Cheque purchases are refunded by "
        "cheque within 15 days.",
        {"refund_days": None},
    ),
    (
        "en",
        "No RMA number is needed: print your label from the returns portal.",
        {"support_contact_required": False},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), POLICIES)
def test_policy(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language).to_dict()
    assert {name: facts[name] for name in expected} == expected
