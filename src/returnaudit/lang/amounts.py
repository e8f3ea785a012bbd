"""Read percentages and money amounts ("15%", "$2,500", "5,90 €", "EUR 1.000")."""

from __future__ import annotations

import re

from returnaudit.lang.patterns import literal_words

_DIGITS = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY = r"[$€£¥]|(?:USD|EUR|GBP|CHF|CAD|AUD)(?![A-Za-z])"
_MONEY = re.compile(
    rf"(?:{_CURRENCY})\s?(?P<after>{_DIGITS})|(?<![\d.,])(?P<before>{_DIGITS})\s?(?:{_CURRENCY})"
)


def percent_pattern(words: list[str]) -> re.Pattern[str]:
    """A pattern for "15%", "15 %" and "15 percent" (the words come from the pack)."""
    names = literal_words(words)
    suffix = f"%|(?:{names})(?!\\w)" if names else "%"
    return re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(?:{suffix})", re.IGNORECASE)


def percent_in(text: str, pattern: re.Pattern[str]) -> float | None:
    """The first percentage in a text."""
    match = pattern.search(text)
    return parse_number(match.group(1)) if match else None


def money_in(text: str) -> float | None:
    """The largest money amount in a text, with its currency sign or code."""
    amounts = [parse_number(m.group("after") or m.group("before")) for m in _MONEY.finditer(text)]
    return max(amounts) if amounts else None


def parse_number(text: str) -> float:
    """A number written with either thousands or decimal separators: 2,500 / 2.500 / 5,90."""
    digits = text.replace(" ", "")
    last = max(digits.rfind("."), digits.rfind(","))
    if last == -1:
        return float(digits)
    decimals = len(digits) - last - 1
    if decimals == 3 and not _has_both(digits):
        return float(re.sub(r"[.,]", "", digits))
    whole = re.sub(r"[.,]", "", digits[:last])
    return float(f"{whole}.{digits[last + 1 :]}")


def _has_both(digits: str) -> bool:
    """Whether both separators appear, so the last one is the decimal mark."""
    return "." in digits and "," in digits
