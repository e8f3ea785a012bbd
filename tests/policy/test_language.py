"""Language detection from the packs' stopwords, and language tags given by the caller."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import detect_language, extract_facts
from returnaudit.lang.detect import resolve_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("You can return your order within 30 days of delivery.", "en"),
        ("Vous pouvez retourner votre commande dans les 30 jours.", "fr"),
        ("Sie können die Ware innerhalb von 14 Tagen zurückschicken.", "de"),
        ("Les frais de retour sont à la charge du client.", "fr"),
        ("Die Kosten der Rücksendung trägst du.", "de"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("tag", "code"),
    [("fr-FR", "fr"), ("de_AT", "de"), ("EN", "en"), ("xx", "fr"), (None, "fr")],
)
def test_resolve_language_prefers_a_known_tag(tag: str | None, code: str) -> None:
    assert resolve_language("Le retour est gratuit pour vous.", tag) == code


def test_extract_detects_the_language_when_not_given() -> None:
    facts = extract_facts("Vous avez trente jours pour nous renvoyer un article.")
    assert facts.window_days == 30
