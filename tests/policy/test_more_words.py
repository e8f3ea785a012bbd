"""More ways of saying the same facts, in sentences we wrote, in English, French and German:
refund delays in weeks and after checking, a delay said only of one way of paying, contact
only for guest orders or for bulky goods, messages to a marketplace seller, restocking fees
by other names, named repair and marketplace guarantees."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

UNCLEAR = "unclear"

CASES: list[tuple[str, str, dict[str, object]]] = [
    ("en", "Please allow 2-3 weeks for your return to be processed and your refund issued.",
     {"refund_days": 21}),
    ("de", "Wir bearbeiten Retouren innerhalb von 48 Stunden nach Wareneingang und veranlassen "
           "dann die Rückzahlung.", {"refund_days": 2}),
    ("de", "Sobald die Ware bei uns eingelangt ist, erhalten Sie den Kaufpreis binnen 14 Tagen "
           "zurück.", {"refund_days": 14}),
    ("en", "Refunds to credit or debit cards are processed within 3 business days. If you paid "
           "with Klarna, their own timelines apply.", {"refund_days": UNCLEAR}),
    ("fr", "Pour retourner un article, cliquez sur « Retourner » dans votre compte. Si vous avez "
           "commandé sans compte, écrivez-nous.", {"support_contact_required": False}),
    ("en", "Start your return from your account. Checked out as a guest? Email us your order "
           "number.", {"support_contact_required": False}),
    ("de", "Um den Artikel zurückzugeben, sende dem Verkäufer über dein Postfach eine "
           "Nachricht.", {"support_contact_required": True}),
    ("de", "Für große Artikel wie Sofas kontaktieren Sie bitte unseren Kundenservice. "
           "Paketartikel melden Sie in Ihrem Kundenkonto zur Rücksendung an.",
     {"support_contact_required": False}),
    ("de", "Für die Prüfung und Wiedereinlagerung berechnen wir 10 % des Kaufpreises.",
     {"restocking_fee": True}),
    ("fr", "Les retours sont acceptés moyennant 25 % de frais de reconditionnement et de remise "
           "en stock.", {"restocking_fee": True}),
    ("de", "Auf alle Lederwaren geben wir eine lebenslange Reparaturgarantie.",
     {"guarantee": True}),
    ("en", "The Kestrel Market Guarantee covers the price if your order never arrives.",
     {"guarantee": True}),
    # faulty, wrong and damaged items in other words; refused "unless faulty" still covers
    ("en", "Under consumer law you are entitled to a refund for a major failure.",
     {"damaged_or_missing_covered": True}),
    ("en", "Please note any courier damage on the delivery slip when you sign for the parcel.",
     {"damaged_or_missing_covered": True}),
    ("fr", "Une erreur de préparation ? Nous vous envoyons le bon article sans frais.",
     {"damaged_or_missing_covered": True}),
    ("fr", "Les articles portés ne sont pas repris, à moins qu'ils ne soient défectueux.",
     {"damaged_or_missing_covered": True}),
    ("de", "Ist dein Toaster kaputt angekommen, schicken wir dir sofort einen neuen.",
     {"damaged_or_missing_covered": True}),
    ("de", "Getragene Schuhe sind von der Rückgabe ausgeschlossen, es sei denn, sie sind "
           "mangelhaft.", {"damaged_or_missing_covered": True}),
    # refund delays in other words
    ("en", "Expect your refund within 2 to 3 weeks.", {"refund_days": 21}),
    ("en", "Once we have unpacked it, your money should be back within 6 working days.",
     {"refund_days": 6}),
    ("fr", "Les remboursements sont effectués sous 12 jours.", {"refund_days": 12}),
    ("fr", "La procédure de remboursement prend entre 5 et 9 jours après l'inspection.",
     {"refund_days": 9}),
    ("de", "Die Rückvergütung erfolgt innert 8 Tagen nach Eintreffen der Ware.",
     {"refund_days": 8}),
    ("de", "Nach Prüfung wird die Rückzahlung innerhalb von 3 Tagen angestoßen.",
     {"refund_days": 3}),
    # who pays, said after the subject or in a sentence that goes on from the costs
    ("de", "Die Kosten der Rücksendung übernimmt der Käufer.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de", "Kostenloser Versand ab 40 € | Rückgabe in 30 Tagen\nDas Porto für Rücksendungen "
           "zahlt der Kunde.", {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("fr", "Pour un article défectueux, les frais de retour sont à notre charge. Dans tous les "
           "autres cas, ils sont réglés par le client.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en", "We cover return postage when an item arrives faulty. In every other case the buyer "
           "pays.", {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de", "Bei Mängeln tragen wir die Rücksendekosten. In allen anderen Fällen trägt sie der "
           "Kunde.", {"free_returns": False, "return_shipping_paid_by": "customer"}),
    # money back without the word "refund"
    ("en", "Not happy with the lamp? Send it back within 30 days and we pay you back in full.",
     {"refund_methods": ("original_payment",)}),
    ("en", "Keep the box: once the parcel reaches us you get the full purchase price back.",
     {"refund_methods": ("original_payment",)}),
    ("fr", "Renvoyez le fauteuil sous 30 jours et vous récupérez votre argent.",
     {"refund_methods": ("original_payment",)}),
    ("fr", "Dès réception du colis, nous vous reversons le montant payé par virement.",
     {"refund_methods": ("original_payment",)}),
    ("de", "Gefällt dir das Sofa nicht, holen wir es ab und du bekommst dein Geld vollständig "
           "zurück.", {"refund_methods": ("original_payment",)}),
    ("de", "Nach Eingang der Rücksendung überweisen wir den Betrag auf dein Bankkonto.",
     {"refund_methods": ("original_payment",)}),
    ("de", "Das Geld ist spätestens zehn Tage nach Eingang wieder auf Ihrem Konto.",
     {"refund_methods": ("original_payment",)}),
    ("de", "Du erhältst den Kaufpreis als Gutschein zurück.",
     {"refund_methods": ("store_credit",)}),
    ("en", "You get the purchase price back as store credit.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Vous récupérez le montant sous forme d'avoir.",
     {"refund_methods": ("store_credit",)}),
    # an outcome given instead of money; money refused after the fact; money named in a
    # clause of its own beside a credit-only one
    ("en", "Instead of a refund you receive a gift card for the full amount.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Au lieu d'un remboursement, nous vous adressons un bon d'achat du même montant.",
     {"refund_methods": ("store_credit",)}),
    ("de", "Statt einer Rückerstattung erhältst du einen Gutschein über den vollen Betrag.",
     {"refund_methods": ("store_credit",)}),
    ("en", "Refunds are made as an e-voucher; cash refunds are not possible.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Votre remboursement prend la forme d'une carte cadeau envoyée par e-mail.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Les remboursements sont émis sous forme de crédit sur votre compte client.",
     {"refund_methods": ("store_credit",)}),
    ("en", "A full refund within 10 days; from day 11 to day 40, store credit only.",
     {"refund_methods": ("original_payment", "store_credit")}),
    ("de", "Umtausch bis 60 Tage, dein Geld zurück gibt es nur in den ersten 20 Tagen.",
     {"refund_methods": ("original_payment", "exchange")}),
    ("fr", "Remboursement intégral sous 10 jours ; au-delà, avoir uniquement.",
     {"refund_methods": ("original_payment", "store_credit")}),
    # the same model for a faulty one is a replacement, not an exchange
    ("en", "A unit that fails within a year is exchanged for the same model.",
     {"refund_methods": ("replacement",)}),
    ("fr", "Si l'appareil tombe en panne, nous procédons à un échange standard.",
     {"refund_methods": ("replacement",)}),
    ("de", "Defekte Kopfhörer tauschen wir gegen ein neues Gerät desselben Modells aus.",
     {"refund_methods": ("replacement",)}),
    # the money going back, landing or coming back to the card or account, and approved or
    # eligible refunds as the subject; a parcel going back, or no refund at all, is no delay
    ("en", "Approved refunds go back to your card within 7 days.", {"refund_days": 7}),
    ("en", "Once we have checked your parcel, the money lands back in your account within 5 "
           "business days.", {"refund_days": 5}),
    ("en", "Eligible refunds are made within 10 days of approval.", {"refund_days": 10}),
    ("en", "Send the parcel back to the address on your label within 14 days.",
     {"refund_days": None}),
    ("en", "No refunds are given for items returned after 30 days.", {"refund_days": None}),
    ("fr", "Votre argent revient sur votre compte sous 5 jours.", {"refund_days": 5}),
    ("fr", "Renvoyez le colis à notre entrepôt sous 14 jours.", {"refund_days": None}),
    ("de", "Das Geld wird innerhalb von 7 Tagen auf Ihr Konto zurückgebucht.",
     {"refund_days": 7}),
    ("de", "Der Betrag landet innerhalb von 5 Werktagen wieder auf deinem Konto.",
     {"refund_days": 5}),
    ("de", "Die Ware geht innerhalb von 14 Tagen an uns zurück.", {"refund_days": None}),
    # a delay said of every way of paying the sentence names is no delay of one of them
    ("en", "Approved refunds go back to the card or PayPal account you paid with within 10 "
           "business days.", {"refund_days": 10}),
    ("fr", "Le remboursement est effectué sur la carte bancaire ou le compte PayPal utilisé "
           "pour la commande sous 7 jours.", {"refund_days": 7}),
    ("de", "Die Erstattung erfolgt innerhalb von 5 Tagen auf die Kreditkarte oder das "
           "PayPal-Konto, mit dem du bezahlt hast.", {"refund_days": 5}),
    ("en", "Card refunds are processed within 3 days. PayPal refunds are processed within 24 "
           "hours.", {"refund_days": UNCLEAR}),
    # a shop of one refunds ("I'll refund"); a refund set going; a refund counted from the
    # store's receipt or collection of the item
    ("en", "As soon as the vase is back in my studio, I'll refund you, usually within 3 days.",
     {"refund_days": 3}),
    ("en", "Once I have checked the piece, I refund the price within 5 days.", {"refund_days": 5}),
    ("fr", "Une fois les articles vérifiés, nous lançons le remboursement dans un délai maximal "
           "de 14 jours.", {"refund_days": 14}),
    ("fr", "Vous avez 14 jours à compter de la livraison pour changer d'avis. Nous vous "
           "remboursons au plus tard 10 jours après la réception du colis à l'atelier.",
     {"window_days": 14, "refund_days": 10}),
    ("fr", "Nous vous remboursons sous 7 jours après l'enlèvement du canapé.", {"refund_days": 7}),
    ("de", "Sobald ich das Stück geprüft habe, erstatte ich dir den Betrag innerhalb von 5 "
           "Tagen.", {"refund_days": 5}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_more_words(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language)
    got = {name: UNCLEAR if facts.status_of(name) == "unclear" else getattr(facts, name)
           for name in expected}
    assert got == expected
