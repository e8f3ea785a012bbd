"""What a rule returns: a fact's value and the sentence it was read from."""

from __future__ import annotations

from dataclasses import dataclass

from returnaudit.lang.text import collapse

MAX_QUOTE = 300
"""Longest quote kept as evidence, in characters."""

FactValue = int | float | str | bool | tuple[str, ...] | None
"""The plain value of one fact."""


@dataclass(frozen=True)
class Finding:
    """One fact found in the text."""

    value: FactValue
    quote: str


Findings = dict[str, Finding]
"""Fact name -> finding, for the facts a rule found."""


def quote(text: str) -> str:
    """Whitespace collapsed and cut at a word boundary to about MAX_QUOTE characters."""
    text = collapse(text)
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[: MAX_QUOTE - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def found(value: FactValue, text: str) -> Finding:
    """A finding with its quote prepared."""
    return Finding(value, quote(text))
