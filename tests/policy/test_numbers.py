"""Durations (word numbers, ranges, hours, weeks, months, business days), percents and money."""

from __future__ import annotations

import pytest

from returnaudit.lang.amounts import money_in, parse_number, percent_in
from returnaudit.lang.lexicon import lexicon_for


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "within 30 days", [30]),
        ("en", "within thirty days", [30]),
        ("en", "a sixty-day window", [60]),
        ("en", "forty-five days", [45]),
        ("en", "365-DAY returns", [365]),
        ("en", "two weeks", [14]),
        ("en", "one month", [30]),
        ("en", "a month", [30]),
        ("en", "a year", [365]),
        ("en", "48 hours", [2]),
        ("en", "up to 36 hours", [2]),
        ("en", "in 1 hour", []),
        ("en", "5-10 business days", [10]),
        ("en", "2 – 10 business days", [10]),
        ("en", "between 3 and 5 working days", [5]),
        ("en", "2/3 days", [3]),
        ("en", "three to five days", [5]),
        ("en", "one hundred twenty days", [120]),
        ("en", "1-2 weeks", [14]),
        ("en", "none days", []),
        ("fr", "trente jours", [30]),
        ("fr", "sous 5 à 10 jours ouvrés", [10]),
        ("fr", "un mois", [30]),
        ("fr", "72 heures", [3]),
        ("fr", "quatre-vingt-dix jours", [90]),
        ("fr", "trois cent soixante-cinq jours", [365]),
        ("de", "dreißig Tage", [30]),
        ("de", "14 Kalendertage", [14]),
        ("de", "innerhalb eines Monats", [30]),
        ("de", "zwei Wochen", [14]),
        ("de", "3 bis 5 Werktagen", [5]),
        ("de", "ein 30-tägiges Rückgaberecht", [30]),
    ],
)
def test_durations(language: str, text: str, days: list[int]) -> None:
    assert [d.days for d in lexicon_for(language).durations.find(text)] == days


def test_business_days_are_flagged() -> None:
    (found,) = lexicon_for("fr").durations.find("en 7 jours ouvrés")
    assert found.business and found.unit == "business_day"


@pytest.mark.parametrize(
    ("language", "text", "percent"),
    [
        ("en", "a 15% restocking fee", 15.0),
        ("en", "a fee of 12.5 percent", 12.5),
        ("fr", "des frais de 20 % s'appliquent", 20.0),
        ("de", "eine Gebühr von 10 Prozent", 10.0),
        ("en", "no percentage here", None),
    ],
)
def test_percent(language: str, text: str, percent: float | None) -> None:
    assert percent_in(text, lexicon_for(language).percent) == percent


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("up to $2,500 including shipping", 2500.0),
        ("jusqu'à 1.000 €", 1000.0),
        ("5,90 € werden abgezogen", 5.9),
        ("EUR 1.234,56", 1234.56),
        ("£35 or $120", 120.0),
        ("no money here, 2,500 items", None),
    ],
)
def test_money(text: str, amount: float | None) -> None:
    assert money_in(text) == amount


def test_parse_number_separators() -> None:
    assert [parse_number(t) for t in ("2,500", "2.500", "5,90", "1,234.5", "12")] == [
        2500.0,
        2500.0,
        5.9,
        1234.5,
        12.0,
    ]
