"""Cues by meaning, not by sentence, in sentences we wrote (never corpus text): a trial period
is the return window; a span that starts where a window ends is a later tier of it, not a
refund delay; an outcome excluded ("vom Umtausch ausgeschlossen", "exclus des échanges") is not
offered; a credit to the customer account is store credit even when called a Gutschrift; a gift
card named as a product that cannot be returned is no outcome; a contact needed only when
something went wrong is no gate. English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

CASES: list[tuple[str, str, dict[str, object]]] = [
    # a trial is the window
    ("en", "We offer a 100-day trial on all mattresses.", {"window_days": 100}),
    ("en", "Try the sofa for 90 nights. If you don't love it, we'll take it back.",
     {"window_days": 90}),
    ("fr", "Essayez votre matelas pendant 100 nuits.", {"window_days": 100}),
    ("de", "Sie können Ihre Matratze 100 Nächte lang testen.", {"window_days": 100}),
    # a later tier continues the window (the longest is the window), it is no refund delay
    ("en",
     "Returns within 14 days receive a full refund; between 15 and 30 days we will issue "
     "store credit instead.",
     {"window_days": 30, "refund_days": None, "time_tiers": True}),
    ("fr",
     "Remboursement intégral pour tout retour sous 14 jours ; de 15 à 30 jours, nous "
     "émettons un avoir.",
     {"window_days": 30, "refund_days": None, "time_tiers": True}),
    ("en",
     "Refunds are processed within 5 days. Your bank may take between 5 and 10 days to "
     "show it.",
     {"window_days": None}),
    # an excluded outcome is not offered
    ("de",
     "Reduzierte Ware ist vom Umtausch ausgeschlossen. Die Erstattung erfolgt innerhalb von "
     "14 Tagen auf das ursprüngliche Zahlungsmittel.",
     {"refund_methods": ["original_payment"], "purchase_method_tiers": True}),
    ("en", "Sale items are excluded from exchanges. We refund to the original card.",
     {"refund_methods": ["original_payment"], "purchase_method_tiers": True}),
    ("fr",
     "Les articles en promotion sont exclus des échanges. Nous remboursons par le même moyen "
     "de paiement.",
     {"refund_methods": ["original_payment"], "purchase_method_tiers": True}),
    # credit on the customer account is store credit
    ("de",
     "Sie erhalten eine Gutschrift auf Ihr Kundenkonto, die Sie bei Ihrem nächsten Einkauf "
     "einlösen können.",
     {"refund_methods": ["store_credit"]}),
    ("de", "Der Betrag wird Ihrem Kundenkonto gutgeschrieben.",
     {"refund_methods": ["store_credit"]}),
    ("de", "Die Gutschrift erfolgt auf Ihr ursprüngliches Zahlungsmittel.",
     {"refund_methods": ["original_payment"]}),
    # a gift card that cannot be returned is a product, not an outcome
    ("en", "Gift cards are non-returnable.", {"refund_methods": None}),
    ("fr", "Les cartes cadeaux ne sont ni reprises ni échangées.", {"refund_methods": None}),
    ("de", "Gutscheinkarten können nicht zurückgegeben werden.", {"refund_methods": None}),
    ("en", "Gift cards are non-returnable. Refunds are issued as a gift card.",
     {"refund_methods": ["store_credit"]}),
    # contact only when something went wrong (the label is lost) is no gate
    ("en",
     "Return within 30 days using the prepaid label in your parcel. If you have lost the "
     "label, contact us and we will email you a new one.",
     {"support_contact_required": False}),
    ("fr",
     "Utilisez le bon de retour joint à votre colis. Si vous avez égaré le bon de retour, "
     "contactez notre service client.",
     {"support_contact_required": False}),
    ("de",
     "Senden Sie die Ware mit dem beiliegenden Rücksendeschein zurück. Sollte der Schein "
     "fehlen, wenden Sie sich an unseren Kundenservice.",
     {"support_contact_required": False}),
    # returns run by the support desk are a gate
    ("en",
     "Returns are handled by our support team: send them your order number and the reason "
     "for the return.",
     {"support_contact_required": True}),
    ("fr",
     "Les retours sont gérés par notre service client : indiquez-lui votre numéro de "
     "commande.",
     {"support_contact_required": True}),
    ("de", "Für eine Rücksendung schreiben Sie uns bitte eine kurze Nachricht mit Ihrer "
     "Bestellnummer.", {"support_contact_required": True}),
    # how the item was bought: a marketplace seller's own terms, members' longer windows,
    # an unusual payment method with its own outcome
    ("en", "Items sold by our marketplace partners follow the partner's own return policy.",
     {"purchase_method_tiers": True}),
    ("fr",
     "Les articles vendus par nos vendeurs partenaires sont soumis à leurs propres conditions "
     "de retour.",
     {"purchase_method_tiers": True}),
    ("en", "Marketplace orders are returned the same way as any other order.",
     {"purchase_method_tiers": False}),
    ("en", "Members of our loyalty club enjoy 60-day returns instead of 30.",
     {"purchase_method_tiers": True}),
    ("fr", "Les membres du programme de fidélité bénéficient d'un délai de retour prolongé.",
     {"purchase_method_tiers": True}),
    ("de", "Mitglieder unseres Treueprogramms erhalten ein verlängertes Rückgaberecht.",
     {"purchase_method_tiers": True}),
    ("de", "Bei Zahlung per Rechnung erfolgt die Erstattung per Überweisung.",
     {"purchase_method_tiers": True}),
    ("de", "Artikel aus dem Sale können nur umgetauscht werden.",
     {"purchase_method_tiers": True, "refund_methods": ["exchange"]}),
    # a label's cost taken off the refund, named anywhere in the sentence: the shopper pays
    ("en",
     "We'll email you a prepaid return label. The cost of the label ($6.95) will be taken "
     "out of your refund.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("fr",
     "Nous vous envoyons une étiquette de retour prépayée ; son coût (5,90 €) sera déduit de "
     "votre remboursement.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de",
     "Für das Retourenlabel berechnen wir 4,95 €, die mit der Erstattung verrechnet werden.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en", "Refunds are issued less a 15% restocking fee. Return shipping is free.",
     {"free_returns": True, "restocking_fee": True}),
    # a heading on damaged items over what the store does about them
    ("en",
     "Returns\nVisit our Returns Hub to start.\nDamaged items\nContact us within 7 days with a "
     "photo and we'll send a replacement.",
     {"damaged_or_missing_covered": True, "support_contact_required": False}),
    ("en", "Damaged items are not accepted for return.", {"damaged_or_missing_covered": False}),
    # a refund delay: the refund named after the span, or an intent to refund before it;
    # "after receipt of your parcel" is the shopper's receipt (a window's start)
    ("en",
     "Once your return reaches our warehouse, please allow up to two weeks for your refund.",
     {"refund_days": 14, "window_days": None}),
    ("en", "We aim to refund you within 48 hours of receiving your parcel.",
     {"refund_days": 2}),
    ("en", "You have 30 days to send your item back for your refund.",
     {"refund_days": None, "window_days": 30}),
    ("fr",
     "Une fois votre colis arrivé à notre entrepôt, comptez jusqu'à deux semaines pour votre "
     "remboursement.",
     {"refund_days": 14, "window_days": None}),
    ("fr", "Nous nous efforçons de vous rembourser sous 48 heures après réception de votre colis.",
     {"refund_days": 2}),
    ("fr",
     "Vous disposez de 30 jours après réception de votre colis pour nous retourner un article.",
     {"refund_days": None, "window_days": 30}),
    ("de",
     "Wir bemühen uns, Ihnen den Betrag innerhalb von 48 Stunden nach Erhalt Ihrer Rücksendung "
     "zurückzuzahlen.",
     {"refund_days": 2}),
    ("de", "Sie können Artikel innerhalb von 30 Tagen nach Erhalt der Ware zurücksenden.",
     {"refund_days": None, "window_days": 30}),
    # a satisfaction guarantee's period is the window; a refund word naming a window is no delay
    ("fr", "Satisfait ou remboursé pendant 30 jours à compter de la date d'achat.",
     {"window_days": 30, "window_start": "purchase", "refund_days": None, "guarantee": True}),
    ("de", "Mit unserer 365-Tage-Zufriedenheitsgarantie kaufen Sie ohne Risiko.",
     {"window_days": 365, "guarantee": True}),
    ("en", "Every order comes with our 45-day satisfaction guarantee.",
     {"window_days": 45, "guarantee": True}),
    ("en", "The refund period is 30 days from delivery.",
     {"window_days": 30, "window_start": "delivery", "refund_days": None}),
    # contact offered beside a self-service way, in either order, is one way among others
    ("en", "You can request a return by contacting us or through your account.",
     {"support_contact_required": False}),
    ("fr", "Vous pouvez demander un retour en nous contactant ou depuis votre espace client.",
     {"support_contact_required": False}),
    ("de", "Sie können eine Rücksendung per E-Mail an uns oder über Ihr Kundenkonto anmelden.",
     {"support_contact_required": False}),
    ("en", "Contact us to arrange a return or exchange.", {"support_contact_required": True}),
    # a span counted from the delivery or the sale is the shopper's time, never a refund delay;
    # one counted from the store's receipt (or the shopper's request) is the refund's
    ("fr",
     "Si, dans les 100 nuits suivant la livraison, votre oreiller ne vous convient pas, nous "
     "vous remboursons. Le remboursement est effectué sous 14 jours après l'enlèvement.",
     {"window_days": 100, "refund_days": 14}),
    ("fr",
     "Vous recevrez un remboursement au plus tard 14 jours après réception de votre demande de "
     "rétractation.",
     {"window_days": None, "refund_days": 14}),
    ("fr",
     "Le remboursement est effectué sous 10 jours après réception de l'article dans notre dépôt.",
     {"refund_days": 10}),
    ("de",
     "Wir erstatten den Kaufpreis, wenn Sie die Ware innerhalb von 30 Tagen nach Erhalt "
     "zurückschicken.",
     {"window_days": 30, "refund_days": None}),
    ("de",
     "Nach Eingang der Ware erhalten Sie innerhalb von 5 Werktagen eine Gutschrift auf Ihr "
     "Zahlungsmittel.",
     {"refund_days": 5}),
    ("en",
     "Refunds go back to the card you paid with. Please allow up to 5 business days after your "
     "parcel reaches our warehouse.",
     {"refund_days": 5}),
    ("en", "You have 30 days to receive a full refund.", {"refund_days": None}),
    # sending the same item again is a replacement, however it is worded
    ("en", "Broken in the post? Send us a photo and we'll post a new one straight away.",
     {"refund_methods": ["replacement"]}),
    ("en", "If we sent the wrong size, we'll ship you the right item free of charge.",
     {"refund_methods": ["replacement"]}),
    ("fr", "Si une plante arrive abîmée, nous la remplaçons gratuitement.",
     {"refund_methods": ["replacement"]}),
    ("fr", "En cas d'erreur de notre part, nous vous renvoyons le bon article.",
     {"refund_methods": ["replacement"]}),
    ("de", "Haben Sie einen falschen Artikel erhalten, senden wir Ihnen den richtigen Artikel zu.",
     {"refund_methods": ["replacement"]}),
    ("de", "Bei Mängeln reparieren wir das Gerät oder liefern Ihnen ein neues Gerät.",
     {"refund_methods": ["repair", "replacement"]}),
    # spans with a filler word or as an ordinal day
    ("en", "You've got two whole months from the day your parcel lands to send it back.",
     {"window_days": 60}),
    ("en", "Returns are accepted until the 30th day after delivery.",
     {"window_days": 30, "window_start": "delivery"}),
    ("fr", "Les retours sont acceptés jusqu'au 30e jour suivant la livraison.",
     {"window_days": 30, "window_start": "delivery"}),
    ("de",
     "Darüber hinaus gewähren wir ein freiwilliges Rückgaberecht bis zum 30. Tag nach Erhalt "
     "der Ware.",
     {"window_days": 30, "window_start": "delivery"}),
    ("de", "Sie haben zwei volle Monate Zeit, um Artikel zurückzuschicken.", {"window_days": 60}),
    # more ways of asking the shopper to get in touch; a withdrawal notice by e-mail is one
    ("en",
     "Returns: just pop us an email with your order number and we'll send you our return "
     "address.",
     {"support_contact_required": True}),
    ("en", "To arrange a return, call our customer team on 0808 000 0000.",
     {"support_contact_required": True}),
    ("en", "To cancel your order before it ships, call our customer team.",
     {"support_contact_required": False}),
    ("fr",
     "Droit de rétractation\nPour exercer ce droit, informez-nous de votre décision par e-mail "
     "avant l'expiration du délai.",
     {"support_contact_required": True}),
    ("de",
     "Um Ihr Widerrufsrecht auszuüben, nutzen Sie unser Retourenportal. Sie können uns Ihren "
     "Widerruf auch per E-Mail mitteilen.",
     {"support_contact_required": False}),
    # contact that answers a question about faulty items, or offered after the portal as a
    # question ("Prefer to talk to a person?"), is no gate
    ("en",
     "Returns FAQ\nMy item arrived faulty. What now?\nStart a chat with us and we'll arrange a "
     "free return or a replacement.",
     {"support_contact_required": False, "damaged_or_missing_covered": True}),
    ("en",
     "Wrong or damaged item?\nEmail us within 7 days with a photo, and we'll cover the return.",
     {"support_contact_required": False, "damaged_or_missing_covered": True}),
    ("en",
     "Start your return in our Returns Portal. Prefer to talk to a person? Call us and we'll "
     "set it up for you.",
     {"support_contact_required": False}),
    ("fr",
     "Faites votre retour depuis votre espace client. Vous préférez parler à quelqu'un ? "
     "Appelez-nous.",
     {"support_contact_required": False}),
    ("de",
     "Starten Sie Ihre Rücksendung im Retourenportal. Sie möchten lieber mit uns sprechen? "
     "Rufen Sie uns an.",
     {"support_contact_required": False}),
    # a list of what cannot be returned names products, not outcomes; an outcome said not to be
    # part of the policy is not offered
    ("en",
     "Which items can't be returned?\nGift cards, opened software and personalised items.",
     {"refund_methods": None}),
    ("fr", "Les cartes cadeaux ne sont pas remboursables.", {"refund_methods": None}),
    ("en", "Repairs are not part of our returns policy.", {"refund_methods": None}),
    ("de", "Für geöffnete Geräte berechnen wir eine Wiederauffüllungsgebühr von 10 %.",
     {"restocking_fee": True, "condition_tiers": True}),
    # not refundable but exchangeable: a tier, not an exclusion
    ("fr",
     "Les articles soldés ne sont pas remboursables, mais ils peuvent être échangés.",
     {"exclusions": [], "purchase_method_tiers": True}),
    ("en", "Sale items cannot be refunded, but they can be exchanged.",
     {"exclusions": [], "purchase_method_tiers": True}),
    # an outcome that depends on the item's condition; a plain rule under a heading on fees
    ("en",
     "What you get back depends on their condition:\n1. Unworn: full refund.\n2. Worn "
     "outdoors: a 50% refund.",
     {"condition_tiers": True}),
    ("en", "Gear that shows light use is refunded at 50% of the price paid.",
     {"condition_tiers": True}),
    ("fr", "Le montant remboursé dépend de l'état de l'article.", {"condition_tiers": True}),
    ("de", "Die Höhe der Erstattung hängt vom Zustand der Ware ab.", {"condition_tiers": True}),
    ("fr",
     "Article 3 – Frais\nLes frais de retour sont à la charge du client. Les produits doivent "
     "être retournés complets, dans leur emballage d'origine.",
     {"condition_tiers": False}),
    # how it was bought: in a sale, at a discount, with the outcome said of "these"
    ("en", "Candles bought in our seasonal sale can't be returned.",
     {"purchase_method_tiers": True}),
    ("en",
     "Items from our Seconds collection are sold at a discount. These can be returned for a gift "
     "card only.",
     {"purchase_method_tiers": True}),
    ("de", "Im Sommerschlussverkauf gekaufte Artikel sind vom Umtausch ausgeschlossen.",
     {"purchase_method_tiers": True}),
    # faults the store handles, however they are named; damage by use is the shopper's
    ("en", "Broken in the post? Send us a photo and we'll sort it out.",
     {"damaged_or_missing_covered": True}),
    ("en", "If your machine develops a fault, it's covered by our 2-year warranty.",
     {"damaged_or_missing_covered": True}),
    ("de", "Im Gewährleistungsfall reparieren wir die Uhr kostenlos.",
     {"damaged_or_missing_covered": True}),
    ("fr", "Les produits tachés ou endommagés par l'usage ne sont pas couverts.",
     {"damaged_or_missing_covered": False}),
    # refund delays: the money sent back, a notice as the anchor, the bank's posting time; a
    # delay per payment method is unclear, not the longest
    ("en",
     "Once we approve your refund, the money is sent back to your original payment method "
     "within 5 business days.",
     {"refund_days": 5, "window_days": None}),
    ("en", "Store credit is emailed within 48 hours of your return arriving.",
     {"refund_days": 2}),
    ("fr",
     "Le vendeur vous rembourse au plus tard 14 jours après avoir été informé de votre "
     "rétractation.",
     {"refund_days": 14, "window_days": None}),
    ("fr",
     "Selon votre banque, il peut s'écouler 3 à 5 jours ouvrés avant qu'il apparaisse sur "
     "votre compte.",
     {"refund_days": 5}),
    ("en", "Refunds to cards show within 3-5 business days; PayPal refunds arrive within 24 hours.",
     {"refund_days": None}),
    ("de",
     "Erstattung je nach Zahlungsart:\n- Kreditkarte: Gutschrift nach 3–5 Werktagen\n- PayPal: "
     "innerhalb von 24 Stunden",
     {"refund_days": None}),
    # who pays: "on you", a priced return label under any heading, and a charge that only
    # may apply (unclear, not a guess)
    ("en", "Returns\nJust email us for our address. Return postage is on you, I'm afraid.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de",
     "Kosten: Wir berechnen keine Bearbeitungsgebühr. Lediglich das Rücksendeetikett (5,50 €) "
     "wird mit deiner Erstattung verrechnet.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en", "Return shipping costs may be deducted from your refund.",
     {"free_returns": None, "return_shipping_paid_by": None}),
    ("fr", "Les frais de retour peuvent être déduits de votre remboursement.",
     {"free_returns": None, "return_shipping_paid_by": None}),
    ("de",
     "Bei Rücksendungen kann eine Versandkostenpauschale von 5 € mit der Erstattung verrechnet "
     "werden.",
     {"free_returns": None, "return_shipping_paid_by": None}),
    # a cost that depends on the order's value is unclear; free delivery over a value is not
    # about returns
    ("en",
     "Returns are free on orders over $75. On orders under $75, a $5 return shipping fee is "
     "deducted from your refund.",
     {"free_returns": None, "return_shipping_paid_by": None}),
    ("en", "Free shipping on orders over $50. Return shipping is paid by you.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    # "free of makeup" is no price; a restocking fee waived says nothing of postage; an
    # exception clause ("sauf si ...", "unless ...") is cut from the rule it excepts
    ("en",
     "Items must be unworn and free of makeup, with tags attached. Return shipping is paid by "
     "you.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("en",
     "We charge a flat $6 return label fee, which comes off your refund. That's it: we never "
     "charge restocking fees.",
     {"free_returns": False, "return_shipping_paid_by": "customer", "restocking_fee": False}),
    ("fr",
     "Frais de retour\nLes frais de retour restent à votre charge, sauf si l'article reçu est "
     "endommagé : dans ce cas, nous vous renvoyons le bon article sans aucun frais.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    ("de",
     "Die Kosten der Rücksendung tragen Sie, außer die Ware ist beschädigt – dann ist die "
     "Rücksendung kostenlos.",
     {"free_returns": False, "return_shipping_paid_by": "customer"}),
    # a bare "How?" asks about what came before it; a withdrawal form sent by e-mail, or a
    # notice with the trader's address in brackets, is a contact
    ("fr",
     "Les articles peuvent être retournés sous 14 jours.\n\nComment faire ?\nEnvoyez un e-mail "
     "à commandes@exemple.fr en précisant votre numéro de commande.",
     {"support_contact_required": True}),
    ("fr",
     "Pour exercer votre droit de rétractation, complétez le formulaire et envoyez-le-nous par "
     "e-mail.",
     {"support_contact_required": True}),
    ("de",
     "Widerrufsrecht\nUm zu widerrufen, teilen Sie uns (Beispiel GmbH, Inh. Eva Muster, "
     "Hauptweg 4, 10115 Berlin) Ihren Entschluss per Brief oder E-Mail mit.",
     {"support_contact_required": True}),
    # self-service named in more ways: a returns site, a label to generate, a QR code, a slip in
    # the parcel, a request made online; then a contact for questions is no gate
    ("en",
     "Start your return at returns.example.com. Questions? Email us at help@example.com.",
     {"support_contact_required": False}),
    ("en",
     "Generate your prepaid label online and drop the parcel off. Need help? Call us.",
     {"support_contact_required": False}),
    ("en", "All returns need an RMA number. Submit a return request on our website to get one.",
     {"support_contact_required": False}),
    ("en", "All returns need an RMA number.", {"support_contact_required": True}),
    ("fr",
     "Créez votre demande de retour en ligne : vous recevrez un QR code à présenter en point "
     "relais. Une question ? Contactez-nous.",
     {"support_contact_required": False}),
    ("de",
     "Melden Sie Ihre Retoure online an und erhalten Sie einen QR-Code. Bei Fragen erreichen "
     "Sie uns per E-Mail.",
     {"support_contact_required": False}),
    # more ways of saying how an item was bought
    ("en", "Black Friday deals are non-refundable.", {"purchase_method_tiers": True}),
    ("en", "Items bought in our physical stores cannot be returned online.",
     {"purchase_method_tiers": True}),
    ("en", "We have great deals every week. Returns are accepted within 30 days.",
     {"purchase_method_tiers": False}),
    ("fr", "Les achats effectués en boutique ne peuvent être retournés qu'en boutique.",
     {"purchase_method_tiers": True}),
    ("de", "Im Laden gekaufte Ware kann nur im Laden zurückgegeben werden.",
     {"purchase_method_tiers": True}),
    # a deadline to ship counted from the store's go-ahead, and a holiday extension said in
    # its own part of the sentence, are not the main window
    ("en",
     "Once you receive your return authorization, you have 7 days to ship the item back. "
     "Return requests must be made within 30 days of delivery.",
     {"window_days": 30}),
    ("fr",
     "Une fois que vous avez reçu notre accord, vous avez 7 jours pour renvoyer le colis. Les "
     "retours sont acceptés pendant 30 jours.",
     {"window_days": 30}),
    ("de",
     "Sobald Sie die Rücksendenummer erhalten haben, senden Sie die Ware innerhalb von 7 Tagen "
     "zurück. Sie haben 30 Tage Rückgaberecht.",
     {"window_days": 30}),
    ("en", "We extend our returns window to 60 days over the holidays; otherwise it's 30 days.",
     {"window_days": 30}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_cues_by_meaning(language: str, text: str, expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language).to_dict()
    got = {key: facts[key] for key in expected}
    if "refund_methods" in got and isinstance(got["refund_methods"], list):
        got["refund_methods"] = sorted(got["refund_methods"])
    assert got == expected
