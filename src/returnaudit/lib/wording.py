"""Small wording helpers shared by checks and reporters."""

from __future__ import annotations


def shorten(quote: str, limit: int = 80) -> str:
    """A quote cut at a word boundary, with an ellipsis when cut."""
    if len(quote) <= limit:
        return quote
    return quote[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
