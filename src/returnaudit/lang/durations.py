"""Find spans of time in a sentence ("30 days", "two weeks", "5-10 business days", "48 hours")."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from returnaudit.lang.patterns import NEVER, literal_words

if TYPE_CHECKING:
    from returnaudit.lang.schema import NumberWords, Units

_UNIT_ORDER = ("hour", "business_day", "day", "week", "month", "year")
_DAYS_PER_UNIT = {"business_day": 1, "day": 1, "week": 7, "month": 30, "year": 365}


@dataclass(frozen=True)
class Duration:
    """One span of time found in a text, converted to whole days (the longest end of a range)."""

    days: int
    start: int
    end: int
    unit: str
    business: bool


class DurationGrammar:
    """The compiled number and unit words of one language."""

    def __init__(self, numbers: NumberWords, units: Units) -> None:
        self._values = {word.lower(): value for word, value in numbers.words.items()}
        self._multipliers = {word.lower(): value for word, value in numbers.multipliers.items()}
        self._word = re.compile(literal_words([*self._values, *self._multipliers]), re.IGNORECASE)
        self._articles = {word.lower() for word in numbers.articles}
        self._pattern = _compile(numbers, units, self._word.pattern)

    def find(self, text: str) -> list[Duration]:
        """Every duration in the text, in order; sub-day spans are left out."""
        found = []
        for match in self._pattern.finditer(text):
            duration = self._duration(match)
            if duration is not None:
                found.append(duration)
        return found

    def _duration(self, match: re.Match[str]) -> Duration | None:
        unit = next(name for name in _UNIT_ORDER if match.group(name) is not None)
        amounts = [self.number(match.group(key)) for key in ("n1", "n2", "b1", "b2")]
        values = [value for value in amounts if value is not None]
        if match.group("art") is not None:
            values.append(1.0)
        if not values:
            return None
        days = _to_days(max(values), unit)
        if days is None:
            return None
        return Duration(days, match.start(), match.end(), unit, unit == "business_day")

    def number(self, text: str | None) -> float | None:
        """The value of a number written in digits or words; None when it is neither."""
        if text is None:
            return None
        cleaned = text.strip()
        if cleaned[:1].isdigit():
            return float(cleaned.replace(",", "."))
        total = 0
        for word in self._word.findall(cleaned):
            key = word.lower()
            if key in self._multipliers:
                total = max(total, 1) * self._multipliers[key]
            else:
                total += self._values.get(key, 0)
        return float(total) if total or cleaned.lower() in self._values else None


def _to_days(amount: float, unit: str) -> int | None:
    """Whole days; hours round up (48 hours is 2 days) and less than a day is dropped."""
    if unit == "hour":
        return math.ceil(amount / 24) if amount >= 24 else None
    days = math.ceil(amount * _DAYS_PER_UNIT[unit])
    return days if days >= 1 else None


def _compile(numbers: NumberWords, units: Units, words: str) -> re.Pattern[str]:
    """number (range)? unit, or `between` number `and` number unit, or article unit."""
    number = rf"(?:\d+(?:[.,]\d+)?|(?:{words})(?:[\s-]+(?:{words}))*)"
    ranges = "|".join(numbers.range_connectors) or NEVER.pattern
    restated = rf"(?:\s*\(\s*{number}\s*\))?"  # "five (5) days", "3 (trois) jours"
    options = [rf"(?P<n1>{number}){restated}(?:\s*(?:{ranges})\s*(?P<n2>{number}))?"]
    if numbers.between and numbers.between_join:
        opening, join = "|".join(numbers.between), "|".join(numbers.between_join)
        options.insert(0, rf"(?:{opening})\s+(?P<b1>{number})\s+(?:{join})\s+(?P<b2>{number})")
    else:
        options.insert(0, r"(?P<b1>(?!))(?P<b2>(?!))")
    articles = literal_words(numbers.articles) or NEVER.pattern
    options.append(rf"(?P<art>{articles})")
    unit_alternatives = "|".join(
        rf"(?P<{name}>{'|'.join(getattr(units, name))})" for name in _UNIT_ORDER
    )
    body = rf"(?<![\w.,])(?:{'|'.join(options)})[\s-]*(?:{unit_alternatives})(?!\w)"
    return re.compile(body, re.IGNORECASE)
