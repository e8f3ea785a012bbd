"""Whether the shopper must contact support to start a return, in sentences we wrote: the
ways of sending a shopper to support, and contact that is only for faulty items, questions,
another matter, a fallback, one option among several, or beside a self-service channel; in
English, French and German."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts

CONTACT: list[tuple[str, str, bool]] = [
    ("en", "How it works\n1. Email us your order number.\n2. We send you a label.\n"
           "3. Ship the parcel back to us.", True),
    ("en", "Returns & cancellations\nTo cancel an order before it ships, please contact us.",
     False),
    ("en", "Returns\nInternational customers: please email us before sending anything back.",
     False),
    ("fr", "Retours\nPour un retour hors délai, contactez notre service client.", False),
    ("de", "Rücksendungen\nBitte kündige deine Retoure vorab per E-Mail an.", True),
    ("de", "Retouren\nFür eine Stornierung der Bestellung wende dich an unseren Kundenservice.",
     False),
    ("en", "To start a return, email us at help@shop.example with your order number.", True),
    ("en", "Please contact our customer service team before sending anything back.", True),
    ("en", "Returns must be authorised: call us to get an RMA number.", True),
    ("en", "Send us a message through our contact form and we will arrange the return.", True),
    ("en", "Let us know within 14 days that you want to return the item.", True),
    ("en", "To return an item, get in touch with us and we'll send you a label.", True),
    ("en", "Returns\nReach out to our team on live chat to request a return label.", True),
    ("en", "How do I return an item?\nJust drop us a line at returns@shop.example.", True),
    ("en",
     "You must notify us in writing of your decision to cancel before returning the goods.", True),
    ("en", "All returns require prior approval. Contact us first.", True),
    ("en", "Returns are handled by our support team: write to support@shop.example.", True),
    ("fr", "Pour effectuer un retour, contactez notre service client par e-mail.", True),
    ("fr",
     "Avant tout renvoi, écrivez-nous à retours@boutique.example pour obtenir un numéro "
     "de retour.", True),
    ("fr",
     "Pour retourner un article, envoyez-nous un message via le formulaire de contact.", True),
    ("fr", "Merci de nous informer de votre demande de retour par e-mail.", True),
    ("fr",
     "Vous devez nous signaler votre souhait de retourner l'article dans les 14 jours.", True),
    ("fr", "Retours\nAdressez-vous à notre service client pour organiser le retour.", True),
    ("de",
     "Für eine Rücksendung schreiben Sie uns bitte eine E-Mail an service@shop.example.", True),
    ("de", "Bitte kontaktieren Sie vor der Rücksendung unseren Kundenservice.", True),
    ("de", "Um einen Artikel zurückzuschicken, wende dich an unseren Kundendienst.", True),
    ("de", "Melde die Retoure bitte telefonisch bei uns an.", True),
    ("de", "Teilen Sie uns per E-Mail mit, dass Sie den Artikel zurückgeben möchten.", True),
    ("de", "Rücksendungen nur nach vorheriger Absprache mit unserem Support.", True),
    ("de", "Ein Umtausch ist möglich. Bitte melden Sie sich dafür bei uns.", True),
    ("en", "Start your return in our online returns portal; no need to contact us.", False),
    ("en", "Log in to your account, select the order and print your return label.", False),
    ("en", "Fill in the return form below and we will email you a prepaid label.", False),
    ("en", "If your item arrives damaged, please contact us with a photo.", False),
    ("en", "Questions about your return? Our customer service team is happy to help.", False),
    ("en", "Use our returns portal or, if you prefer, email us.", False),
    ("en", "No printer? Call us and we'll post you a label.", False),
    ("en", "Not sure whether an item can be returned? Contact us before sending it.", False),
    ("en", "We will send you a confirmation by email once your return arrives.", False),
    ("en", "To use your store credit online, please contact us.", False),
    ("en", "If your refund has not arrived after 10 days, please contact your bank.", False),
    ("fr", "Faites votre demande de retour depuis votre espace client.", False),
    ("fr", "Si le produit est défectueux, contactez notre service client.", False),
    ("fr", "Une question sur votre retour ? Écrivez-nous.", False),
    ("fr", "Pas d'imprimante ? Contactez-nous et nous vous enverrons l'étiquette.", False),
    ("fr", "Vous recevrez un e-mail de confirmation dès réception de votre colis.", False),
    ("fr", "Vous hésitez ? Contactez-nous avant de renvoyer l'article.", False),
    ("de", "Melde deine Rücksendung einfach in deinem Kundenkonto an.", False),
    ("de",
     "Den Retourenschein erhältst du per E-Mail, sobald du die Retoure online angemeldet "
     "hast.", False),
    ("de", "Bei Fragen zur Rücksendung erreichen Sie unseren Kundenservice telefonisch.", False),
    ("de", "Ist ein Artikel defekt, kontaktieren Sie bitte unseren Kundenservice.", False),
    ("de", "Nach Eingang der Rücksendung erhalten Sie eine Bestätigung per E-Mail.", False),
    ("de", "Kein Drucker? Dann schreib uns und wir schicken dir das Etikett per Post.", False),
    ("de",
     "Du hast zwei Möglichkeiten:\n- Du teilst uns per E-Mail mit, dass du widerrufst\n- Du "
     "schickst die Ware einfach innerhalb der Frist zurück", False),
    ("en",
     "Returns\nReturn items easily through our returns portal.\nAlternatively, you can "
     "email us at returns@shop.example.", False),
    ("en",
     "Start your return online in your account.\nRight of cancellation\nTo exercise the "
     "right to cancel, you must inform us of your decision by a clear statement (e.g. a "
     "letter sent by post or e-mail).", False),
    ("en",
     "Right of cancellation\nTo exercise the right to cancel, you must inform us of your "
     "decision by a clear statement (e.g. a letter sent by post or e-mail).", True),
    ("en", "Need help? Email us at help@shop.example.", False),
    ("en",
     "To return an item, reply to your order confirmation email and tell us what you are "
     "sending back.", True),
    ("en", "Returns must be arranged with our customer service team.", True),
    ("en", "Please request a return label from us before sending the item back.", True),
    ("fr", "Pour un retour, merci de nous envoyer un mail avec votre numéro de commande.", True),
    ("fr", "Faites votre demande de retour par mail à retours@boutique.example.", True),
    ("fr",
     "Retournez vos articles depuis votre espace client.\nDroit de rétractation\nPour "
     "exercer votre droit de rétractation, vous devez nous notifier votre décision par "
     "une déclaration dénuée d'ambiguïté (par exemple, lettre envoyée par la poste ou "
     "courrier électronique).", False),
    ("fr",
     "Vous pouvez aussi nous écrire si vous préférez.\nLe retour se fait depuis votre "
     "espace client.", False),
    ("de", "Für eine Retoure schreiben Sie eine E-Mail an retoure@shop.example.", True),
    ("de", "Bitte fordern Sie vor der Rücksendung ein Retourenetikett bei uns an.", True),
    ("de",
     "Retouren meldest du bequem in deinem Kundenkonto an.\nWiderrufsrecht\nUm Ihr "
     "Widerrufsrecht auszuüben, müssen Sie uns mittels einer eindeutigen Erklärung (z. B. "
     "ein mit der Post versandter Brief oder eine E-Mail) über Ihren Entschluss, diesen "
     "Vertrag zu widerrufen, informieren.", False),
    ("de",
     "Widerrufsrecht\nUm Ihr Widerrufsrecht auszuüben, müssen Sie uns mittels einer "
     "eindeutigen Erklärung (z. B. ein mit der Post versandter Brief oder eine E-Mail) "
     "über Ihren Entschluss, diesen Vertrag zu widerrufen, informieren.", True),
    # a phone number right after "call"; a second step "within a further 14 days" is not a
    # late return; "must be authorised" asks for an authorisation
    ("en", "Returns must be authorised in advance. Please call 0161 496 0000 for a returns "
     "number.", True),
    ("en", "If you wish to return an item, let us know within 14 days and send it back within "
     "a further 14 days.", True),
    ("fr", "Pour retourner un article, prévenez-nous par e-mail sous 14 jours, puis renvoyez-le "
     "dans les 14 jours supplémentaires.", True),
    ("de", "Für eine Rücksendung kontaktiere uns innerhalb von 14 Tagen und schicke die Ware "
     "dann innerhalb weiterer 14 Tage zurück.", True),
    ("en", "Returns after 30 days: please call 0161 496 0000 first.", False),
    # messages, tickets and direct messages start a return too
    ("en", "To send something back, WhatsApp our team on 0700 555 123 with your order number.",
     True),
    ("en", "Want to return an item? Open a ticket from the Help button and we'll send a label.",
     True),
    ("en", "I'm a small studio: message me within 14 days if you'd like to return a print.",
     True),
    ("fr", "Pour un retour, ouvrez un ticket auprès de notre assistance en indiquant la "
           "commande.", True),
    ("fr", "Tu veux retourner une bague ? Envoie-nous un message privé sur Instagram.", True),
    ("fr", "L'acheteur qui souhaite retourner un article doit en informer préalablement le "
           "vendeur par courrier électronique.", True),
    ("de", "Rücksendungen bitte vorher telefonisch avisieren, sonst nehmen wir das Paket nicht "
           "an.", True),
    ("de", "Möchtest du etwas zurückgeben, nimm bitte vorher kurz per Mail Kontakt mit uns "
           "auf.", True),
    ("de", "Für eine Rückgabe schreib uns bitte über die Plattform vorher eine Nachricht.",
     True),
    # a dedicated return-request form is self-service; contact only for an exchange of size,
    # or only from abroad (asked in the question before), is no requirement
    ("fr", "Remplissez notre formulaire de demande de retour en ligne : vous recevrez "
           "l'étiquette par e-mail.", False),
    ("fr", "Les remboursements se demandent depuis votre compte. Pour un échange de taille, "
           "écrivez-nous.", False),
    ("en", "Start a refund from your account. For an exchange of size, email us instead.",
     False),
    ("de", "Rücksendungen meldest du im Kundenkonto an. Für einen Umtausch schreib uns eine "
           "E-Mail.", False),
    ("en", "Returning from outside the EU?\nPlease email us first. Everyone else can use the "
           "returns portal.", False),
    # a shop of one: "email me", "écris-moi", "schreib mir"
    ("en", "Can I return something?\nOf course, within 14 days. Please email me first at "
           "jo@shop.example so I know to look out for it.", True),
    ("en", "Questions about a glaze or a size? Email me any time at jo@shop.example.", False),
    ("fr", "Tu veux retourner une pièce ? Écris-moi à atelier@boutique.example avant de "
           "l'envoyer.", True),
    ("de", "Du möchtest etwas zurückgeben? Schreib mir bitte vorher kurz an "
           "post@shop.example.", True),
    ("de", "Du hast eine Frage zur Glasur? Schreib mir jederzeit an post@shop.example.", False),
    # beside a self-service channel, contact limited by a condition that is not the return
    ("en", "Exchanges\nWant another size? Request an exchange from your order history page. "
           "Contact us if the size you need is out of stock.", False),
    ("fr", "Retours\nCréez votre retour en ligne depuis votre espace client. Si la taille "
           "souhaitée n'est plus disponible, contactez-nous.", False),
    ("de", "Umtausch\nTausche deine Artikel einfach über dein Kundenkonto. Wenn die gewünschte "
           "Größe ausverkauft ist, schreib uns eine E-Mail.", False),
    # ... but a condition that is the return itself still sends the shopper to support
    ("en", "Returns\nTrack your orders in your account. If you want to send something back, "
           "contact us and we'll arrange it.", True),
    ("fr", "Retours\nVos commandes sont dans votre espace client. Si vous souhaitez retourner "
           "un article, contactez notre service client.", True),
    ("de", "Rücksendung\nDeine Bestellungen findest du im Kundenkonto. Wenn du etwas "
           "zurückschicken möchtest, schreib uns eine E-Mail.", True),
    # the statutory notice under a withdrawal heading, beside a self-service channel
    ("en", "Right of withdrawal\nYou may cancel within 14 days. To do so, you must inform us "
           "of your decision by a clear statement, for example by e-mail.\nReturns\n"
           "Register your return in your customer account.", False),
    ("fr", "Droit de rétractation\nVous disposez de 14 jours. Pour l'exercer, vous devez nous "
           "notifier votre décision par une déclaration dénuée d'ambiguïté (lettre ou "
           "courrier électronique). Vous pouvez aussi déclarer votre retour depuis votre "
           "compte client.", False),
    ("de", "Widerrufsrecht\nSie können binnen 14 Tagen widerrufen. Dazu müssen Sie uns mittels "
           "einer eindeutigen Erklärung (Brief oder E-Mail) informieren.\nRücksendung\n"
           "Melde deine Retoure in deinem Kundenkonto an.", False),
    # the account a refund lands in is no self-service channel
    ("en", "Returns\nCall us to arrange the return of your item. Once processed, the refund "
           "may take up to 5 days to appear in your account.", True),
    ("fr", "Retours\nAppelez notre service client pour organiser le retour de l'appareil. Il "
           "peut s'écouler 3 à 5 jours avant que le remboursement apparaisse sur votre "
           "compte.", True),
    # a label in the parcel, and contact only when it is lost
    ("de", "Rückgabe\nDu kannst Artikel 30 Tage lang zurückgeben. Das Retourenlabel findest "
           "du in deinem Paket. Falls du es verlegt hast, melde dich bei unserem "
           "Kundenservice.", False),
    ("fr", "Retours\nL'étiquette de retour est glissée dans votre colis. Si vous l'avez "
           "égarée, contactez-nous.", False),
    ("en", "Returns\nA prepaid label is enclosed in your parcel. If you have misplaced it, "
           "email us and we'll send another.", False),
    # a menu path or a quoted topic names a place on the site, not a question
    ("de", "Rückgabe\nNutzen Sie bitte unser Kontaktformular unter „Hilfe > Kontakt“ und wählen "
           "Sie als Thema „Rückgabe“.", True),
    ("en", "Returns\nUse our contact form under \"Help > Contact\" and choose the topic "
           "\"Returns\".", True),
    ("fr", "Retours\nUtilisez notre formulaire de contact (rubrique « Aide > Contact ») et "
           "choisissez le motif « Retour ».", True),
    # a delivery note is a return form only when the text says so
    ("fr", "Retours et rétractation\nPour vous rétracter, appelez notre service clients. En cas "
           "de dommage, inscrivez des réserves sur le bon de livraison.", True),
    ("en", "Returns\nTo return an item, call our team. Note any visible damage on the delivery "
           "note.", True),
    ("en", "Returns\nFill in the returns form on the back of your delivery note and send the "
           "parcel back.", False),
    ("fr", "Retours\nRemplissez le coupon au dos du bon de livraison et renvoyez le colis.",
     False),
    ("fr", "Rétractation\nLe Client notifie sa décision au service client, par e-mail ou par "
           "courrier.", True),
    # contact under a heading on faulty items, or after a sentence about them
    ("en", "Returns\nStart your return in our Returns Centre.\nFaulty items\nEmail us with photos "
           "and we'll arrange a free return.", False),
    ("fr", "Retours\nCréez votre retour depuis votre espace client.\nProduits défectueux\n"
           "Écrivez-nous avec des photos, nous organisons le retour.", False),
    ("de", "Rückgabe\nMelde deine Retoure im Kundenkonto an.\nDefekte Ware\nSchreib uns eine "
           "E-Mail mit Fotos, wir kümmern uns um die Rücksendung.", False),
    ("en", "Returns\nUse our returns portal. If an item is faulty, your statutory rights apply. "
           "Email us with photos.", False),
    ("en", "Returns and faulty goods\nTo arrange a return, call our customer team.", True),
    # contact when nothing was heard, or a refund has not arrived, is a fallback
    ("en", "Returns\nSend it back to our warehouse. We'll email you once your refund has been "
           "processed. If you haven't heard from us within 10 days, contact us.", False),
    ("fr", "Retours\nRenvoyez l'article à notre adresse. Si vous n'avez pas reçu de nouvelles "
           "sous 10 jours, contactez-nous.", False),
    ("de", "Rücksendung\nSchick den Artikel an unsere Adresse. Falls du nach 10 Tagen nichts "
           "von uns gehört hast, schreib uns.", False),
    # contact only when the seller does not answer is a fallback
    ("en", "Marketplace returns\nMost items sold by third-party sellers can be returned through "
           "Your Orders. If the seller doesn't respond within 2 business days, you can contact "
           "us.", False),
    ("fr", "Retours marketplace\nLes articles vendus par nos vendeurs partenaires se retournent "
           "depuis « Mes commandes ». Si le vendeur ne répond pas sous 2 jours ouvrés, "
           "contactez-nous.", False),
    ("de", "Marktplatz-Retouren\nArtikel von Marktplatz-Händlern gibst du über „Meine "
           "Bestellungen“ zurück. Falls der Händler nach 2 Werktagen nicht antwortet, "
           "kontaktiere uns.", False),
    # an RMA the shopper creates in the account is self-service
    ("en", "Requesting an RMA\nEvery return needs an RMA. You can create one yourself: log in "
           "and open Account > Orders, then click \"Request RMA\" next to the item.", False),
    # calling a desk or a department by name
    ("en", "Returns\nTo arrange a return, call our Returns Desk at 1-877-555-0158.", True),
    ("fr", "Retours\nPour organiser un retour, appelez notre service retours au 01 23 45 67 89.",
     True),
    ("de", "Rückgabe\nUm eine Rücksendung zu vereinbaren, rufen Sie unsere Retourenabteilung an.",
     True),
    ("de", "Rückgabe\nMelde die Retoure im Kundenkonto an. Bei Fragen ruf gerne unseren "
           "Kundenservice an.", False),
    # booking a collection is returning the item
    ("en", "How the trial works\nAny time up to night 100, email sleep@shop.example or use the "
           "live chat and our Sleep Team will book a collection.", True),
    ("fr", "L'essai\nJusqu'à la 100e nuit, écrivez-nous et nous organisons l'enlèvement du "
           "matelas.", True),
    ("de", "Probeschlafen\nBis zur 100. Nacht: Schreib uns, und wir vereinbaren die Abholung der "
           "Matratze.", True),
]


@pytest.mark.parametrize(("language", "text", "required"), CONTACT)
def test_contact_required_to_start_a_return(language: str, text: str, required: bool) -> None:
    facts = extract_facts(text, language=language)
    assert facts.support_contact_required is required
