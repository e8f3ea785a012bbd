"""The scope of a negation, in sentences we wrote: prepositions that negate only the next words
("without", "sans", "ohne"), idioms that negate nothing ("at no cost to you"), "unable to", and
French "ne ... pas" against "ne ... que" (only) and the "ne" after "à moins que"."""

from __future__ import annotations

import pytest

from returnaudit.analysis.policy import extract_facts
from returnaudit.lang.lexicon import lexicon_for

OUTCOMES: list[tuple[str, str, tuple[str, ...]]] = [
    # a preposition negates the words right after it, not the verb further on
    ("en", "Items returned without tags will be refunded as store credit.", ("store_credit",)),
    ("en", "Items can be returned without a refund.", ()),
    ("fr", "Les articles renvoyés sans étiquette seront échangés.", ("exchange",)),
    ("fr", "Les articles peuvent être renvoyés sans remboursement.", ()),
    ("de", "Artikel ohne Etikett werden umgetauscht.", ("exchange",)),
    ("de", "Die Rückgabe ist ohne Erstattung möglich.", ()),
    # an idiom of cost is no negation of what follows it
    ("en", "If your parcel is lost, we'll reship it at no cost to you or refund you in full.",
     ("original_payment", "replacement")),
    ("en", "We are unable to exchange items. Returns are refunded to your card.",
     ("original_payment",)),
    # "ne ... pas" negates; "ne ... que" restricts; "à moins qu'il ne" is no negation
    ("fr", "Nous ne remboursons pas les articles, mais vous pouvez les échanger.",
     ("exchange",)),
    ("fr", "Les articles soldés ne sont remboursés qu'en avoir.", ("store_credit",)),
    ("fr", "Nous n'échangeons jamais les articles portés. Les autres sont remboursés.",
     ("original_payment",)),
]


@pytest.mark.parametrize(("language", "text", "outcomes"), OUTCOMES)
def test_what_a_negation_reaches(language: str, text: str, outcomes: tuple[str, ...]) -> None:
    assert (extract_facts(text, language=language).refund_methods or ()) == outcomes


def test_the_ne_after_a_moins_que_negates_nothing() -> None:
    text = "Les frais de retour sont à vos frais, à moins que le produit ne soit défectueux."
    assert extract_facts(text, language="fr").damaged_or_missing_covered is True


@pytest.mark.parametrize(
    ("language", "text", "cue", "negated"),
    [
        ("fr", "nous ne remboursons pas", "remboursons", True),
        ("fr", "ne sont remboursés qu'en avoir", "remboursés", False),
        ("en", "we are unable to exchange", "exchange", True),
        ("en", "shipped without a label", "label", True),
        ("en", "without tags it will be refunded", "refunded", False),
        ("de", "ohne Kosten für Sie erstatten wir", "erstatten", False),
        # "without giving a reason", "without a defect" say why, not what is refused
        ("en", "without a reason return it", "return", False),
        ("fr", "sans motif retournez-le", "retournez", False),
        ("de", "ohne Begründung zurückgeben", "zurückgeben", False),
        ("de", "ohne Mangel tragen Sie das Porto", "tragen Sie", False),
        ("de", "ohne Etikett zurückgeben", "zurückgeben", True),
        # a negation reaches the word joined by "or" to the negated one
        ("en", "we can't offer you a refund or an exchange", "exchange", True),
        ("en", "we offer you a refund or an exchange", "exchange", False),
        ("fr", "nous ne proposons ni remboursement ni échange", "échange", True),
        ("fr", "nous ne pouvons pas accorder de remboursement ou un échange", "échange", True),
        ("de", "wir können keine Erstattung oder einen Umtausch anbieten", "Umtausch", True),
        ("de", "wenn du keinen Beleg hast oder die Ware noch beschädigt ist", "beschädigt",
         False),
    ],
)
def test_negation_scope(language: str, text: str, cue: str, negated: bool) -> None:
    lex = lexicon_for(language)
    start = text.index(cue)
    assert lex.negation.is_negated(text, start, start + len(cue)) is negated
