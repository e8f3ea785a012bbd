"""Who pays for a change-of-mind return, in sentences we wrote: each way of saying the store
pays or the shopper pays, negations, deductions (which mean the shopper pays), prepaid labels,
price thresholds, faulty items and exchanges; in English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

PAYER: list[tuple[str, str, str | None]] = [
    ("en", "Return shipping is free.", "store"),
    ("en", "We offer free returns on all orders.", "store"),
    ("en", "Returning an item costs nothing.", "store"),
    ("en", "Return postage is on us.", "store"),
    ("en", "We'll email you a prepaid return label.", "store"),
    ("en", "Customers are responsible for return shipping costs.", "customer"),
    ("en", "You will need to pay for return postage.", "customer"),
    ("en", "Return shipping costs are not refunded and must be paid by you.", "customer"),
    ("en", "Please note that you will be responsible for paying for your own "
     "shipping costs for returning your item.", "customer"),
    ("en", "Shipping costs for returns are the responsibility of the customer.", "customer"),
    ("en", "A return shipping fee of $6.95 will be deducted from your refund.", "customer"),
    ("en", "Returns are free, but a $4.95 label fee is taken off your refund.", "customer"),
    ("en", "We cover return shipping for faulty items only; for all other returns "
     "you pay the postage.", "customer"),
    ("en", "Return shipping is not free.", "customer"),
    ("en", "We do not cover the cost of return shipping.", "customer"),
    ("en", "We don't offer free returns.", "customer"),
    ("en", "You can use our return label; the cost of $5 will be deducted from "
     "your refund.", "customer"),
    ("en", "Returns are free for orders over $50.", None),
    ("en", "The cost of return shipping will be deducted from your refund.", "customer"),
    ("en", "Original shipping charges are non-refundable.", None),
    ("en", "Return shipping costs are non-refundable.", None),
    ("en", "You'll have to cover the cost of sending the item back.", "customer"),
    ("en", "Return costs: the shopper pays.", "customer"),
    ("fr", "Le retour est gratuit.", "store"),
    ("fr", "Les frais de retour sont offerts.", "store"),
    ("fr", "Les retours sont à nos frais.", "store"),
    ("fr", "Nous prenons en charge les frais de retour.", "store"),
    ("fr", "Les frais de retour sont à la charge du client.", "customer"),
    ("fr", "Les frais de renvoi restent à votre charge.", "customer"),
    ("fr", "Le coût du retour est à la charge de l'acheteur.", "customer"),
    ("fr", "Vous devez payer les frais de port du retour.", "customer"),
    ("fr", "Les frais de retour ne sont pas remboursés.", None),
    ("fr", "Les frais de retour seront déduits de votre remboursement.", "customer"),
    ("fr", "Le retour n'est pas gratuit.", "customer"),
    ("fr", "Nous ne prenons pas en charge les frais de retour.", "customer"),
    ("fr", "Une étiquette prépayée est jointe au colis, mais 4,90 € sont déduits "
     "du remboursement.", "customer"),
    ("fr", "Les frais d'expédition du retour sont supportés par le client.", "customer"),
    ("fr", "Le renvoi des articles est à vos frais.", "customer"),
    ("fr", "Retour gratuit sous 30 jours.", "store"),
    ("de", "Die Rücksendung ist kostenlos.", "store"),
    ("de", "Die Rücksendekosten übernehmen wir.", "store"),
    ("de", "Wir tragen die Kosten der Rücksendung.", "store"),
    ("de", "Die Kosten der Rücksendung trägt der Kunde.", "customer"),
    ("de", "Die Rücksendekosten trägst du.", "customer"),
    ("de", "Die Kosten für die Rücksendung gehen zu Lasten des Käufers.", "customer"),
    ("de", "Für die Rücksendung berechnen wir eine Pauschale von 4,95 €.", "customer"),
    ("de", "Die Retoure ist nicht kostenlos.", "customer"),
    ("de", "Die Rücksendekosten werden von der Erstattung abgezogen.", "customer"),
    ("de", "Die Rücksendung erfolgt auf Kosten des Kunden.", "customer"),
    ("de", "Bitte beachte, dass die Rücksendung auf deine Kosten erfolgt.", "customer"),
    ("de", "Du erhältst ein vorfrankiertes Rücksendeetikett.", "store"),
    ("de", "Die Rücksendung ist für dich gratis.", "store"),
    ("de", "Die Rücksendekosten in Höhe von 5,90 € ziehen wir von der Erstattung ab.", "customer"),
    ("de", "Rücksendungen sind ab einem Warenwert von 40 € kostenlos.", None),
    ("de", "Die Versandkosten der Rücksendung müssen Sie selbst tragen.", "customer"),
    ("de", "Wir übernehmen die Rücksendekosten nicht.", "customer"),
    # a fee taken off the refund "if you use our label" is still the shopper's: the other way
    # is their own postage
    ("en", "Free returns on all UK orders. If you use our prepaid label, £2.95 will be taken "
     "off your refund.", "customer"),
    ("fr", "Retour offert ! Si vous utilisez notre étiquette Colissimo, 4,90 € seront déduits "
     "de votre remboursement.", "customer"),
    ("de", "Kostenlose Rücksendung! Wenn du unser Retourenlabel nutzt, ziehen wir 3,95 € von "
     "deiner Erstattung ab.", "customer"),
    # free in other words, and the shopper paying in other words
    ("en", "Returns\nNot right? Return it within 100 nights. No return shipping, no pickup fee, "
           "no catch.", "store"),
    ("fr", "Retours\nTu as 15 jours pour changer d'avis. Le renvoi est à ta charge.", "customer"),
    ("fr", "Qui paye le retour ?\nLe client couvre les frais de retour, excepté si nous avons "
           "fait une erreur.", "customer"),
    ("de", "Wer trägt die Rücksendekosten?\nBei einer Rückgabe ohne Mangel tragen Sie das Porto. "
           "Haben wir Ihnen ein fehlerhaftes Buch geschickt, übernehmen wir die Kosten.",
     "customer"),
    # "free" in the answer to a question about a broken item is the faulty item's
    ("en", "Returns\nReturn postage is paid by you.\nMy mug arrived broken, what now?\nEmail "
           "us a photo. We'll send you a new mug free of charge.", "customer"),
    ("fr", "Retours\nLes frais de retour sont à votre charge.\nMa théière est arrivée cassée, "
           "que faire ?\nEnvoyez-nous une photo. Nous vous envoyons une nouvelle théière sans "
           "frais.", "customer"),
    ("de", "Rücksendung\nDie Rücksendekosten trägst du.\nMeine Tasse ist kaputt angekommen – "
           "was nun?\nSchick uns ein Foto. Wir schicken dir kostenlos eine neue Tasse.",
     "customer"),
    # a sum off the refund after a sentence on returning; "kostenpflichtig"; "we can't cover"
    ("fr", "Meubles et gros volumes\nPour retourner un meuble, nous organisons l'enlèvement à "
           "votre domicile. Cette prestation vous est facturée 49 € et sera déduite de votre "
           "remboursement.", "customer"),
    ("de", "Sperrgut\nDie Abholung von Speditionsware organisieren wir für dich. Dafür stellen "
           "wir dir eine Pauschale von 39 € in Rechnung, die mit der Erstattung verrechnet "
           "wird.", "customer"),
    ("en", "Large items\nTo return a sofa, we collect it from your home. This service costs "
           "£49, which is taken off your refund.", "customer"),
    ("de", "Rücksendung\nRücksendungen sind grundsätzlich kostenpflichtig.", "customer"),
    ("en", "Can I send something back?\nOf course, within 30 days. Sorry, but we can't cover "
           "postage on change-of-mind returns.", "customer"),
    ("en", "Returns\nWe cover the return shipping on every order.", "store"),
]


@pytest.mark.parametrize(("language", "text", "payer"), PAYER)
def test_who_pays_for_a_return(language: str, text: str, payer: str | None) -> None:
    facts = extract_facts(text, language=language)
    assert facts.return_shipping_paid_by == payer
    assert facts.free_returns == (None if payer is None else payer == "store")


CONFLICTS: list[tuple[str, str]] = [
    ("en", "Returns are free of charge.\nCustomers pay their own return postage."),
    ("fr", "Le retour est gratuit.\nLes frais de retour restent à la charge du client."),
    ("de", "Die Rücksendung ist kostenlos.\nDie Rücksendekosten trägt der Käufer."),
    ("en", "Items under $100: we pay the return postage.\nItems over $100: you pay the postage."),
    ("de", "Bis 50 € Warenwert zahlen Sie das Porto.\nAb 50 € Warenwert tragen wir die Kosten der "
           "Rücksendung."),
]


@pytest.mark.parametrize(("language", "text"), CONFLICTS)
def test_statements_that_disagree_leave_the_cost_unclear(language: str, text: str) -> None:
    facts = extract_facts(text, language=language)
    assert facts.free_returns is None and facts.return_shipping_paid_by is None
    assert facts.status["free_returns"] == "unclear"
    assert len(facts.sentences["free_returns"]) == 2


SCOPED: list[tuple[str, str, str]] = [
    ("en", "Free shipping on orders over $50.\nReturns\nYou pay the return postage.", "customer"),
    ("fr", "Livraison offerte dès 50 €.\nRetours\nLe retour est à votre charge.", "customer"),
    ("de", "Gratis Versand ab 50 €.\nRücksendung\nDas Porto für die Rücksendung trägst du.",
     "customer"),
    ("en", "Return shipping\nUK\nFree returns with our prepaid label.\nRest of the world\n"
           "Customers pay for their own return shipping.", "store"),
    ("fr", "Frais de retour\nFrance\nLe retour ne vous coûte rien.\nSuisse\nLe client paie "
           "le retour.", "store"),
    ("en", "Change of mind is not refunded.\nReturn postage is the seller's responsibility.",
     None),
    ("de", "Wir nehmen nur defekte Ware zurück.\nDie Rücksendekosten übernehmen wir.", None),
    ("en", "Got a free gift with your order? Return it with the item.\nYou pay the return "
           "postage.", "customer"),
    ("fr", "Les produits offerts doivent être renvoyés avec l'article.\nLe retour est à vos "
           "frais.", "customer"),
    ("en", "Exchanges always ship free.\nFor refunds, the customer pays the return postage.",
     "customer"),
    ("de", "Für einen Umtausch ist der Versand kostenlos.\nBei einer Rückgabe zahlen Sie das "
           "Porto.", "customer"),
    # a pick-up is a return; a flat sum off the refund is the shopper's cost; free only for
    # faulty goods means the shopper pays for the rest; "€0" is free
    ("en", "If you don't love it, we'll collect it free of charge.", "store"),
    ("fr", "S'il ne vous convient pas, nous venons le chercher gratuitement.", "store"),
    ("de", "Gefällt sie dir nicht, holen wir sie kostenlos bei dir ab.", "store"),
    ("de", "Kostenlose Rücksendung! Von deiner Erstattung ziehen wir lediglich eine Pauschale "
           "von 1,95 € ab.", "customer"),
    ("fr", "Les retours sont gratuits. Un forfait de 2,95 € est déduit du remboursement.",
     "customer"),
    ("en", "Return postage is free for faulty goods only.", "customer"),
    ("fr", "Les frais de retour sont offerts uniquement pour les articles défectueux.",
     "customer"),
    ("de", "Nur bei defekter Ware übernehmen wir die Rücksendekosten.", "customer"),
    ("fr", "Frais de retour : 0 €", "store"),
    ("en", "If you'd like a refund, $8.99 return shipping is deducted from it. Choose store "
           "credit instead and your return ships free.", "customer"),
    ("fr", "L'échange est gratuit. Si vous souhaitez être remboursé, le renvoi reste à vos "
           "frais.", "customer"),
    ("fr", "Le retour en point relais est gratuit pour les échanges comme pour les "
           "remboursements.", "store"),
    # money back for a subscription, less a fee, sends no parcel back
    ("en", "Returns ship free with our prepaid label. Cancelled subscriptions are refunded "
           "minus a $25 admin fee.", "store"),
    ("fr", "Le retour est gratuit. Un abonnement résilié est remboursé, déduction faite de "
           "frais de dossier de 15 € sur votre remboursement.", "store"),
    ("de", "Die Rücksendung ist kostenlos. Bei gekündigten Abos ziehen wir eine "
           "Bearbeitungsgebühr von 10 € von der Erstattung ab.", "store"),
    # free for members or card holders only: everyone else pays
    ("fr", "Le retour coûte 3,90 €. Les retours sont gratuits pour les membres du club.",
     "customer"),
    ("de", "Die Rücksendung kostet 3,95 €. Für Karteninhaber ist die Rücksendung kostenlos.",
     "customer"),
    ("en", "Customers pay 4.95 for return postage. Returns are free for loyalty members.",
     "customer"),
]


@pytest.mark.parametrize(("language", "text", "payer"), SCOPED)
def test_what_a_statement_is_about_decides_whether_it_counts(language: str, text: str,
                                                              payer: str | None) -> None:
    assert extract_facts(text, language=language).return_shipping_paid_by == payer
