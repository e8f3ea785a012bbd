"""What a rule returns: a fact's value, its status and the sentences it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from returnaudit.lang.text import collapse

MAX_QUOTE = 300
"""Longest quote kept as evidence, in characters."""

FactValue = int | float | str | bool | tuple[str, ...] | None
"""The plain value of one fact."""

Status = Literal["stated", "unclear", "unstated"]
"""stated: the text says it; unclear: its cues conflict or hedge (value None); unstated: silent."""


@dataclass(frozen=True)
class Finding:
    """One fact found in the text, or found unclear."""

    value: FactValue
    quote: str
    """The decisive sentence (for an unclear fact, the first of those that disagree)."""
    status: Status = "stated"
    quotes: tuple[str, ...] = ()
    """Every sentence behind the fact, the decisive one first."""
    conflict: bool = False
    """Unclear because sentences contradict each other (not merely hedged)."""


Findings = dict[str, Finding]
"""Fact name -> finding, for the facts a rule found."""


def quote(text: str) -> str:
    """Whitespace collapsed and cut at a word boundary to about MAX_QUOTE characters."""
    text = collapse(text)
    if len(text) <= MAX_QUOTE:
        return text
    cut = text[: MAX_QUOTE - 1].rsplit(" ", 1)[0]
    return f"{cut}…"


def found(value: FactValue, text: str, *more: str) -> Finding:
    """A stated finding: its decisive sentence, then any other sentence that says the same."""
    quotes = _unique(text, *more)
    return Finding(value, quotes[0], "stated", quotes)


def unclear(text: str, *more: str, conflict: bool = True) -> Finding:
    """A fact the text leaves unclear: sentences that contradict each other (or one that
    hedges, with `conflict=False`); its value is None, never a guess."""
    quotes = _unique(text, *more)
    return Finding(None, quotes[0], "unclear", quotes, conflict and len(quotes) > 1)


def _unique(*texts: str) -> tuple[str, ...]:
    """The quotes of the texts, each once, in order."""
    return tuple(dict.fromkeys(quote(text) for text in texts))
