"""Turn a pack's regex fragments into compiled whole-word patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable

NEVER = re.compile(r"(?!)")
"""A pattern that matches nothing, for an empty fragment list."""

WORD = re.compile(r"\w+(?:['’-]\w+)*")
"""A token: letters or digits, with inner apostrophes and hyphens."""


def whole_words(fragments: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any fragment as whole words."""
    parts = [fragment for fragment in fragments if fragment]
    if not parts:
        return NEVER
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def anywhere(fragments: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any fragment, inside words too."""
    parts = [fragment for fragment in fragments if fragment]
    if not parts:
        return NEVER
    return re.compile("|".join(f"(?:{part})" for part in parts), re.IGNORECASE)


def literal_words(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so compounds win."""
    ordered = sorted({word for word in words if word}, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in ordered)


def token_count(text: str) -> int:
    """How many word tokens a text holds."""
    return len(WORD.findall(text))
