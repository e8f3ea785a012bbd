"""Page words read every pack at once, with every pack's negation rule (EN, FR, DE): a sentence
that denies a cue does not say it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from returnaudit.lang.page_words import WordList, page_words


def word_list(name: str) -> WordList:
    """`offers.exchange` -> page_words().offers["exchange"]."""
    words = page_words()
    section, _, kind = name.partition(".")
    value = getattr(words, section)
    return value[kind] if kind else value  # type: ignore[no-any-return]


SAYS: list[tuple[str, str, bool]] = [
    ("offers.exchange", "Pick a size and we ship the exchange today.", True),
    ("offers.exchange", "We do not offer an exchange on sale items.", False),
    ("offers.exchange", "Vous pouvez demander un échange contre une autre taille.", True),
    ("offers.exchange", "Aucun échange n'est possible sur les articles soldés.", False),
    ("offers.exchange", "Ein Umtausch in eine andere Größe ist kostenlos.", True),
    ("offers.exchange", "Ein Umtausch ist bei Sonderangeboten leider nicht möglich.", False),
    ("offers.store_credit", "Store credit is added to your account at once.", True),
    ("offers.store_credit", "Refunds never come as store credit.", False),
    ("offers.store_credit", "Sans avoir à vous justifier, renvoyez l'article.", False),
    ("offers.store_credit", "Wir erstatten ohne Gutschein direkt auf Ihre Karte.", False),
    ("offers.repair", "We repair worn soles for free.", True),
    ("offers.repair", "We cannot repair items damaged by misuse.", False),
    ("tone.friendly", "Returns are hassle-free for every order.", True),
    ("tone.friendly", "Returns are not hassle-free when the box is missing.", False),
    ("tone.friendly", "Le retour est gratuit pour toute la France.", True),
    ("tone.friendly", "Le retour n'est jamais gratuit depuis l'étranger.", False),
    ("tone.friendly", "Die Rücksendung ist für Sie kostenlos.", True),
    ("tone.friendly", "Die Rücksendung ist nicht kostenlos.", False),
    ("flexibility", "We take late returns back as a goodwill gesture.", True),
    ("flexibility", "There is no goodwill extension once the window has closed.", False),
    ("flexibility", "Nous étudions les demandes tardives au cas par cas.", True),
    ("flexibility", "Nous ne faisons jamais de geste commercial.", False),
    ("flexibility", "Aus Kulanz nehmen wir auch später noch zurück.", True),
    ("flexibility", "Eine Kulanz gibt es nicht.", False),
    ("marketplace", "Some items are sold by partner sellers.", True),
    ("marketplace", "We are not a marketplace.", False),
    ("marketplace", "Certains articles sont vendus par des vendeurs partenaires.", True),
    ("marketplace", "Nous n'avons aucun vendeur tiers.", False),
    ("marketplace", "Manche Artikel liefern Drittanbieter.", True),
    ("marketplace", "Wir arbeiten ohne Drittanbieter.", False),
    ("confirmation.label", "Print the return label and stick it on the box.", True),
    ("confirmation.label", "No return label is needed: show the QR code instead.", True),
    ("confirmation.label", "You will not get a shipping label from us.", False),
    ("confirmation.next_steps", "Next steps: drop it off at any post office.", True),
    ("confirmation.next_steps", "Prochaines étapes : déposez le colis en point relais.", True),
    ("confirmation.next_steps", "Die nächsten Schritte stehen in Ihrer E-Mail.", True),
    ("returns_mention", "Free returns on every order.", True),
    ("returns_mention", "We do not offer free returns.", False),
    ("returns_mention", "Retours gratuits sous 30 jours.", True),
    ("returns_mention", "Pas de retours gratuits pour les soldes.", False),
    ("returns_mention", "Kostenlose Rücksendung innerhalb von 30 Tagen.", True),
    ("returns_mention", "Keine kostenlose Rücksendung bei Sonderposten.", False),
    ("support_push", "Email us to start a return.", True),
    ("support_push", "You don't need to email us to start a return: use the portal.", False),
    ("support_push", "Pour faire un retour, contactez notre service client.", True),
    ("support_push", "Vous n'avez pas à contacter notre service client pour un retour.", False),
    ("support_push", "Pour faire un retour, pas besoin de contacter notre service client.", False),
    ("support_push", "Kontaktieren Sie uns für eine Rücksendung.", True),
    ("support_push", "Kontaktieren Sie uns nicht wegen einer Rücksendung: das Portal genügt.",
     False),
]
"""(list, sentence, whether the sentence says it)."""


@pytest.mark.parametrize(("name", "sentence", "says"), SAYS)
def test_a_negated_cue_is_not_said(name: str, sentence: str, says: bool) -> None:
    assert (word_list(name).first(sentence) == sentence) is says


@pytest.mark.parametrize(
    "sentence",
    [
        "Goods sent back without a returns number will be refused.",
        "No cash refunds and no refunds to gift cards will be made.",
        "Les articles portés ne seront pas remboursés.",
        "Eine Erstattung ist ausgeschlossen, wenn das Siegel fehlt.",
    ],
)
def test_restrictive_wording_is_read_as_written(sentence: str) -> None:
    # Negative by nature: a negation nearby belongs to another part of the sentence.
    assert page_words().tone["restrictive"].first(sentence) == sentence


def test_every_sentence_that_says_it_in_order() -> None:
    text = ("We repair most items.\nWe do not repair broken glass.\n"
            "Our workshop repairs zips too. We repair shoes.")
    assert page_words().offers["repair"].every(text) == ["We repair most items.",
                                                          "We repair shoes."]


def test_labels_are_matched_as_written() -> None:
    # A link text names a page; it makes no claim a negation could deny.
    assert page_words().related_link.names("No-quibble guarantee")
    assert page_words().returns_link.names("Retours & échanges")


def test_addresses_match_inside_words() -> None:
    words = page_words()
    assert words.returns_address.search("/pages/returnpolicy")
    assert words.contact_address.search("/nous-contacter") and words.contact_address.search(
        "/kontakt/form")
    assert not words.contact_address.search("/contactlenses/")
    assert words.product_path.search("/produits/vase") and not words.product_path.search(
        "/productsale")
    assert words.cart_path.search("/warenkorb") and words.cart_path.search("/panier?x=1")
