"""The EU withdrawal function's words, in every language the packs know (en, fr, de as whole
packs; es, it, nl as withdrawal-only packs). Labels written for these tests."""

from __future__ import annotations

import pytest

from returnaudit.lang.text import fold
from returnaudit.lang.withdrawal import withdrawal_words


@pytest.mark.parametrize(("label", "kind"), [
    ("Withdraw from contract here", "function"),
    ("Withdraw from the contract", "function"),
    ("Exercise your right of withdrawal", "function"),
    ("Renoncer au contrat ici", "function"),
    ("Exercer votre droit de rétractation", "function"),
    ("Vertrag widerrufen", "function"),
    ("Vertrag hier widerrufen", "function"),
    ("Desistir del contrato aquí", "function"),
    ("Recedere dal contratto qui", "function"),
    ("Overeenkomst hier herroepen", "function"),
    ("My orders", "ambiguous"),
    ("Gérer mes commandes", "ambiguous"),
    ("Widerrufsbelehrung", "ambiguous"),
    ("Mis pedidos", "ambiguous"),
    ("Confirm withdrawal", "confirm"),
    ("Confirmer la rétractation", "confirm"),
    ("Widerruf bestätigen", "confirm"),
    ("Confirmar desistimiento", "confirm"),
    ("Conferma recesso", "confirm"),
    ("Herroeping bevestigen", "confirm"),
    ("Muster-Widerrufsformular (PDF)", "model_form"),
    ("Télécharger le formulaire de rétractation", "model_form"),
    ("Continue", None),
    ("Envoyer", None),
    ("Returns & Refunds", "ambiguous"),
])
def test_labels(label: str, kind: str | None) -> None:
    words = withdrawal_words()
    kinds = [name for name in ("function", "ambiguous", "confirm", "model_form")
             if getattr(words, name).search(fold(label))]
    assert kinds[:1] == ([kind] if kind else [])


@pytest.mark.parametrize(("label", "role"), [
    ("Full name", "name"), ("Nom", "name"), ("Name", "name"), ("Nombre y apellidos", "name"),
    ("Order number", "order"), ("Numéro de commande", "order"), ("Bestellnummer", "order"),
    ("Email", "contact"), ("Adresse e-mail", "contact"), ("E-Mail-Adresse", "contact"),
    ("Reason for withdrawal", None), ("Phone", None), ("IBAN", None),
])
def test_the_fields_a_statement_may_ask_for(label: str, role: str | None) -> None:
    assert withdrawal_words().field_role(label) == role


def test_every_language_has_its_statutory_wording() -> None:
    statutory = withdrawal_words().statutory
    assert statutory["fr"] == ("Renoncer au contrat ici", "Confirmer la rétractation")
    assert statutory["de"] == ("Vertrag widerrufen", "Widerruf bestätigen")
    assert {"en", "fr", "de", "es", "it", "nl"} <= set(statutory)
