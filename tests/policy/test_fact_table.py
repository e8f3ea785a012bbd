"""One policy snippet per row, with the facts it must yield (only the listed facts are checked)."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

CASES: list[tuple[str, str, dict[str, object]]] = [
    # --- "only" outcomes and credit lifetimes are not money refunds nor refund delays
    (
        "en",
        "Refunds are given as store credit only, valid for 12 months from issue.",
        {"refund_methods": ("store_credit",), "refund_days": None},
    ),
    (
        "fr",
        "Le remboursement se fait uniquement sous forme d'avoir, valable un an.",
        {"refund_methods": ("store_credit",), "refund_days": None},
    ),
    (
        "en",
        "We refund the original payment method only, within 10 days of receiving the parcel.",
        {"refund_methods": ("original_payment",), "refund_days": 10},
    ),
    (
        "en",
        "Our Shopping Guarantee covers every order up to $1,000, whoever the seller.",
        {"guarantee": True, "guarantee_amount": 1000.0},
    ),
    # --- return window: digits, words, weeks, months, start event
    (
        "en",
        "You may return unworn shoes within 60 days of purchase for a full refund.",
        {"window_days": 60, "window_start": "purchase", "refund_methods": ("original_payment",)},
    ),
    (
        "en",
        "Changed your mind? Send it back within thirty days of delivery.",
        {"window_days": 30, "window_start": "delivery"},
    ),
    (
        "en",
        "Items can be returned up to two weeks after you receive your order.",
        {"window_days": 14, "window_start": "delivery"},
    ),
    (
        "en",
        "We accept returns for one month from the date of purchase.",
        {"window_days": 30, "window_start": "purchase"},
    ),
    (
        "en",
        "You have 3 months to bring a purchase back to any of our stores.",
        {"window_days": 90, "window_start": None},
    ),
    (
        "en",
        "Returns are accepted within 21 days of the ship date.",
        {"window_days": 21, "window_start": None},
    ),
    (
        "en",
        "Defective products may be returned within 1 year under warranty. "
        "Other items can be returned within 30 days of delivery.",
        {"window_days": 30, "damaged_or_missing_covered": True},
    ),
    (
        "en",
        "Return any item within 45 days. Refunds are issued within 5 days of "
        "receiving your return.",
        {"window_days": 45, "refund_days": 5},
    ),
    (
        "en",
        "Gold members get 90 days to return. Everyone else can return items within 30 days.",
        {"window_days": 30, "purchase_method_tiers": False},
    ),
    (
        "fr",
        "Vous disposez de trente jours à compter de la livraison pour nous retourner un article.",
        {"window_days": 30, "window_start": "delivery"},
    ),
    (
        "fr",
        "Les retours sont acceptés dans un délai d'un mois après l'achat.",
        {"window_days": 30, "window_start": "purchase"},
    ),
    (
        "fr",
        "Vous pouvez renvoyer vos articles sous 2 semaines après réception du colis.",
        {"window_days": 14, "window_start": "delivery"},
    ),
    (
        "de",
        "Sie können Artikel innerhalb von dreißig Tagen nach Erhalt der Ware zurückschicken.",
        {"window_days": 30, "window_start": "delivery"},
    ),
    (
        "de",
        "Die Rückgabefrist beträgt einen Monat ab Kaufdatum.",
        {"window_days": 30, "window_start": "purchase"},
    ),
    # --- refund delay: ranges, hours, business days, bank posting
    (
        "en",
        "Once we receive your parcel, your refund will be processed within 5-10 business days.",
        {"refund_days": 10, "window_days": None},
    ),
    (
        "en",
        "Please allow 48 hours for your refund to appear on your statement.",
        {"refund_days": 2},
    ),
    (
        "en",
        "Refunds are credited to your original payment method within three to five working days.",
        {"refund_days": 5, "refund_methods": ("original_payment",)},
    ),
    (
        "fr",
        "Le remboursement est effectué sous 72 heures après réception de votre retour.",
        {"refund_days": 3},
    ),
    ("fr", "Nous vous remboursons dans un délai de 14 jours ouvrés.", {"refund_days": 14}),
    (
        "de",
        "Die Erstattung erfolgt innerhalb von 5 bis 7 Werktagen nach Eingang der Rücksendung.",
        {"refund_days": 7},
    ),
    # --- who pays, free returns, negations
    (
        "en",
        "Returns are always free: we include a prepaid label in every box.",
        {"free_returns": True, "return_shipping_paid_by": "store"},
    ),
    (
        "en",
        "We do not offer free returns.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "en",
        "Return shipping is at the customer's expense.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "en",
        "You are responsible for the cost of shipping your return to us.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "en",
        "If your item arrives faulty, we will pay for the return postage.",
        {"free_returns": None, "damaged_or_missing_covered": True},
    ),
    (
        "en",
        "A $6.95 return shipping fee will be deducted from your refund.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "fr",
        "Pas de frais de retour : le retour est gratuit depuis la France métropolitaine.",
        {"free_returns": True, "return_shipping_paid_by": "store"},
    ),
    (
        "fr",
        "Les frais de retour sont à la charge du client.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    (
        "de",
        "Die Rücksendung ist für Sie kostenlos.",
        {"free_returns": True, "return_shipping_paid_by": "store"},
    ),
    (
        "de",
        "Die Kosten der Rücksendung tragen Sie.",
        {"free_returns": False, "return_shipping_paid_by": "customer"},
    ),
    # --- restocking fee
    (
        "en",
        "Opened electronics are subject to a 15% restocking fee.",
        {"restocking_fee": True, "restocking_fee_percent": 15.0, "condition_tiers": True},
    ),
    (
        "en",
        "There is no restocking fee on any return.",
        {"restocking_fee": False, "restocking_fee_percent": None},
    ),
    (
        "en",
        "A restocking charge of 10 percent applies to furniture returns.",
        {"restocking_fee": True, "restocking_fee_percent": 10.0},
    ),
    (
        "fr",
        "Des frais de remise en stock de 20 % s'appliquent aux produits descellés.",
        {"restocking_fee": True, "restocking_fee_percent": 20.0, "condition_tiers": True},
    ),
    # --- refund methods
    (
        "en",
        "We refund to the original payment method; if you prefer, we can issue "
        "store credit instead.",
        {"refund_methods": ("original_payment", "store_credit")},
    ),
    (
        "en",
        "Returned items are exchanged for store credit only; we do not give cash refunds.",
        {"refund_methods": ("store_credit",)},
    ),
    (
        "en",
        "Choose a replacement, a repair, or an exchange for a different size.",
        {"refund_methods": ("exchange", "replacement", "repair")},
    ),
    (
        "fr",
        "Vous recevrez un avoir valable un an ou un échange contre une autre taille.",
        {"refund_methods": ("store_credit", "exchange")},
    ),
    (
        "fr",
        "Le remboursement est fait sur le moyen de paiement utilisé lors de la commande.",
        {"refund_methods": ("original_payment",)},
    ),
    (
        "de",
        "Sie erhalten einen Gutschein oder können den Artikel umtauschen.",
        {"refund_methods": ("store_credit", "exchange")},
    ),
    # --- tiers
    ("en", "Used items are eligible only for a partial refund.", {"condition_tiers": True}),
    ("en", "Items must be unworn and have their tags attached.", {"condition_tiers": False}),
    (
        "en",
        "Items returned within 30 days get a full refund; after 30 days we "
        "offer store credit only.",
        {"time_tiers": True, "window_days": 30},
    ),
    ("en", "We cannot accept returns after 30 days.", {"time_tiers": False, "window_days": 30}),
    ("en", "Sale items can only be returned for store credit.", {"purchase_method_tiers": True}),
    (
        "en",
        "Gifts returned with a gift receipt are refunded as a gift card.",
        {"purchase_method_tiers": True, "refund_methods": ("store_credit",)},
    ),
    (
        "fr",
        "Les articles en soldes ne sont ni repris ni échangés.",
        {"purchase_method_tiers": True, "exclusions": ("sale_items",)},
    ),
    ("fr", "Passé ce délai, nous proposons uniquement un avoir.", {"time_tiers": True}),
    # --- guarantee, marketplace
    (
        "en",
        "Every order is protected by our Buyer Protection guarantee, covering "
        "purchases up to $2,500.",
        {"guarantee": True, "guarantee_amount": 2500.0},
    ),
    ("en", "If you're not satisfied, just send it back.", {"guarantee": False}),
    (
        "en",
        "Items sold by third-party sellers on our marketplace follow the "
        "seller's own return policy.",
        {"marketplace_sellers": True},
    ),
    ("fr", "Garantie satisfait ou remboursé pendant 30 jours.", {"guarantee": True}),
    # --- damaged / missing
    (
        "en",
        "If your order arrives damaged or an item is missing, contact us within 48 hours.",
        {"damaged_or_missing_covered": True, "support_contact_required": False},
    ),
    (
        "en",
        "We do not accept returns of items damaged by misuse.",
        {"damaged_or_missing_covered": False},
    ),
    (
        "de",
        "Bei fehlerhaften Artikeln übernehmen wir die Versandkosten.",
        {"damaged_or_missing_covered": True, "free_returns": None},
    ),
    # --- support contact vs self-service
    (
        "en",
        "To start a return, email us at help@example.com with your order number.",
        {"support_contact_required": True},
    ),
    (
        "en",
        "Please contact customer service before sending any item back.",
        {"support_contact_required": True},
    ),
    (
        "en",
        "Start your return online through our self-service returns portal.",
        {"support_contact_required": False},
    ),
    (
        "en",
        "Log in to your account to print a return label, or call us if you need help.",
        {"support_contact_required": False},
    ),
    ("en", "Every return requires an RMA number.", {"support_contact_required": True}),
    (
        "fr",
        "Pour effectuer un retour, contactez notre service client par e-mail.",
        {"support_contact_required": True},
    ),
    (
        "fr",
        "Faites votre demande de retour depuis votre espace client.",
        {"support_contact_required": False},
    ),
    (
        "de",
        "Bitte kontaktieren Sie uns per E-Mail, bevor Sie die Ware zurücksenden.",
        {"support_contact_required": True},
    ),
    # --- exclusions
    (
        "en",
        "For hygiene reasons, underwear and swimwear cannot be returned.",
        {"exclusions": ("hygiene", "swimwear", "underwear")},
    ),
    (
        "en",
        "Personalised items and gift cards are non-returnable.",
        {"exclusions": ("gift_cards", "personalised")},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_facts(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language).to_dict()
    got = {name: facts[name] for name in expected}
    want = {name: list(v) if isinstance(v, tuple) else v for name, v in expected.items()}
    assert got == want, text


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert {language for language, _, _ in CASES} == {"en", "fr", "de"}
