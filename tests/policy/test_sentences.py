"""Sentence splitting: lists, headings, abbreviations, decimals, lines without final punctuation."""

from __future__ import annotations

import pytest

from returnaudit.lang.lexicon import lexicon_for
from returnaudit.lang.sentences import split_sentences
from returnaudit.lang.text import normalise

ABBREVIATIONS = lexicon_for("en").abbreviations | lexicon_for("fr").abbreviations


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, ABBREVIATIONS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send it back. We refund you.", ["Send it back.", "We refund you."]),
        (
            "Small items (e.g. socks) are final. Others are not.",
            ["Small items (e.g. socks) are final.", "Others are not."],
        ),
        (
            "A fee of 2.5 percent applies. It is waived for members.",
            ["A fee of 2.5 percent applies.", "It is waived for members."],
        ),
        ("Is it free? Yes! Always.", ["Is it free?", "Yes!", "Always."]),
        ("Ship to the U.S. Postal Service depot.", ["Ship to the U.S. Postal Service depot."]),
        (
            "Frais env. 5 euros. Retour gratuit ensuite.",
            ["Frais env. 5 euros.", "Retour gratuit ensuite."],
        ),
        ("Returns\n\nYou have 30 days.", ["Returns", "You have 30 days."]),
        ("What you need:\n- the receipt\n- the box", ["What you need:", "the receipt", "the box"]),
        ("  • Item one\n    continues here\n  • Item two", ["Item one continues here", "Item two"]),
        ("This sentence was wrapped\nin the middle.", ["This sentence was wrapped in the middle."]),
        ("Rules. * First rule. * Second rule", ["Rules.", "First rule.", "Second rule"]),
        ("Refunds take a week. | Exchanges are free.", ["Refunds take a week.",
                                                         "Exchanges are free."]),
        ("Send it with a note (e.g. Order 12). Thanks.", ["Send it with a note (e.g. Order 12).",
                                                          "Thanks."]),
        ("1. Délai\n2. Frais de retour", ["Délai", "Frais de retour"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_headings_and_list_items_are_marked() -> None:
    sentences = split_sentences("Returns\nWhat is excluded:\n• Food\n\nAll else is fine.")
    assert [(s.is_heading, s.is_item) for s in sentences] == [
        (True, False),
        (True, False),
        (False, True),
        (False, False),
    ]
    assert sentences[2].heading == "Returns / What is excluded:"


def test_heading_context_resets_at_a_new_heading() -> None:
    sentences = split_sentences("Refunds\nWe pay back fast.\nExchanges\nWe swap sizes.")
    assert [s.heading for s in sentences if not s.is_heading] == ["Refunds", "Exchanges"]


def test_normalise_whitespace_quotes_and_invisible_characters() -> None:
    assert normalise("Don’t\u00a0pay\u200b  twice\r\nok") == "Don't pay twice\nok"


def test_question_is_flagged() -> None:
    first, second = split_sentences("Who pays? We do.")
    assert first.is_question and not second.is_question


@pytest.mark.parametrize(
    "text",
    [
        "You can choose:\n1- An exchange for another size\n2- Store credit\n3- A refund",
        "Vous avez le choix :\n1. Un échange\n2. Un avoir\n3. Un remboursement",
        "Sie haben die Wahl:\n1) Umtausch\n2) Gutschein\n3) Erstattung",
    ],
)
def test_a_run_of_numbered_lines_is_a_list_not_headings(text: str) -> None:
    items = [s for s in split_sentences(text, ABBREVIATIONS) if s.is_item]
    assert len(items) == 3 and not any(s.is_heading for s in items)


def test_a_numbered_section_title_with_text_under_it_stays_a_heading() -> None:
    sentences = split_sentences("1. Returns\nSend it back within 30 days.\n2. Refunds\n"
                                "We refund within 5 days.", ABBREVIATIONS)
    assert [s.text for s in sentences if s.is_heading] == ["Returns", "Refunds"]
    assert sentences[1].heading == "Returns" and sentences[3].heading == "Refunds"
