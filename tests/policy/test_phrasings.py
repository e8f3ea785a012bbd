"""Everyday phrasings of shop policies, one sentence each, in words we wrote: the window and
its start, who pays (prepaid labels, flat fees, unpaid parcels refused), refund timing and
method, contact or self-service, sale items and damaged goods; in English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

CASES: list[tuple[str, str, dict[str, object]]] = [
    ("de", "Das Geld erhältst du innerhalb von 14 Tagen zurück.", {"refund_days": 14}),
    ("en", "Please contact us if you have not received your refund after 14 days.",
     {"support_contact_required": False}),
    ("fr", "Pour les meubles volumineux, contactez-nous pour organiser l'enlèvement du retour.",
     {"support_contact_required": False}),
    ("en", "Returns must be requested through our customer service team.",
     {"support_contact_required": True}),
    ("en", "Summer sale now on: up to 50% off.", {"purchase_method_tiers": False}),
    ("en", "Clearance items ship within 2 days.", {"purchase_method_tiers": False}),
    ("de",
     "Du hast 30 Tage Rückgaberecht ab Erhalt der Ware.",
     {"window_days": 30, "window_start": "delivery"}),
    ("de",
     "Die Rücksendung ist für dich kostenlos – nutze einfach das beiliegende "
     "Retourenlabel.",
     {"free_returns": True}),
    ("de",
     "Die Rückerstattung erfolgt innerhalb von 14 Tagen nach Eingang der Retoure auf "
     "das ursprüngliche Zahlungsmittel.",
     {"refund_days": 14, "refund_methods": ("original_payment",)}),
    ("de",
     "Bei Rücksendungen berechnen wir eine Rücksendepauschale von 4,95 €.",
     {"return_shipping_paid_by": "customer"}),
    ("de",
     "Die Kosten für die Rücksendung werden von uns übernommen.",
     {"return_shipping_paid_by": "store"}),
    ("de",
     "Unfreie Rücksendungen können wir leider nicht annehmen.",
     {"return_shipping_paid_by": "customer"}),
    ("de",
     "Bitte frankiere das Paket ausreichend, bevor du es zurückschickst.",
     {"return_shipping_paid_by": "customer"}),
    ("de",
     "Artikel aus dem Sale sind vom Umtausch ausgeschlossen.",
     {"purchase_method_tiers": True}),
    ("de", "Wir bieten 100 Tage Rückgaberecht auf alle Artikel.", {"window_days": 100}),
    ("de",
     "Das Rückgaberecht beträgt 30 Tage ab Rechnungsdatum.",
     {"window_days": 30, "window_start": "purchase"}),
    ("de",
     "Die Rücksendung muss innert 20 Tagen nach Lieferung erfolgen.",
     {"window_days": 20, "window_start": "delivery"}),
    ("de",
     "Defekte Ware ersetzen wir selbstverständlich kostenlos.",
     {"damaged_or_missing_covered": True, "refund_methods": ("replacement",)}),
    ("de",
     "Nach Eingang deiner Rücksendung überweisen wir dir den Betrag innerhalb von 5 "
     "Werktagen.",
     {"refund_days": 5}),
    ("de", "Die Gutschrift auf deinem Konto kann bis zu 10 Tage dauern.", {"refund_days": 10}),
    ("de",
     "Rücksendungen sind nur nach vorheriger Rücksprache per E-Mail möglich.",
     {"support_contact_required": True}),
    ("de",
     "Schicke uns eine E-Mail mit deiner Bestellnummer, um eine Retoure anzumelden.",
     {"support_contact_required": True}),
    ("fr",
     "Vous disposez de 30 jours à compter de la réception de votre colis pour nous "
     "retourner un article.",
     {"window_days": 30, "window_start": "delivery"}),
    ("fr",
     "Le retour est gratuit grâce à l'étiquette prépayée fournie dans votre colis.",
     {"free_returns": True}),
    ("fr", "Les colis non affranchis seront refusés.", {"return_shipping_paid_by": "customer"}),
    ("fr",
     "Le remboursement est effectué sous 14 jours sur le moyen de paiement utilisé "
     "lors de la commande.",
     {"refund_days": 14, "refund_methods": ("original_payment",)}),
    ("fr", "Les articles soldés ne sont ni repris ni échangés.", {"purchase_method_tiers": True}),
    ("fr",
     "Pour tout retour, merci de contacter notre service client à l'adresse "
     "sav@boutique.example.",
     {"support_contact_required": True}),
    ("fr",
     "Effectuez votre demande de retour en ligne depuis la rubrique Mes commandes.",
     {"support_contact_required": False}),
    ("fr",
     "Les frais de retour s'élèvent à 5,90 € et sont déduits du remboursement.",
     {"return_shipping_paid_by": "customer"}),
    ("fr",
     "Un bon d'achat valable 6 mois vous sera remis.",
     {"refund_methods": ("store_credit",), "refund_days": None}),
    ("fr",
     "En cas de produit défectueux, nous procédons à l'échange ou au remboursement.",
     {"damaged_or_missing_covered": True}),
    ("fr",
     "Les retours sont acceptés dans un délai de 100 jours après l'achat.",
     {"window_days": 100, "window_start": "purchase"}),
    ("en",
     "Please ensure your parcel has sufficient postage; we cannot accept parcels with "
     "postage due.",
     {"return_shipping_paid_by": "customer"}),
    ("en",
     "We'll refund your original payment method within 7 business days of receiving "
     "your return.",
     {"refund_days": 7, "refund_methods": ("original_payment",)}),
    ("en",
     "You can return most items within 30 days of delivery for a full refund.",
     {"window_days": 30, "window_start": "delivery"}),
    ("en", "Return shipping is free for all UK orders.", {"free_returns": True}),
    ("en",
     "Returns are subject to a $5 return shipping fee, which is deducted from your "
     "refund.",
     {"free_returns": False}),
    ("en",
     "To initiate a return, please email support@shop.example with your order number.",
     {"support_contact_required": True}),
    ("en",
     "Simply log in to your account and click 'Return items' to start a return.",
     {"support_contact_required": False}),
    ("en", "Final sale items cannot be returned or exchanged.", {"purchase_method_tiers": True}),
    ("en",
     "Refunds will be issued as store credit for items returned after 30 days.",
     {"time_tiers": True}),
    ("en",
     "If your item arrives damaged, contact us within 48 hours and we'll send a "
     "replacement.",
     {"damaged_or_missing_covered": True, "support_contact_required": False}),
    ("en",
     "Our 365-day return policy lets you send back unused items within a year of "
     "purchase.",
     {"window_days": 365, "window_start": "purchase"}),
    ("en",
     "Refunds may take up to 10 business days to appear on your statement.",
     {"refund_days": 10}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_everyday_phrasings(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language)
    assert {name: getattr(facts, name) for name in expected} == expected
