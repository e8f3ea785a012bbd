"""Windows, their start and refund delays, in sentences we wrote: the role of each number of
days (the store's own window, the legal period, a deadline to notify or to ship, a later
window, members or sale items), where the period starts, refund delays and credit lifetimes,
and refusals or hedges that leave the window unclear; in English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

UNCLEAR = "unclear"
"""Expected when the fact's status must be unclear (its value is then None)."""

CASES: list[tuple[str, str, dict[str, object]]] = [
    # the store's own window beats the legal minimum
    ("en",
     "You have a statutory 14-day right of withdrawal. On top of that, we accept "
     "returns within 60 days of delivery.",
     {"window_days": 60, "window_start": "delivery"}),
    ("fr",
     "Vous disposez d'un droit de rétractation de 14 jours. Nous acceptons par "
     "ailleurs les retours pendant 30 jours après la livraison.",
     {"window_days": 30}),
    ("de",
     "Es gilt das gesetzliche Widerrufsrecht von 14 Tagen. Zusätzlich gewähren wir 30 "
     "Tage Rückgaberecht ab Erhalt der Ware.",
     {"window_days": 30, "window_start": "delivery"}),
    # the legal period is a minimum: a shorter window of the store's own does not replace it
    ("en",
     "You have a statutory 14-day right of withdrawal. Unworn items can also be exchanged "
     "within 7 days.",
     {"window_days": 14}),
    # the legal period alone is the window
    ("de",
     "Sie haben ein Widerrufsrecht von vierzehn Tagen ab Erhalt der Ware.",
     {"window_days": 14, "window_start": "delivery"}),
    ("fr",
     "Conformément au Code de la consommation, vous avez 14 jours à compter de la "
     "réception pour vous rétracter.",
     {"window_days": 14, "window_start": "delivery"}),
    # notification deadline vs the window
    ("en",
     "Please notify us within 7 days if you want to return an item. Items can be "
     "returned within 30 days of purchase.",
     {"window_days": 30, "window_start": "purchase"}),
    ("fr",
     "Signalez-nous votre retour sous 5 jours. Les articles peuvent être retournés "
     "dans les 21 jours suivant l'achat.",
     {"window_days": 21}),
    ("de",
     "Mängel sind innerhalb von 3 Tagen zu melden. Sie können Artikel innerhalb von "
     "28 Tagen nach Kauf zurückgeben.",
     {"window_days": 28, "window_start": "purchase"}),
    # a notification deadline alone stands for the window
    ("en",
     "You can return an item, provided you tell us within 10 days of receiving it.",
     {"window_days": 10, "window_start": "delivery"}),
    # a shipping deadline counted from the notice is not the window
    ("en",
     "You may return items within 14 days of delivery. After you notify us, you have "
     "another 10 days to ship the parcel.",
     {"window_days": 14}),
    ("de",
     "Du kannst 30 Tage ab Zustellung widerrufen. Danach bleiben dir 14 Tage nach "
     "deiner Anmeldung, um das Paket abzuschicken.",
     {"window_days": 30, "window_start": "delivery"}),
    ("fr",
     "Le retour est possible 30 jours après la livraison. Vous avez ensuite 10 jours "
     "à compter de votre demande pour expédier le colis.",
     {"window_days": 30, "window_start": "delivery"}),
    # a later window for credit, members, sale items
    ("en",
     "Return within 30 days for a refund. After those 30 days, you have another 60 "
     "days to return for store credit.",
     {"window_days": 30, "time_tiers": True}),
    ("fr",
     "Les membres du programme de fidélité ont 60 jours. Pour tous les autres "
     "clients, le délai de retour est de 30 jours.",
     {"window_days": 30}),
    ("de",
     "Reduzierte Ware kann innerhalb von 7 Tagen umgetauscht werden. Alle anderen "
     "Artikel kannst du 30 Tage lang zurückgeben.",
     {"window_days": 30}),
    # the longest of the store's own windows
    ("en",
     "Electronics can be returned within 15 days. All other items can be returned "
     "within 45 days of delivery.",
     {"window_days": 45}),
    # parenthesised numbers, nights, weeks
    ("en",
     "You have fourteen (14) days from delivery to send your item back.",
     {"window_days": 14, "window_start": "delivery"}),
    ("fr",
     "Vous avez 10 (dix) jours civils à compter de la livraison pour retourner le "
     "produit.",
     {"window_days": 10, "window_start": "delivery"}),
    ("de",
     "Teste die Matratze 100 Nächte lang und gib sie zurück, wenn sie dir nicht "
     "gefällt.",
     {"window_days": 100}),
    # start said in its own sentence
    ("de",
     "Die Rückgabefrist beträgt 30 Tage. Die Frist beginnt mit dem Tag, an dem die "
     "Ware bei dir eintrifft.",
     {"window_days": 30, "window_start": "delivery"}),
    ("en",
     "Our return window is 60 days. The period starts on the date of purchase.",
     {"window_days": 60, "window_start": "purchase"}),
    ("fr",
     "Le délai de retour est de 30 jours. Ce délai court à compter de la date de "
     "votre commande.",
     {"window_days": 30, "window_start": "purchase"}),
    # refusals and hedges leave the window unclear
    ("en",
     "Returns are accepted within 30 days.\nChange of mind is not refunded.",
     {"window_days": UNCLEAR}),
    ("de",
     "Rückgaben sind innerhalb von 14 Tagen möglich.\nWir nehmen nur defekte Ware "
     "zurück.",
     {"window_days": UNCLEAR}),
    ("fr",
     "Les retours sont acceptés sous 30 jours.\nJusqu'à nouvel ordre, nous n'acceptons "
     "plus aucun retour.",
     {"window_days": UNCLEAR}),
    ("de",
     "Rückgabefrist\nOb und bis wann ein Artikel zurückgegeben werden kann, steht beim "
     "Produkt.\nRückgabefrist für Zusatzleistungen\nFür Garantieverlängerungen gelten "
     "14 Tage.",
     {"window_days": UNCLEAR}),
    # refund delays are not windows, credit lifetimes are neither
    ("en",
     "We will refund you without undue delay, and not later than 14 days after we "
     "receive the goods.",
     {"refund_days": 14, "window_days": None}),
    ("fr",
     "Nous vous rembourserons au plus tard 14 jours après réception de votre retour.",
     {"refund_days": 14, "window_days": None}),
    ("de",
     "Die Erstattung erfolgt innerhalb von 10 Werktagen, nachdem deine Retoure "
     "bearbeitet wurde.",
     {"refund_days": 10, "window_days": None}),
    ("de", "Wir zahlen dir den Betrag binnen 14 Tagen zurück.", {"refund_days": 14}),
    ("en", "Store credit can be used for 12 months.", {"refund_days": None, "window_days": None}),
    ("fr", "L'avoir est utilisable pendant 6 mois.", {"refund_days": None, "window_days": None}),
    ("de", "Der Gutschein ist 2 Jahre gültig.", {"refund_days": None, "window_days": None}),
    ("en", "The return period expires after 30 days.", {"window_days": 30}),
    # refund delays that depend on how the order was paid are unclear
    ("en",
     "Card payments are refunded within 5 days. PayPal payments are refunded within "
     "10 days.",
     {"refund_days": UNCLEAR}),
    ("fr",
     "Les achats réglés par chèque sont remboursés par chèque sous 15 jours.",
     {"refund_days": UNCLEAR}),
    ("de",
     "Bei Zahlung per Kreditkarte erstatten wir binnen 3 Tagen, bei Überweisung "
     "binnen 7 Tagen.",
     {"refund_days": UNCLEAR}),
    # a deadline to ship after notice, a group's window or a parcel's time in transit alone
    # say nothing of the ordinary window
    ("fr", "Une fois votre demande de retour validée, vous avez 10 jours pour déposer votre "
           "colis.", {"window_days": None}),
    ("de", "Schick die Ware innerhalb von 14 Tagen nach deiner Widerrufserklärung an uns "
           "zurück.", {"window_days": None}),
    ("en", "Trade account holders may return stock within 60 days.", {"window_days": None}),
    ("de", "Deine Rücksendung ist in der Regel 3–5 Werktage unterwegs. Rückgaben sind 30 "
           "Tage lang möglich.", {"window_days": 30}),
    # number words and units; a withdrawal "without giving a reason" is the window
    ("fr", "Les retours sont acceptés pendant un an après l'achat.",
     {"window_days": 365, "window_start": "purchase"}),
    ("de", "Innerhalb von vier Wochen ab Kaufdatum nehmen wir ungetragene Ware zurück.",
     {"window_days": 28, "window_start": "purchase"}),
    ("en", "You may cancel your purchase within 14 days without giving a reason.",
     {"window_days": 14}),
    ("fr", "Vous pouvez annuler votre achat sous 14 jours sans avoir à justifier de motif.",
     {"window_days": 14}),
    # two starts said for the same days contradict each other
    ("en", "You have 30 days from purchase to return your items. The 30 days start from the "
           "day your parcel is delivered.", {"window_days": 30, "window_start": UNCLEAR}),
    # a group's window beside everyone else's: the ordinary shopper's is the main one
    ("en", "Loyalty members can send items back within 90 days, all other customers within "
           "45 days.", {"window_days": 45}),
    ("fr", "Les adhérents ont 90 jours pour retourner un article, les autres clients 45 jours.",
     {"window_days": 45}),
    ("de", "Mitglieder haben 90 Tage Zeit für die Rückgabe, alle übrigen Kunden 45 Tage.",
     {"window_days": 45}),
    ("en", "VIP card holders may return purchases for 90 days. Everyone else has 21 days.",
     {"window_days": 21}),
    ("fr", "Les titulaires de la carte peuvent retourner leurs achats pendant 90 jours. Les "
           "non-membres disposent de 21 jours.", {"window_days": 21}),
    ("de", "Karteninhaber können Einkäufe 90 Tage lang zurückgeben. Alle anderen Kunden haben "
           "21 Tage.", {"window_days": 21}),
    # a labelled line for full-price goods is the ordinary window; members' full-price buys
    # are still the members'
    ("en", "- Regular-price items: return within 20 days.\n- Sale items: 7 days, credit only.",
     {"window_days": 20}),
    ("fr", "- Articles à prix plein : retour sous 20 jours.\n- Articles soldés : 7 jours, avoir "
           "uniquement.", {"window_days": 20}),
    ("de", "- Reguläre Ware: Rückgabe innerhalb von 20 Tagen.\n- Reduzierte Ware: 7 Tage, nur "
           "Gutschein.", {"window_days": 20}),
    ("en", "Members get an extended 90-day window on full-price purchases.",
     {"window_days": None}),
    # the legal period named first in the same sentence belongs to its own number
    ("en", "On top of the legal 14-day cancellation period, we give you 60 days from delivery "
           "to change your mind.", {"window_days": 60}),
    ("fr", "En plus du délai légal de rétractation de 14 jours, vous avez 60 jours après la "
           "livraison pour changer d'avis.", {"window_days": 60}),
    ("de", "Zusätzlich zum gesetzlichen Widerrufsrecht von 14 Tagen kannst du Artikel 60 Tage "
           "lang zurückgeben.", {"window_days": 60}),
    # a group named in another clause of the sentence does not make the window theirs
    ("en", "Return anything within 90 days of purchase - members need no receipt.",
     {"window_days": 90}),
    ("fr", "Retours acceptés sous 90 jours ; les membres n'ont pas besoin de ticket.",
     {"window_days": 90}),
    ("de", "Rückgabe innerhalb von 90 Tagen – Mitglieder brauchen keinen Kassenbon.",
     {"window_days": 90}),
    # "the 20 first days"; a group named before "but they ..." is still the group
    ("fr", "Les retours sont acceptés pendant les 20 premiers jours suivant la livraison.",
     {"window_days": 20}),
    ("en", "Sale items cannot be refunded, but they can be exchanged within 10 days. All "
           "other items can be returned within 30 days.", {"window_days": 30}),
    ("fr", "Les articles soldés ne sont pas remboursés, mais ils peuvent être échangés sous "
           "10 jours. Les autres articles se retournent sous 30 jours.", {"window_days": 30}),
    ("de", "Reduzierte Ware wird nicht erstattet, aber sie kann innerhalb von 10 Tagen "
           "umgetauscht werden. Alle anderen Artikel nehmen wir 30 Tage lang zurück.",
     {"window_days": 30}),
    # what the window counts from, in other words
    ("en", "Send items back within 21 days of your order arriving.",
     {"window_start": "delivery"}),
    ("en", "You may return items within 21 days of the order confirmation.",
     {"window_start": "purchase"}),
    ("fr", "Les retours sont acceptés sous 21 jours à compter de la confirmation de commande.",
     {"window_start": "purchase"}),
    ("de", "Die Rückgabefrist beträgt 21 Tage ab Zugang der Bestellbestätigung.",
     {"window_start": "purchase"}),
    ("de", "Sie können binnen 21 Tagen ab Übernahme der Ware vom Kauf zurücktreten.",
     {"window_start": "delivery"}),
    # a group said to go back on the same terms as everything else
    ("en", "Outlet products follow the same rules as our other products: 40 days to return "
           "them.", {"window_days": 40}),
    ("fr", "Les articles en déstockage se retournent aux mêmes conditions que les autres : 40 "
           "jours.", {"window_days": 40}),
    ("de", "Auch Sonderangebote kannst du wie jede andere Bestellung innerhalb von 40 Tagen "
           "zurückgeben.", {"window_days": 40}),
    # "after receiving your item": the shopper's receipt before what they do with it is a
    # window; the store's receipt of a return, in a sentence about the refund, a refund delay
    ("en", "Returns\nWe have a 30-day return policy: you have 30 days after receiving your "
           "item to request a return.", {"window_days": 30, "refund_days": None}),
    ("en", "Returns\nYou have 30 days after receiving your item to return it.",
     {"window_days": 30, "window_start": "delivery", "refund_days": None}),
    ("en", "Refunds\nWe will refund you within 14 days of receiving your item.",
     {"window_days": None, "refund_days": 14}),
    ("fr", "Retours\nVous avez 30 jours après réception de votre colis pour le retourner.",
     {"window_days": 30, "refund_days": None}),
    ("fr", "Vous recevrez un remboursement au plus tard 14 jours après réception de votre "
           "demande de rétractation.", {"window_days": None, "refund_days": 14}),
    ("de", "Rückgabe\nDu hast 30 Tage nach Erhalt deiner Bestellung, um sie "
           "zurückzuschicken.", {"window_days": 30, "refund_days": None}),
    ("de", "Wir erstatten den Kaufpreis spätestens 14 Tage nach Eingang deiner Rücksendung.",
     {"window_days": None, "refund_days": 14}),
    # money said to be back on, or to appear on, the account
    ("de", "Erstattung\nDein Geld ist in der Regel innerhalb von 5 Werktagen zurück auf "
           "deinem Konto.", {"refund_days": 5}),
    ("de", "Erstattung\nBitte rechne mit bis zu 10 Tagen, bis die Gutschrift auf deinem Konto "
           "erscheint.", {"refund_days": 10}),
    ("de", "Erstattung\nDer Betrag wird dir innerhalb von 7 Tagen gutgeschrieben.",
     {"refund_days": 7}),
    ("en", "Refunds\nIt can take up to 10 days for the refund to reach your account.",
     {"refund_days": 10}),
    ("fr", "Remboursement\nVotre remboursement sera visible sur votre compte sous 5 jours.",
     {"refund_days": 5}),
    # the day it counts from, in everyday words
    ("en", "Returns\nSend it back within 28 days of it reaching you.",
     {"window_days": 28, "window_start": "delivery"}),
    ("en", "Returns\nYou've got 30 days once your order lands on your doorstep.",
     {"window_days": 30, "window_start": "delivery"}),
    ("fr", "Retours\nVous pouvez retourner l'article dans les 15 jours qui suivent sa "
           "réception.", {"window_days": 15, "window_start": "delivery"}),
    ("de", "Rückgabe\nDu kannst Artikel bis 30 Tage nach der Bestellung zurückgeben.",
     {"window_days": 30, "window_start": "purchase"}),
    ("de", "Rückgabe\nInnerhalb von 14 Tagen nach Eingang der Ware bei dir kannst du "
           "zurückgeben.", {"window_days": 14, "window_start": "delivery"}),
    # counted from the store's receipt: a refund delay only where a refund is named in the
    # clause's sentence, its topic or the sentence before it; else the time to send it
    ("en", "Returns\nYou have 30 days to request a return, and then 14 days to ship the item "
           "once your return is approved.", {"window_days": 30, "refund_days": None}),
    ("fr", "Retours\nVous avez 30 jours pour demander un retour, puis 14 jours pour expédier "
           "le colis une fois votre retour validé.", {"window_days": 30, "refund_days": None}),
    ("de", "Rückgabe\nDu hast 30 Tage, um eine Rücksendung anzumelden, und danach 14 Tage, um "
           "das Paket nach der Freigabe abzuschicken.", {"window_days": 30, "refund_days": None}),
    ("en", "Refunds go back to your card. Please allow up to 5 business days after your parcel "
           "reaches our warehouse.", {"refund_days": 5}),
    ("fr", "Le remboursement se fait sur votre carte. Comptez 5 jours ouvrés après la réception "
           "du colis dans notre entrepôt.", {"refund_days": 5}),
    ("de", "Das Geld buchen wir auf deine Karte zurück. Das dauert bis zu 5 Werktage nach "
           "Eingang der Retoure.", {"refund_days": 5}),
    ("en", "We will pay back everything you paid us at the latest 14 days after we receive "
           "your cancellation.", {"refund_days": 14}),
    ("de", "Dein Geld ist spätestens zwei Wochen nach Eingang der Retoure auf deinem Konto.",
     {"refund_days": 14}),
    # a refund delay in other words: a list item led by the refund, a credit memo posted, a
    # return processed, the time "to appear" after the refund's sentence
    ("en", "What you get back\n– a refund to your card, within 7 days of receiving the parcel;\n"
           "– or store credit, straight away.", {"refund_days": 7}),
    ("fr", "Ce que vous recevez\n– un remboursement sur votre moyen de paiement, sous 7 jours "
           "après réception du colis ;\n– ou un bon d'achat immédiat.", {"refund_days": 7}),
    ("de", "Was du zurückbekommst\n– eine Erstattung auf dein Zahlungsmittel, innerhalb von 7 "
           "Tagen nach Eingang des Pakets;\n– oder sofort einen Gutschein.", {"refund_days": 7}),
    ("en", "After inspection, a credit memo is posted to your account within 10 business days "
           "of receipt.", {"refund_days": 10}),
    ("en", "Once it arrives, we process your return within 10 business days.",
     {"refund_days": 10}),
    ("de", "Nach Eingang bearbeiten wir deine Retoure innerhalb von 10 Werktagen.",
     {"refund_days": 10}),
    ("fr", "Nous traitons votre remboursement vers votre moyen de paiement. Cela prend 5 à 10 "
           "jours ouvrables pour apparaître.", {"refund_days": 10}),
    ("fr", "La boutique rembourse au client toutes les sommes versées au plus tard quatorze "
           "jours après avoir été informée de la rétractation.",
     {"refund_days": 14, "window_days": None}),
    # the answer to "Can I return it?" is a window even beside the legal period
    ("de", "Kann ich Bücher zurückgeben?\nJa. Bei uns haben Sie dafür einen Monat Zeit, "
           "gerechnet ab dem Tag der Lieferung. Das ist länger als die gesetzliche "
           "Widerrufsfrist von 14 Tagen.", {"window_days": 30, "window_start": "delivery"}),
    ("en", "Can I send a book back?\nYes. You have a month for that, counted from delivery. "
           "That is longer than the legal cancellation period of 14 days.",
     {"window_days": 30, "window_start": "delivery"}),
    ("fr", "Puis-je retourner un livre ?\nOui. Vous avez un mois pour cela, à compter de la "
           "livraison. C'est plus que le délai légal de rétractation de 14 jours.",
     {"window_days": 30, "window_start": "delivery"}),
    # the window said of all or most items is the main one beside a category's own
    ("en", "Returns\nMost items can be returned within 30 days. Electronics must be returned "
           "within 14 days. Mattresses have a 100-night trial.", {"window_days": 30}),
    ("fr", "Retours\nLa plupart des articles peuvent être retournés sous 30 jours. Les matelas "
           "bénéficient d'un essai de 100 nuits.", {"window_days": 30}),
    ("de", "Rückgabe\nDie meisten Artikel kannst du innerhalb von 30 Tagen zurückgeben. "
           "Matratzen kannst du 100 Nächte lang testen und zurückgeben.", {"window_days": 30}),
    # a banner's window against the body's window for all items: the policy contradicts itself
    ("en", "Free shipping | 30-day returns | Sign in\nReturns\nYou can return all items within "
           "14 days of delivery.", {"window_days": UNCLEAR}),
    ("fr", "Livraison offerte | Retours sous 30 jours | Mon compte\nRetours\nTous nos articles "
           "peuvent être retournés sous 14 jours après livraison.", {"window_days": UNCLEAR}),
    ("de", "Gratis Versand | 30 Tage Rückgabe | Mein Konto\nRückgabe\nAlle Artikel kannst du "
           "innerhalb von 14 Tagen nach Erhalt zurückschicken.", {"window_days": UNCLEAR}),
    ("en", "Free shipping | 30-day returns | Sign in\nReturns\nYou can return items within 30 "
           "days of delivery. Electronics within 14 days.", {"window_days": 30}),
    # "please allow N days" after the refund's sentence is the refund's time; delivery's is not
    ("en", "Refunds\nYour refund will be processed once your return is approved. Please allow "
           "up to 10 business days.", {"refund_days": 10}),
    ("fr", "Remboursement\nVotre remboursement est traité dès validation de votre retour. "
           "Comptez jusqu'à 10 jours ouvrés.", {"refund_days": 10}),
    ("de", "Erstattung\nDie Erstattung wird nach Prüfung deiner Retoure veranlasst. Rechne mit "
           "bis zu 10 Werktagen.", {"refund_days": 10}),
    ("en", "Refund times\nRefunds are processed within 10 days. Please note that delivery of "
           "orders can take up to 21 days during busy periods.", {"refund_days": 10}),
    ("fr", "Remboursement\nVous avez 30 jours à compter de la réception de votre commande pour "
           "la retourner.", {"refund_days": None, "window_days": 30}),
    # "your return being processed" is the store's receipt
    ("en", "Refunds\nYou should see the refund on your statement within 5 working days of your "
           "return being processed.", {"refund_days": 5}),
    ("de", "Erstattung\nNach Eingang und Prüfung der Rücksendung veranlassen wir die "
           "Rückzahlung innerhalb von 10 Tagen.", {"refund_days": 10}),
    ("en", "Refunds\nWe'll issue your refund within 7 days. Depending on your bank, it may "
           "take a further 3-5 days to appear.", {"refund_days": 7}),
    # days counted from a pickup or a notice: the event is an anchor, the refund the subject
    ("fr", "Remboursement\nNous vous remboursons au plus tard 14 jours après l'enlèvement du "
           "meuble.", {"refund_days": 14}),
    ("en", "Refunds\nWe refund you within 14 days after the collection of the sofa.",
     {"refund_days": 14}),
    ("de", "Erstattung\nNach einem wirksamen Widerruf zahlen wir Ihnen den Kaufpreis spätestens "
           "14 Tage nach Eingang Ihrer Widerrufserklärung zurück.", {"refund_days": 14}),
    ("en", "Refunds\nOnce the piece is back with me and I've checked it over, I refund the item "
           "price within 5 days.", {"refund_days": 5}),
    ("fr", "Remboursement\nLe montant est reversé sur votre carte sous 5 à 7 jours ouvrables.",
     {"refund_days": 7}),
    # "Within 30 days of delivery: refund" is a tier's line, not a refund delay
    ("en", "What you get\n- Within 30 days of delivery: refund to your original payment "
           "method.\n- Days 31 to 60: store credit.", {"refund_days": None}),
    # the store's reply time is no window; a refusal of returns "arranged any other way" is no
    # refusal of returns
    ("en", "Returns\nYou have 30 days from delivery to request a return. Email us and we'll "
           "reply within 2 business days with a return label.", {"window_days": 30}),
    ("fr", "Retours\nVous avez 30 jours après la livraison pour demander un retour. Écrivez-nous, "
           "nous vous répondrons sous 2 jours ouvrés avec une étiquette de retour.",
     {"window_days": 30}),
    ("de", "Rückgabe\nDu hast 30 Tage ab Lieferung, um eine Rücksendung anzumelden. Schreib uns, "
           "wir antworten innerhalb von 2 Werktagen mit einem Rücksendeetikett.",
     {"window_days": 30}),
    ("en", "Returns\nYou have 100 nights from delivery to decide. Email us and we'll book a "
           "collection. We can't accept returns arranged any other way.", {"window_days": 100}),
    ("en", "Refunds\nOnce the shop receives the item, it refunds your original payment method; "
           "the money usually shows up within 5-10 business days.", {"refund_days": 10}),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_numbers_of_days_by_their_role(language: str, text: str,
                                       expected: dict[str, object]) -> None:
    facts = extract_facts(text, language=language)
    got = {name: UNCLEAR if facts.status_of(name) == "unclear" else getattr(facts, name)
           for name in expected}
    assert got == expected
