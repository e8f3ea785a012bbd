"""The words `init` reads (each pack's `init:` section): start-a-return links, field labels,
final buttons, the order number in a page's text; and a form read by forms.js."""

from __future__ import annotations

from dataclasses import replace

import pytest

from returnaudit.analysis.return_forms import field_kind, final_button, return_form
from returnaudit.browser.forms import forms_from_raw
from returnaudit.lang.init_words import guesses, init_words

from .initkit import explored, field, form


@pytest.mark.parametrize(("text", "starts"), [
    ("Start a return", True), ("Start your return or exchange", True),
    ("Request a return", True), ("Look up your order", True), ("Demander un retour", True),
    ("Retrouver ma commande", True), ("Retoure anmelden", True), ("Rücksendung starten", True),
    ("Returns", False), ("Returns Centre", False), ("Track your order", False),
    ("Retours et remboursements", False),
])
def test_start_a_return_links(text: str, starts: bool) -> None:
    assert init_words().start_return.names(text) is starts


@pytest.mark.parametrize(("label", "kind"), [
    ("Order number", "order_number"), ("Order #", "order_number"),
    ("Numéro de commande", "order_number"), ("Bestellnummer", "order_number"),
    ("Email", "email"), ("Adresse e-mail", "email"), ("E-Mail-Adresse", "email"),
    ("Email or ZIP code", "email"), ("ZIP code", "zip"), ("Code postal", "zip"),
    ("Postleitzahl", "zip"), ("Full name", "name"), ("Nom", "name"),
    ("Phone number", "phone"), ("Quantité", "quantity"), ("Motif du retour", "reason"),
    ("Return reason", "reason"), ("Rückgabegrund", "reason"), ("Comment", None),
])
def test_field_labels(label: str, kind: str | None) -> None:
    assert init_words().field_kind(label) == kind


def test_a_field_is_known_by_its_autocomplete_and_type_too() -> None:
    assert field_kind(replace(field("text", "Code"), autocomplete="postal-code")) == "zip"
    assert field_kind(field("email", "Your address")) == "email"
    assert field_kind(field("checkbox", "Order number")) is None  # a box to tick is no number


@pytest.mark.parametrize(("button", "final"), [
    ("Submit return", True), ("Request return label", True), ("Valider le retour", True),
    ("Retoure absenden", True), ("Find my order", False), ("Continue", False),
    ("Continuer", False), ("Weiter", False), ("Rechercher ma commande", False),
])
def test_final_buttons(button: str, final: bool) -> None:
    assert final_button(form(button=button)) is final


@pytest.mark.parametrize(("text", "order"), [
    ("Order NW-10042 · delivered March 12", "NW-10042"), ("Order #1001, delivered", "1001"),
    ("Commande ML-2024-0815, livrée le 3", "ML-2024-0815"), ("Bestellung Nr. 4711", "4711"),
])
def test_the_order_number_shown_after_a_lookup(text: str, order: str) -> None:
    found = init_words().order_word.search(text)
    assert found is not None and found.group(1) == order


def test_guesses_fall_back_to_english() -> None:
    assert guesses("de").next_button == "Weiter"
    assert guesses("xx").submit_button == guesses(None).submit_button == "Submit return"


def test_search_login_and_footer_forms_are_no_return_forms() -> None:
    order = field("text", "Order number", required=True)
    for other in (form(order, search=True), form(order, password=True),
                  form(order, region="footer")):
        assert return_form(explored("http://s/", forms=(other,))) is None
    newsletter = form(field("email", "Email"), button="Subscribe")
    assert return_form(explored("http://s/", forms=(newsletter,))) is None
    assert return_form(explored("http://s/", via="form", forms=(newsletter,))) is newsletter


def test_forms_from_raw() -> None:
    raw = [{"action": "http://s/next", "method": "post", "search": False, "password": False,
            "region": "main", "buttons": [{"text": "Continue", "submits": True}],
            "fields": [{"kind": "select", "label": "Reason", "name": "why", "placeholder": "",
                        "autocomplete": "", "required": True, "checked": False, "value": "",
                        "options": [{"label": "Choose", "value": ""},
                                    {"label": "Too big", "value": "big"}]}]}]
    (read,) = forms_from_raw(raw)
    assert read.action == "http://s/next" and read.buttons[0].text == "Continue"
    assert [o.label for o in read.fields[0].options] == ["Choose", "Too big"]
