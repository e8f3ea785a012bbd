"""Tiers in sentences we wrote, in English, French and German: outcomes that change with the
days held (named as a range of days), with membership against "everyone else", with a sale
purchase said to be treated as usual (no tier) or listed among what cannot be returned (a
tier), and with the item's condition."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

TIERS: list[tuple[str, str, str, bool]] = [
    ("en", "Mattresses go back free within 30 nights. Between night 31 and night 100, a $99 "
           "pickup fee applies.", "time_tiers", True),
    ("fr", "Pendant 14 jours, vous êtes remboursé. Entre le 15e et le 30e jour, seul un échange "
           "est possible.", "time_tiers", True),
    ("de", "Bis 30 Tage nach Erhalt gibt es dein Geld zurück. Vom 31. bis zum 60. Tag nehmen "
           "wir die Ware gegen einen Gutschein zurück.", "time_tiers", True),
    ("en", "Pack the item. Then drop it at the post office within 30 days.", "time_tiers",
     False),
    ("en", "Members return for free; everyone else pays a $4.95 return fee.",
     "purchase_method_tiers", True),
    ("fr", "Les membres bénéficient de 60 jours pour retourner leurs achats, contre 30 jours "
           "pour les autres clients.", "purchase_method_tiers", True),
    ("de", "Mitglieder senden kostenlos zurück. Für alle anderen fällt eine Gebühr von 2,95 € "
           "an.", "purchase_method_tiers", True),
    ("de", "Auch reduzierte Ware kannst du wie gewohnt zurückgeben.", "purchase_method_tiers",
     False),
    ("en", "Sale items can be returned just like any other item.", "purchase_method_tiers",
     False),
    ("en", "Returned shoes that show signs of outdoor wear are refunded at 50% of the price.",
     "condition_tiers", True),
    ("en", "Items returned without their tags are refunded as store credit only.",
     "condition_tiers", True),
    ("fr", "Un vélo retourné au-delà de 100 km parcourus subit une décote de 20 %.",
     "condition_tiers", True),
    # outcomes by days held, in bullet lines or in clauses of one sentence; by length of use
    ("de", "• bis 10 Tage nach Kauf: Geld zurück\n• bis 40 Tage nach Kauf: Umtausch oder "
           "Gutschein", "time_tiers", True),
    ("en", "• up to 10 days after purchase: money back\n• up to 40 days: exchange or store "
           "credit", "time_tiers", True),
    ("fr", "Tu peux échanger un article jusqu'à 60 jours après l'achat, mais les retours "
           "contre remboursement sont acceptés pendant les 20 premiers jours seulement.",
     "time_tiers", True),
    ("en", "Up to 60 days of use we refund the full price; after that you receive a pro-rata "
           "refund.", "time_tiers", True),
    ("de", "Nach mehr als sechs Monaten Nutzung bieten wir nur noch eine Reparatur an.",
     "time_tiers", True),
    ("fr", "Au-delà de 3 mois d'utilisation, seul un remboursement au prorata est possible.",
     "time_tiers", True),
    # the item's state tied to an outcome said to be the only one, or to a deduction
    ("en", "Boots with signs of wear will only be taken back for store credit.",
     "condition_tiers", True),
    ("en", "A mattress that has been slept on is refunded minus a $60 collection fee.",
     "condition_tiers", True),
    ("fr", "Un article déballé ne peut être qu'échangé.", "condition_tiers", True),
    ("fr", "Produit ouvert mais complet : remboursement minoré de 10 %.", "condition_tiers",
     True),
    ("de", "Sind die Etiketten bereits entfernt, ist nur noch ein Umtausch möglich.",
     "condition_tiers", True),
    ("de", "Bei höherer Laufleistung ziehen wir eine Nutzungsentschädigung ab.",
     "condition_tiers", True),
    ("en", "Items must be unused to be returned.", "condition_tiers", False),
    # business buyers against consumers, events, instalments, what paid for the order,
    # members' outcomes against everyone else's (a longer window alone is no tier)
    ("en", "Business customers return goods at our discretion and pay a 15% fee. Consumers "
           "may return anything within 30 days.", "purchase_method_tiers", True),
    ("fr", "Les clients professionnels paient des frais de 15 % sur tout retour. Les "
           "particuliers retournent gratuitement sous 30 jours.", "purchase_method_tiers", True),
    ("de", "Geschäftskunden zahlen für jede Rücknahme eine Gebühr von 15 %. Verbraucher senden "
           "innerhalb von 30 Tagen kostenlos zurück.", "purchase_method_tiers", True),
    ("en", "Orders from our Black Friday weekend can be exchanged but not refunded.",
     "purchase_method_tiers", True),
    ("fr", "Les commandes réglées en 3 fois ne peuvent pas être échangées, seulement "
           "remboursées.", "purchase_method_tiers", True),
    ("de", "Hast du mit einer Geschenkkarte bezahlt, erstatten wir diesen Teil als Gutschein.",
     "purchase_method_tiers", True),
    ("en", "Club members can take their refund as bonus points. Everyone else is refunded to "
           "their card.", "purchase_method_tiers", True),
    # sale or clearance purchases in a list of what cannot be returned; product kinds are no tier
    ("en", "Returns\n\nThe following cannot be returned:\n\n- Gift cards\n- Anything bought "
           "in our clearance sale", "purchase_method_tiers", True),
    ("en", "Returns\n\nThe following cannot be returned:\n\n- Underwear\n- Earrings",
     "purchase_method_tiers", False),
    ("fr", "Retours\n\nNe peuvent pas être retournés :\n\n- les cartes cadeaux\n- les articles "
           "achetés pendant les soldes", "purchase_method_tiers", True),
    ("fr", "Retours\n\nNe peuvent pas être retournés :\n\n- les bijoux personnalisés\n- les "
           "produits d'hygiène ouverts", "purchase_method_tiers", False),
    ("de", "Rückgabe\n\nFolgende Artikel sind von der Rückgabe ausgeschlossen:\n\n- Gutscheine\n"
           "- reduzierte Ware aus dem Sale", "purchase_method_tiers", True),
    # a return cost that members or card holders do not pay; the same for everyone is no tier
    ("en", "We deduct 2.95 from your refund for each return. Members of our loyalty club never "
           "pay the return fee.", "purchase_method_tiers", True),
    ("fr", "Les retours sont gratuits pour tous nos clients, membres ou non.",
     "purchase_method_tiers", False),
    ("de", "Die Rücksendung ist für alle Kunden kostenlos, ob Mitglied oder nicht.",
     "purchase_method_tiers", False),
    ("en", "A 4.95 return fee applies. The return fee is waived for members.",
     "purchase_method_tiers", True),
    ("fr", "Le retour coûte 3,90 €. Les retours sont gratuits pour les membres du club.",
     "purchase_method_tiers", True),
    ("de", "Die Rücksendung kostet 3,95 €. Für Karteninhaber ist die Rücksendung kostenlos.",
     "purchase_method_tiers", True),
    ("en", "Returns are free for everyone, members or not.", "purchase_method_tiers", False),
    ("de", "Für Rücksendungen per Post berechnen wir 3,95 €. Für BrennerCard-Inhaber ist die "
           "Rücksendung per Post kostenlos.", "purchase_method_tiers", True),
    ("en", "Members can sign in to start a return.", "purchase_method_tiers", False),
    ("en", "Members get free shipping on every order.", "purchase_method_tiers", False),
    ("en", "Members can print their return labels from their account.",
     "purchase_method_tiers", False),
    ("de", "Mitglieder können ihr Rücksendeetikett im Kundenkonto ausdrucken.",
     "purchase_method_tiers", False),
    ("en", "Return costs\n\nA flat 3.95 is taken off each refund. Club members: always free.",
     "purchase_method_tiers", True),
    ("fr", "Frais de retour\n\nLe retour coûte 4,50 €. Adhérents du club : gratuit.",
     "purchase_method_tiers", True),
    ("en", "Delivery\n\nMembers get free shipping on every order.", "purchase_method_tiers",
     False),
    # bought directly or from another retailer, whose own terms apply
    ("en", "If you bought your sofa from another retailer, that retailer's return policy "
           "applies instead.", "purchase_method_tiers", True),
    ("en", "The 100-night trial applies only to mattresses bought directly from us.",
     "purchase_method_tiers", True),
    ("fr", "Si vous avez acheté votre matelas chez un revendeur, ce sont les conditions de "
           "retour de ce revendeur qui s'appliquent.", "purchase_method_tiers", True),
    ("de", "Hast du die Matratze bei einem anderen Händler gekauft, gelten dessen "
           "Rückgabebedingungen.", "purchase_method_tiers", True),
    ("en", "You can also find our products at many retailers.", "purchase_method_tiers", False),
    ("de", "Unsere Produkte gibt es auch bei vielen Händlern.", "purchase_method_tiers", False),
    # marketplace partners whose own return policy applies
    ("en", "Returns\nItems from our partner sellers are subject to each seller's own return "
           "policy.", "purchase_method_tiers", True),
    ("fr", "Retours\nLes produits vendus par nos partenaires de la marketplace suivent la "
           "politique de retour du vendeur.", "purchase_method_tiers", True),
    ("de", "Rückgabe\nBei Artikeln von Marketplace-Partnern gelten die Rückgabebedingungen des "
           "jeweiligen Händlers.", "purchase_method_tiers", True),
    ("fr", "Retours\nNotre politique de retour s'applique à tous les articles du site.",
     "purchase_method_tiers", False),
    # paid with a gift card or voucher, refunded as one
    ("en", "Refunds\nIf you paid with a gift card, your refund is issued as a new gift card.",
     "purchase_method_tiers", True),
    ("en", "Refunds\nRefunds go back to your card. Gift cards can be bought in store.",
     "purchase_method_tiers", False),
    ("fr", "Remboursement\n– sous forme d'avoir, si vous avez réglé tout ou partie de la commande "
           "avec une carte cadeau.", "purchase_method_tiers", True),
    ("de", "Erstattung\nHast du mit einem Blütenwerk-Gutschein bezahlt, schreiben wir den Betrag "
           "als neuen Gutschein gut.", "purchase_method_tiers", True),
    # subscription boxes beside one-off purchases
    ("en", "Returns\nSubscription boxes can't be returned once shipped. One-off purchases can be "
           "returned within 14 days.", "purchase_method_tiers", True),
    ("fr", "Retours\nLes box par abonnement ne sont ni reprises ni remboursées.",
     "purchase_method_tiers", True),
    ("de", "Rückgabe\nAbo-Boxen können nicht zurückgegeben werden.", "purchase_method_tiers",
     True),
    # sale items included in the same terms
    ("en", "Returns\nYou can return all items within 100 days, including sale items.",
     "purchase_method_tiers", False),
    ("fr", "Retours\nVous pouvez retourner tous les articles sous 30 jours, y compris les "
           "articles soldés.", "purchase_method_tiers", False),
    ("de", "Rückgabe\nDu kannst alle Artikel innerhalb von 100 Tagen zurückschicken – auch "
           "reduzierte Teile aus dem Sale.", "purchase_method_tiers", False),
    # the condition in the heading, the outcome in the sentence under it
    ("fr", "Produit ouvert ou déballé\nDes frais de remise en stock de 15 % du prix seront "
           "appliqués.", "condition_tiers", True),
    ("en", "Opened items\nA 15% restocking fee applies.", "condition_tiers", True),
    ("de", "Geöffnete Artikel\nWir berechnen eine Wiedereinlagerungsgebühr von 15 %.",
     "condition_tiers", True),
    # worn or used items get another outcome "instead of money back"
    ("en", "Worn shoes are refunded as store credit instead of money back.", "condition_tiers",
     True),
    ("fr", "Les articles portés sont remboursés en avoir au lieu d'un remboursement.",
     "condition_tiers", True),
    ("de", "Getragene Schuhe erstatten wir als Gutschein statt Geld zurück.", "condition_tiers",
     True),
    # handled beyond testing: a deduction for the loss in value
    ("en", "If they have been handled more than that (set up or scratched), we may take an "
           "amount off your refund to reflect the loss in value.", "condition_tiers", True),
    ("de", "Wurde die Ware über die reine Prüfung hinaus genutzt, berechnen wir einen "
           "Wertersatz von bis zu 10 % des Kaufpreises.", "condition_tiers", True),
    ("fr", "Si le produit a été utilisé au-delà de l'essai, une décote de 10 % est appliquée.",
     "condition_tiers", True),
    # clearance, end-of-line and wholesale purchases with an outcome of their own
    ("en", "Returns\nWe're unable to offer refunds on marked-down items.",
     "purchase_method_tiers", True),
    ("en", "Returns\nWholesale orders cannot be returned.", "purchase_method_tiers", True),
    ("fr", "Retours\nLes produits en fin de série ne sont ni repris ni échangés.",
     "purchase_method_tiers", True),
    ("fr", "Retours\nLes articles du rayon outlet ne peuvent être retournés.",
     "purchase_method_tiers", True),
    ("de", "Rückgabe\nRestposten sind vom Umtausch ausgeschlossen.", "purchase_method_tiers",
     True),
    ("de", "Rückgabe\nGroßhandelsbestellungen können nicht zurückgegeben werden.",
     "purchase_method_tiers", True),
    ("en", "Returns\nCustom orders are final and cannot be returned.", "purchase_method_tiers",
     False),
    # items no longer new given credit or an exchange instead of their money
    ("en", "Opened or gently used products\nBecause we can't resell them, opened items are "
           "refunded on a gift card, or you can exchange them.", "condition_tiers", True),
    ("fr", "Les articles ouverts sont remboursés en bon d'achat ou échangés.", "condition_tiers",
     True),
    ("de", "Getragene Schuhe tauschen wir um oder erstatten sie als Gutschein.",
     "condition_tiers", True),
    ("en", "Used items can't be returned for a refund; that's what our repair program is for.",
     "condition_tiers", False),
    # handling beyond what a shop allows, then a deduction
    ("en", "We may deduct an amount for any loss in value caused by handling them more than "
           "was needed.", "condition_tiers", True),
]


@pytest.mark.parametrize(("language", "text", "fact", "expected"), TIERS)
def test_tiers(language: str, text: str, fact: str, expected: bool) -> None:
    assert getattr(extract_facts(text, language=language), fact) is expected
