"""Tiers, refund outcomes, damaged items and guarantees, in sentences we wrote: a condition
tied to an outcome (in the sentence, under a heading, or said of "such returns"), outcomes that
change with time held or with how the item was bought, vouchers and credit notes vs a money
Gutschrift, exchange vs replacement, faults the store handles vs damage by the shopper, and
named guarantees with their limit; in English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

CASES: list[tuple[str, str, dict[str, object]]] = [
    # restocking or handling fees (a return-postage fee is not one)
    ("en", "A handling fee of 10% applies to every return.",
     {"restocking_fee": True, "restocking_fee_percent": 10.0}),
    ("en", "Shipping and handling charges are not refunded.", {"restocking_fee": False}),
    ("fr", "Des frais de manutention de 5 % sont retenus sur chaque retour.",
     {"restocking_fee": True, "restocking_fee_percent": 5.0}),
    # a handling fee is a restocking-type charge, unless it pays for the label or postage;
    # charged on every return, it is also what the return costs the shopper
    ("de", "Für Rücksendungen berechnen wir eine Bearbeitungsgebühr.",
     {"restocking_fee": True, "free_returns": None}),  # no sum: how much, and when, unsaid
    ("en", "Returns are free, but a $4 processing fee is taken off each refund.",
     {"restocking_fee": True, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("fr", "Le retour est offert ; des frais de traitement de 3 € sont déduits du remboursement.",
     {"restocking_fee": True, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de", "Die Rücksendung ist kostenlos, von der Erstattung ziehen wir jedoch eine "
           "Bearbeitungspauschale von 2 € ab.",
     {"restocking_fee": True, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en", "A $6 processing fee is deducted from each refund to pay for your prepaid label.",
     {"restocking_fee": False, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("fr", "Des frais de gestion de 4 € couvrant l'étiquette de retour sont retenus sur le "
           "remboursement.",
     {"restocking_fee": False, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de", "Für das Rücksendeetikett ziehen wir eine Bearbeitungsgebühr von 3 € von der "
           "Erstattung ab.",
     {"restocking_fee": False, "free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en", "Opened items carry a handling fee; returns are otherwise free.",
     {"restocking_fee": True, "free_returns": True}),
    ("fr", "Des frais de gestion s'appliquent aux articles ouverts. Les retours sont gratuits.",
     {"restocking_fee": True, "free_returns": True}),
    ("de", "Für geöffnete Ware berechnen wir eine Bearbeitungsgebühr. Die Rücksendung ist "
           "kostenlos.", {"restocking_fee": True, "free_returns": True}),
    ("en", "We never charge a handling fee on returns.", {"restocking_fee": False}),
    ("en", "A $5 return label fee is deducted from your refund.", {"restocking_fee": False}),
    # condition tiers: in the sentence, under a heading, or said of "these returns"
    ("en", "Opened software is refunded at 80% of the price paid.", {"condition_tiers": True}),
    ("en",  # the fee is said of opened items: the corpus labels this a tier ("opened ->
     # restocking fee"), as it does the French page it was found on
     "Opened items\n- A 10% restocking fee applies.\n- Refunds go to the original card.",
     {"condition_tiers": True}),
    ("en",
     "Returns of opened items\n- Items must be complete.\n- The box may be opened.",
     {"condition_tiers": False}),
    ("en",
     "Any product that comes back used is treated as a second-hand return. Such "
     "returns are refunded at half price minus a 10% fee.",
     {"condition_tiers": True}),
    ("fr",
     "Restitution avec frais\n- Emballage ouvert mais produit complet.\n- Produit sans "
     "traces d'usage.",
     {"condition_tiers": True}),
    ("fr",
     "Un article qui ne remplit pas nos conditions fera l'objet d'une déduction sur "
     "le remboursement.",
     {"condition_tiers": True}),
    ("de",
     "Geöffnete Ware nehmen wir nur gegen eine Bearbeitungspauschale von 10 % zurück.",
     {"condition_tiers": True, "restocking_fee": True, "restocking_fee_percent": 10.0}),
    ("de",
     "Artikel mit Gebrauchsspuren erstatten wir nur abzüglich einer Wertminderung.",
     {"condition_tiers": True}),
    ("en", "Items must be unused and in their original packaging.", {"condition_tiers": False}),
    ("fr",
     "Les articles doivent être retournés non utilisés, dans leur emballage d'origine.",
     {"condition_tiers": False}),
    ("de", "Die Ware muss ungetragen und originalverpackt sein.", {"condition_tiers": False}),
    ("en",
     "We refund you using the same payment method you used for the purchase, free of "
     "any fees.",
     {"condition_tiers": False}),
    # time tiers
    ("en",
     "Items returned within 14 days get a full refund. Items returned within 45 days "
     "get store credit.",
     {"time_tiers": True}),
    ("fr",
     "Dans les 14 jours, nous vous remboursons. Au-delà de ces 14 jours, nous vous "
     "proposons un avoir.",
     {"time_tiers": True}),
    ("de",
     "Nach Ablauf der 30 Tage trägt der Kunde die Kosten der Rücksendung selbst.",
     {"time_tiers": True}),
    ("en",
     "Returns are accepted within 30 days. After 30 days, no returns are accepted.",
     {"time_tiers": False}),
    # purchase tiers
    ("en", "Sale items can only be exchanged.", {"purchase_method_tiers": True}),
    ("fr", "Aucun article soldé n'est repris.", {"purchase_method_tiers": True}),
    ("de", "Reduzierte Ware ist vom Umtausch ausgeschlossen.", {"purchase_method_tiers": True}),
    ("en", "Items bought in store can only be returned in store.", {"purchase_method_tiers": True}),
    ("fr",
     "Un article acheté en boutique ne peut pas être retourné par la poste.",
     {"purchase_method_tiers": True}),
    ("de",
     "Im Laden gekaufte Artikel können nur in der Filiale umgetauscht werden.",
     {"purchase_method_tiers": True}),
    ("en", "We accept returns of online orders within 30 days.", {"purchase_method_tiers": False}),
    ("fr",
     "Les commandes passées en ligne peuvent être retournées sous 30 jours.",
     {"purchase_method_tiers": False}),
    ("en",
     "Each seller on our marketplace may set its own return policy.",
     {"purchase_method_tiers": True}),
    ("fr",
     "Chaque vendeur peut adopter sa propre politique de retour.",
     {"purchase_method_tiers": True}),
    ("de",
     "Jeder Händler auf unserem Marktplatz legt eigene Rückgaberegeln fest.",
     {"purchase_method_tiers": True}),
    # refund outcomes: vouchers and credit notes are store credit, a Gutschrift is money
    ("en",
     "Refunds are issued as a gift voucher.",
     {"refund_methods": ("store_credit",)}),
    ("en",
     "Refunds are issued in the form of store credit.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Le remboursement se fait sous forme d'avoir.", {"refund_methods": ("store_credit",)}),
    ("fr",
     "Vous recevrez une note de crédit valable un an.",
     {"refund_methods": ("store_credit",)}),
    ("de",
     "Du erhältst einen Gutschein über den Warenwert.",
     {"refund_methods": ("store_credit",)}),
    ("de", "Die Gutschrift erfolgt auf dein Bankkonto.", {"refund_methods": ("original_payment",)}),
    # exchange vs replacement
    ("en", "Faulty items are exchanged for the same item.", {"refund_methods": ("replacement",)}),
    ("en", "You can exchange your item for another size.", {"refund_methods": ("exchange",)}),
    ("fr",
     "Un produit défectueux est échangé contre le même produit.",
     {"refund_methods": ("replacement",)}),
    ("fr", "Impossible d'échanger un article commandé en ligne.", {"refund_methods": None}),
    ("de",
     "Ein Umtausch gegen eine Gutschrift ist möglich.",
     {"refund_methods": ("original_payment",)}),
    ("de", "Bei Defekten erhältst du eine Ersatzlieferung.", {"refund_methods": ("replacement",)}),
    ("en", 'Open the "Returns and repairs" page in your account.', {"refund_methods": None}),
    # damaged or missing items: handled, or refused as the shopper's doing
    ("en",
     "If your order arrives damaged, we will send a replacement.",
     {"damaged_or_missing_covered": True}),
    ("en", "Items damaged by misuse cannot be returned.", {"damaged_or_missing_covered": False}),
    ("en",
     "Special orders cannot be returned unless they are defective.",
     {"damaged_or_missing_covered": True}),
    ("fr",
     "Un produit abîmé par le client ne pourra pas être remboursé.",
     {"damaged_or_missing_covered": False}),
    ("fr",
     "Si votre colis n'est jamais arrivé, nous vous remboursons.",
     {"damaged_or_missing_covered": True}),
    ("de",
     "Bei einem Transportschaden ersetzen wir den Artikel.",
     {"damaged_or_missing_covered": True}),
    ("de",
     "Absichtlich beschädigte Ware wird nicht erstattet.",
     {"damaged_or_missing_covered": False}),
    # guarantees and their amounts
    ("en", "Every mattress comes with a 100-night sleep trial.", {"guarantee": True}),
    ("en",
     "Our Buyer Protection covers you. It refunds up to $2,500 including shipping.",
     {"guarantee": True, "guarantee_amount": 2500.0}),
    ("fr", "Profitez de 100 nuits d'essai pour votre matelas.", {"guarantee": True}),
    ("fr",
     "Notre garantie satisfait ou remboursé couvre vos achats jusqu'à 500 €.",
     {"guarantee": True, "guarantee_amount": 500.0}),
    ("de",
     "Unser Käuferschutz erstattet bis zu 1.000 € pro Bestellung.",
     {"guarantee": True, "guarantee_amount": 1000.0}),
    ("de", "Teste deine Matratze mit unserem Probeschlafen.", {"guarantee": True}),
    ("en", "If you're not 100% happy, you can return the item.", {"guarantee": False}),
    # faulty, broken, lost or wrong items in other words; a lifetime repair warranty
    ("en", "Something broken? Contact us and we'll send a replacement part.",
     {"damaged_or_missing_covered": True}),
    ("en", "Our boots carry a lifetime warranty: we resole them for as long as you own them.",
     {"damaged_or_missing_covered": True}),
    ("fr", "En cas de panne durant la première année, nous remplaçons l'appareil.",
     {"damaged_or_missing_covered": True}),
    ("fr", "Votre colis a été perdu par le transporteur ? Nous vous renvoyons la commande.",
     {"damaged_or_missing_covered": True}),
    ("fr", "Si l'article ne correspond pas à vos attentes, renvoyez-le sous 30 jours.",
     {"damaged_or_missing_covered": False}),
    ("de", "Bei Mängeln wende dich bitte an unseren Kundenservice.",
     {"damaged_or_missing_covered": True}),
    ("de", "Kommt dein Paket nicht an, schicken wir es erneut.",
     {"damaged_or_missing_covered": True}),
    # a replacement said as "a new <thing>" sent, made or delivered; a new label, code or order
    # is no replacement
    ("en", "Lamp arrived cracked? Email a photo and we'll ship you a new lamp straight away.",
     {"refund_methods": ("replacement",)}),
    ("en", "If a mug breaks in transit, I will make you a new mug or refund you, as you prefer.",
     {"refund_methods": ("original_payment", "replacement")}),
    ("en", "Lost your return label? Write to us and we will send you a new label.",
     {"refund_methods": None}),
    ("en", "Changed your mind about the colour? Simply place a new order.",
     {"refund_methods": None}),
    ("fr", "Votre vase est arrivé fêlé ? Nous vous livrons un nouveau vase sans frais.",
     {"refund_methods": ("replacement",)}),
    ("fr", "Si la lampe ne fonctionne pas, je vous fabrique une nouvelle lampe.",
     {"refund_methods": ("replacement",)}),
    ("fr", "Étiquette perdue ? Nous vous envoyons une nouvelle étiquette par e-mail.",
     {"refund_methods": None}),
    ("de", "Ist die Tasse zerbrochen angekommen, erhältst du kostenlos eine neue Tasse.",
     {"refund_methods": ("replacement",)}),
    ("de", "Bei einem Transportschaden liefern wir Ihnen umgehend einen neuen Tisch.",
     {"refund_methods": ("replacement",)}),
    ("de", "Etikett verloren? Du erhältst von uns ein neues Rücksendeetikett per E-Mail.",
     {"refund_methods": None}),
    # another size, colour or shoe size is an exchange
    ("en", "Want a different colour? We'll send it as soon as your return arrives.",
     {"refund_methods": ("exchange",)}),
    ("fr", "Si vous préférez une autre pointure, nous vous l'envoyons dès réception du retour.",
     {"refund_methods": ("exchange",)}),
    ("de", "Möchtest du eine andere Größe, schicken wir sie dir nach Eingang der Rücksendung.",
     {"refund_methods": ("exchange",)}),
    ("de", "Wir erstatten nur den Kaufpreis. Brauchst du eine andere Größe, bestell sie einfach "
           "neu.", {"refund_methods": ("original_payment",)}),
    # swapped for a new one is a replacement; for another size, an exchange
    ("en", "Faulty items\nWe'll swap a faulty kettle for a new one.",
     {"refund_methods": ("replacement",)}),
    ("en", "Exchanges\nYou can swap your shoes for a different size.",
     {"refund_methods": ("exchange",)}),
    ("fr", "Produits défectueux\nUn appareil défectueux est échangé contre un neuf.",
     {"refund_methods": ("replacement",)}),
    ("fr", "Échanges\nVous pouvez échanger votre article contre une autre taille.",
     {"refund_methods": ("exchange",)}),
    ("de", "Gewährleistung\nIm Garantiefall tauschen wir den Artikel gegen einen neuen aus.",
     {"refund_methods": ("replacement",)}),
    ("de", "Umtausch\nDu kannst die Jacke gegen eine neue Größe tauschen.",
     {"refund_methods": ("exchange",)}),
    # German puts the negation after the verb: "wir erstatten keinen Kaufpreis"
    ("de", "Rückgabe\nWir erstatten keinen Kaufpreis, sondern stellen einen Warengutschein aus.",
     {"refund_methods": ("store_credit",)}),
    ("fr", "Retours\nNous ne remboursons pas le prix d'achat, nous émettons un avoir.",
     {"refund_methods": ("store_credit",)}),
    # a guarantee named as such ("the Happy Cat Guarantee"), not the store's return policy
    # or the legal or maker's guarantee
    ("en", "FAQ\nWhat is the Happy Cat Guarantee?\nIf your cat turns up its nose, we'll replace "
           "it in the next box.", {"guarantee": True}),
    ("en", "The Cairnline Lifetime Repair Promise\nWe fix rips and broken zips for the life of "
           "the product.", {"guarantee": True}),
    ("en", "Our Returns Guarantee\nYou can return items within 30 days.", {"guarantee": False}),
    ("en", "Warranty & Guarantee\nAll products carry the manufacturer's warranty.",
     {"guarantee": False}),
    ("fr", "La Garantie Reprise Val Fleuri\nTous nos arbustes sont garantis un an.",
     {"guarantee": True}),
    ("fr", "Garantie légale\nTous nos produits bénéficient de la Garantie Légale de conformité.",
     {"guarantee": False}),
    ("de", "Unsere 100-Tage-Passform-Garantie\nPasst der Schuh nicht, nimm ihn zurück.",
     {"guarantee": True}),
    ("de", "Gewährleistung\nEs gilt die gesetzliche Gewährleistung. Die Garantie des "
           "Herstellers bleibt unberührt.", {"guarantee": False}),
    # a question names an outcome; its answer decides whether it is offered
    ("de", "Kann ich ein Buch umtauschen?\nEinen direkten Umtausch bieten wir nicht an. Wir "
           "erstatten den Kaufpreis.", {"refund_methods": ("original_payment",)}),
    ("fr", "Puis-je échanger un livre ?\nNous ne faisons pas d'échange direct : retournez le "
           "livre, puis passez une nouvelle commande. Nous vous remboursons.",
     {"refund_methods": ("original_payment",)}),
    ("en", "Can I exchange an item?\nWe don't do direct exchanges: return it for a refund and "
           "place a new order.", {"refund_methods": ("original_payment",)}),
    ("fr", "Vous préférez échanger plutôt qu'être remboursé ?\nIndiquez-le-nous au moment de "
           "votre demande de retour.", {"refund_methods": ("original_payment", "exchange")}),
    ("en", "Would you rather exchange it?\nJust tell us the size you need when you start your "
           "return. Refunds go to your card.", {"refund_methods": ("original_payment",
                                                                   "exchange")}),
    # gift cards in a list of what cannot be returned are products, not an outcome
    ("en", "Returns\nWe refund to your card. Gift cards, hunting licences and ammunition can't "
           "be returned.", {"refund_methods": ("original_payment",)}),
    ("en", "Refunds go back to your card.\nWhat we can't take back\n- Candles that have been "
           "lit\n- Gift cards", {"refund_methods": ("original_payment",)}),
    ("fr", "Retours\nNous remboursons sur votre carte. Les cartes cadeaux, les bougies et les "
           "parfums ne peuvent être ni repris ni échangés.",
     {"refund_methods": ("original_payment",)}),
    ("de", "Rückgabe\nWir erstatten auf deine Karte. Geschenkkarten, Kerzen und Parfum nehmen "
           "wir leider nicht zurück.", {"refund_methods": ("original_payment",)}),
    # a heading naming the fee charges one only when the lines under it give one
    ("en", "Restocking fees\nNone. We don't charge restocking fees on any return.",
     {"restocking_fee": False}),
    ("en", "Restocking fee\n15% on opened items.", {"restocking_fee": True}),
    ("fr", "Frais de remise en stock\nAucun. Nous ne facturons jamais de frais de remise en "
           "stock.", {"restocking_fee": False}),
    ("de", "Wiedereinlagerungsgebühr\nKeine. Wir berechnen keine Wiedereinlagerungsgebühr.",
     {"restocking_fee": False}),
    ("de", "Wiedereinlagerungsgebühr\n15 % des Kaufpreises bei geöffneter Ware.",
     {"restocking_fee": True}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_outcomes_tiers_and_cover(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language)
    assert {name: getattr(facts, name) for name in expected} == expected
